package org.limbic.experiment.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.limbic.model.Model;

/**
 * Issue #15: one test per fault of the keys infusion, input, an intervention's name and a scan of
 * an intervention's field, each with its exact location (FILE:LINE:COLUMN) and its hint, as
 * {@link ExperimentFileFaultsTest} has them for the other keys.
 */
class InputFileFaultsTest {

  private static final String HEAD = "model: example_decay\ntime: {end: 60}\ninterventions:\n";
  private static final String DOSE = HEAD + "  - {dose: {H: 1}, at: 0, name: bolus}\n";

  private static String fault(String yaml) {
    return fault(yaml, ModelResolver.builtIns());
  }

  private static String fault(String yaml, ModelResolver models) {
    ExperimentFileException e = catchThrowableOfType(ExperimentFileException.class,
        () -> ExperimentFiles.parse(yaml, "e.yaml", Path.of("."), models));
    assertThat(e).as("expected a fault in:\n" + yaml).isNotNull();
    assertThat(e.getMessage()).isEqualTo(e.location() + ": " + e.problem());
    return e.getMessage();
  }

  /** A model whose parameters the model itself computes: by a rule, an initial assignment, an event. */
  private static ModelResolver computed() {
    Model m = Model.builder("computed").compartment("c", 1).species("S", "c", 0).boundarySpecies("B", "c", 1)
        .parameter("k", 1).variable("by_rule", 0).parameter("by_start", 0).variable("by_event", 0)
        .assignmentRule("by_rule", "2 * k").initialAssignment("by_start", "3 * k").event("e", "time >= 1", "by_event", "1")
        .reaction("loss", "S ->", "k * S").build();
    return ref -> Optional.of(m);
  }

  @Test
  void rejectsAnInfusionAtANonPositiveRate() {
    assertThat(fault(HEAD + "  - {infusion: {H: -1}}\n"))
        .isEqualTo("e.yaml:4:20: an infusion must add at a positive rate, not -1.0; leave the species out for no infusion");
  }

  @Test
  void rejectsAnInfusionThatEndsBeforeItStarts() {
    assertThat(fault(HEAD + "  - {infusion: {H: 1}, from: 10, to: 5}\n"))
        .isEqualTo("e.yaml:4:38: infusion ends ('to' 5.0) before it starts ('from' 10.0); give 'to' after 'from'");
  }

  @Test
  void rejectsAnInfusionStartingOutsideTheRun() {
    assertThat(fault(HEAD + "  - {infusion: {H: 1}, from: 70}\n"))
        .isEqualTo("e.yaml:4:30: intervention time 'from' 70.0 is outside the time span [0.0, 60.0]; move it or change time");
  }

  @Test
  void rejectsAnInfusionOfAParameter() {
    assertThat(fault(HEAD + "  - {infusion: {k_clear: 1}}\n"))
        .isEqualTo("e.yaml:4:17: 'k_clear' is a parameter of model 'example_decay', but infusion takes species");
  }

  @Test
  void rejectsAnInfusionIntoASpeciesNoReactionChanges() {
    assertThat(fault("model: computed\ntime: {end: 60}\ninterventions:\n  - {infusion: {B: 1}}\n", computed()))
        .isEqualTo("e.yaml:4:17: 'B' is a boundary species in model 'computed', which an infusion (a reaction into it)"
            + " cannot change");
  }

  @Test
  void rejectsANameThatIsNotAnId() {
    assertThat(fault(HEAD + "  - {infusion: {H: 1}, name: 2drip}\n")).isEqualTo("e.yaml:4:30: intervention name '2drip' must"
        + " be letters, digits and underscores, not starting with a digit (a scan writes it before a dot: bolus.amount.H)");
  }

  @Test
  void rejectsTwoInterventionsOfTheSameName() {
    assertThat(fault(HEAD + "  - {infusion: {H: 1}, name: drip}\n  - {dose: {H: 1}, at: 0, name: drip}\n"))
        .isEqualTo("e.yaml:5:33: two interventions are named 'drip' (the first at 4:24); give each its own name");
  }

  @Test
  void rejectsANameOnAKindThatHasNoScannableNumber() {
    assertThat(fault(HEAD + "  - {stimulus: {parameter: base, value: 1}, from: 0, name: s}\n"))
        .isEqualTo("e.yaml:4:54: unknown key 'name' in a stimulus intervention (known keys: stimulus, from, to)");
  }

  @Test
  void rejectsAnInputWithTwoShapesOrNone() {
    assertThat(fault(HEAD + "  - input: {base: {table: [[0, 1], [10, 2]], sin: {period: 1, amplitude: 1}}}\n"))
        .isEqualTo("e.yaml:4:46: input of 'base' takes either 'table' or 'sin', not both");
    assertThat(fault(HEAD + "  - input: {base: {}}\n")).isEqualTo("e.yaml:4:19: input of 'base' needs 'table' or 'sin'");
    assertThat(fault(HEAD + "  - input: {}\n"))
        .isEqualTo("e.yaml:4:12: 'input' names no parameter; e.g. {k_in: {table: [[0, 0], [10, 1]]}}");
  }

  @Test
  void rejectsTableTimesThatDoNotIncrease() {
    assertThat(fault(HEAD + "  - input: {base: {table: [[0, 1], [10, 2], [5, 3]]}}\n"))
        .isEqualTo("e.yaml:4:45: table times must increase: 5.0 comes after 10.0; sort the rows");
    assertThat(fault(HEAD + "  - input: {base: {table: [[0, 1], [10, 2], [10, 3]]}}\n")).isEqualTo("e.yaml:4:45: time 10.0 is"
        + " in the table of 'base' twice; give each time one value (a jump is interpolate: step)");
  }

  @Test
  void rejectsANonFiniteTableValue() {
    assertThat(fault(HEAD + "  - input: {base: {table: [[0, 1], [10, .inf]]}}\n"))
        .isEqualTo("e.yaml:4:41: each entry of a row of the table of 'base' must be a number, not .inf");
  }

  @Test
  void rejectsTableRowsThatAreNotPairsOrTooFew() {
    assertThat(fault(HEAD + "  - input: {base: {table: [[0, 1], [10, 2, 3]]}}\n"))
        .isEqualTo("e.yaml:4:36: each row of the table of 'base' must be [time, value], not a list of 3");
    assertThat(fault(HEAD + "  - input: {base: {table: [[0, 1]]}}\n")).isEqualTo("e.yaml:4:27: the table of 'base' has 1 row;"
        + " it needs at least 2 [time, value] rows (for a constant, use parameters:)");
  }

  @Test
  void rejectsAnUnknownInterpolation() {
    assertThat(fault(HEAD + "  - input: {base: {table: [[0, 1], [10, 2]], interpolate: cubic}}\n"))
        .isEqualTo("e.yaml:4:59: unknown interpolation 'cubic' (known: linear, step)");
    assertThat(fault(HEAD + "  - input: {base: {sin: {period: 10, amplitude: 1}, interpolate: step}}\n"))
        .isEqualTo("e.yaml:4:53: 'interpolate' applies to a table, not to a sine");
  }

  @Test
  void rejectsANonPositivePeriodAndAMissingAmplitude() {
    assertThat(fault(HEAD + "  - input: {base: {sin: {period: 0, amplitude: 1}}}\n"))
        .isEqualTo("e.yaml:4:34: period must be greater than 0, not 0.0");
    assertThat(fault(HEAD + "  - input: {base: {sin: {period: -2, amplitude: 1}}}\n"))
        .isEqualTo("e.yaml:4:34: period must be greater than 0, not -2.0");
    assertThat(fault(HEAD + "  - input: {base: {sin: {period: 10}}}\n"))
        .isEqualTo("e.yaml:4:25: 'sin' of 'base' needs 'amplitude': the largest departure from the mean");
  }

  @Test
  void rejectsAnInputThatIsNotAModelParameter() {
    assertThat(fault(HEAD + "  - input: {H: {sin: {period: 10, amplitude: 1}}}\n"))
        .isEqualTo("e.yaml:4:13: 'H' is a species of model 'example_decay', but input takes parameters");
    assertThat(fault(HEAD + "  - input: {bse: {sin: {period: 10, amplitude: 1}}}\n")).isEqualTo("e.yaml:4:13: unknown parameter"
        + " 'bse' in model 'example_decay'; did you mean 'base'? (limbic models example_decay lists them)");
  }

  @Test
  void rejectsAnInputOnAParameterTheModelComputes() {
    String head = "model: computed\ntime: {end: 60}\ninterventions:\n  - input: {";
    String sine = ": {sin: {period: 10, amplitude: 1}}}\n";
    assertThat(fault(head + "by_rule" + sine, computed())).isEqualTo("e.yaml:4:13: 'by_rule' has a rule in model 'computed',"
        + " which an input would replace; give the input to a parameter the rule reads");
    assertThat(fault(head + "by_start" + sine, computed())).isEqualTo("e.yaml:4:13: 'by_start' has an initial assignment in"
        + " model 'computed', which an input would contradict (a value cannot be both computed at the start and a function of time)");
    assertThat(fault(head + "by_event" + sine, computed())).isEqualTo("e.yaml:4:13: event 'e' of model 'computed' sets"
        + " 'by_event', which an input fixes at all times; give the input to another parameter");
  }

  @Test
  void rejectsAValueForAParameterThatFollowsAnInput() {
    String sine = "  - input: {base: {sin: {period: 10, amplitude: 1}}}\n";
    assertThat(fault("model: example_decay\ntime: {end: 60}\nparameters: {base: 2}\ninterventions:\n" + sine))
        .isEqualTo("e.yaml:3:14: 'base' follows an input (at 5:13), which fixes its value at all times, so a value here"
            + " would be ignored; remove one of them");
    assertThat(fault(HEAD + sine + "scan:\n  parameters: {base: [1, 2]}\n"))
        .isEqualTo("e.yaml:6:16: 'base' follows an input (at 4:13), which fixes its value at all times, so a value here"
            + " would be ignored; remove one of them");
    assertThat(fault(HEAD + sine + "  - {set: {base: 1}, at: 5}\n")).isEqualTo("e.yaml:5:12: 'base' follows an input (at 4:13),"
        + " which fixes its value at all times; another intervention cannot change it");
    assertThat(fault(HEAD + "  - {knockout: base}\n" + sine)).isEqualTo("e.yaml:4:16: 'base' follows an input (at 5:13),"
        + " which fixes its value at all times; another intervention cannot change it");
    assertThat(fault(HEAD + sine + sine)).isEqualTo("e.yaml:5:13: 'base' follows an input already (at 4:13); give it one");
  }

  @Test
  void rejectsAScanOfAnUnknownIntervention() {
    assertThat(fault(DOSE + "scan:\n  parameters: {bolsu.amount.H: [1, 2]}\n"))
        .isEqualTo("e.yaml:6:16: no intervention is named 'bolsu'; did you mean 'bolus'? (named: bolus)");
    assertThat(fault("model: example_decay\ntime: {end: 60}\nscan:\n  parameters: {bolus.at: [1]}\n"))
        .isEqualTo("e.yaml:4:16: no intervention is named 'bolus'; give one a name (name: ...)");
  }

  @Test
  void rejectsAScanOfAFieldTheInterventionDoesNotHave() {
    assertThat(fault(DOSE + "scan:\n  parameters: {bolus.rate.H: [1, 2]}\n"))
        .isEqualTo("e.yaml:6:16: 'rate' is a field of an infusion; intervention 'bolus' (named at 4:27) is a dose");
    assertThat(fault(DOSE + "scan:\n  parameters: {bolus.amount.G: [1, 2]}\n"))
        .isEqualTo("e.yaml:6:16: intervention 'bolus' (named at 4:27) does not dose 'G'; did you mean 'H'? (it doses H)");
    assertThat(fault(HEAD + "  - {infusion: {H: 1}, name: drip}\nscan:\n  parameters: {drip.at: [1]}\n"))
        .isEqualTo("e.yaml:6:16: 'at' is the time of a set or a dose; intervention 'drip' (named at 4:24) is an infusion"
            + " (its times are from and to)");
    assertThat(fault(DOSE + "scan:\n  parameters: {bolus.amount: [1]}\n")).isEqualTo("e.yaml:6:16: 'bolus.amount' is not a field"
        + " of an intervention; write NAME.at, NAME.amount.SPECIES or NAME.rate.SPECIES (model ids have no dots)");
  }

  @Test
  void rejectsAScanOfTheTimeOfARepeatingIntervention() {
    assertThat(fault(HEAD + "  - {dose: {H: 1}, at: 0, every: 10, name: bolus}\nscan:\n  parameters: {bolus.at: [1, 2]}\n"))
        .isEqualTo("e.yaml:6:16: intervention 'bolus' (named at 4:38) repeats every 10.0; the time of a repeating"
            + " intervention cannot be scanned (its number of occurrences would change); scan a single one");
  }

  @Test
  void rejectsScannedValuesTheFieldCannotTake() {
    assertThat(fault(DOSE + "scan:\n  parameters: {bolus.at: [1, 70]}\n"))
        .isEqualTo("e.yaml:6:26: scan of 'bolus.at': time 70.0 is outside the time span [0.0, 60.0]");
    assertThat(fault(DOSE + "scan:\n  method: random\n  samples: 4\n  parameters: {bolus.amount.H: {min: -1, max: 2}}\n"))
        .isEqualTo("e.yaml:8:32: scan of 'bolus.amount.H': a dose's amount must be 0 (a control) or more, not -1.0");
    assertThat(fault(HEAD + "  - {infusion: {H: 1}, name: drip}\nscan:\n  parameters: {drip.rate.H: [-0.5, 1]}\n"))
        .isEqualTo("e.yaml:6:29: scan of 'drip.rate.H': an infusion's rate must be 0 (a control) or more, not -0.5");
  }

  /** A cohort or sensitivity analysis may draw an intervention's number, but only from values the field can take. */
  @Test
  void rejectsDistributionsOfFieldsThatCanDrawWhatTheFieldCannotTake() {
    assertThat(fault(DOSE + "cohort:\n  size: 10\n  parameters: {bolus.amount.H: {distribution: normal, mean: 1, sd: 0.2}}\n"))
        .isEqualTo("e.yaml:7:32: 'bolus.amount.H' is a dose's amount, which cannot be negative; this distribution can draw"
            + " -Infinity: give a lognormal one, or a uniform, empirical or fixed one from 0 up");
    assertThat(fault(DOSE + "cohort:\n  size: 10\n  parameters: {bolus.at: {distribution: uniform, min: 30, max: 90}}\n"))
        .isEqualTo("e.yaml:7:26: 'bolus.at' is a time, which must lie in the time span [0.0, 60.0]; this distribution can"
            + " draw 90.0: give a uniform, empirical or fixed one inside the span");
    assertThat(fault(DOSE + "cohort:\n  size: 10\n  parameters: {blus.at: {distribution: uniform, min: 1, max: 9}}\n"))
        .startsWith("e.yaml:7:16: no intervention is named 'blus'; did you mean 'bolus'?");
    assertThat(fault(DOSE + "outputs: {metrics: [{variable: H, kind: peak}]}\nsensitivity:\n  method: sobol\n  samples: 8\n"
        + "  parameters: {bolus.amount.H: {min: -1, max: 1}}\n  metrics: [peak_H]\n", ModelResolver.builtIns()))
        .startsWith("e.yaml:9:32: 'bolus.amount.H' is a dose's amount, which cannot be negative");
  }
}
