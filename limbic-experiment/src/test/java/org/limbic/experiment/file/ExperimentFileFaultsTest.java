package org.limbic.experiment.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One test per kind of fault: its exact location (FILE:LINE:COLUMN) and its hint. */
class ExperimentFileFaultsTest {

  private static final String HEAD = "model: example_decay\ntime: {end: 60}\n";

  private static String fault(String yaml) {
    ExperimentFileException e = catchThrowableOfType(ExperimentFileException.class,
        () -> ExperimentFiles.parse(yaml, "e.yaml", Path.of(".")));
    assertThat(e).as("expected a fault in:\n" + yaml).isNotNull();
    assertThat(e.getMessage()).isEqualTo(e.location() + ": " + e.problem());
    return e.getMessage();
  }

  @Test
  void rejectsMalformedYaml() {
    assertThat(fault("model: example_decay\ntime: {end: 60\n")).isEqualTo("e.yaml:2:15: malformed YAML: while parsing a flow mapping: "
        + "expected ',' or '}', but got <stream end>; check indentation, colons and brackets");
  }

  /** Issue #14, item 10: a second document after '---' was silently ignored. */
  @Test
  void rejectsASecondDocument() {
    assertThat(fault(HEAD + "---\nreplicates: 3\n")).startsWith("e.yaml:").contains("a second YAML document ('---')")
        .contains("keep one document per file");
  }

  /** Issue #14, item 10: the alias '*s' was read as the string "s". */
  @Test
  void rejectsAnAlias() {
    assertThat(fault("model: &m example_decay\ntime: {end: 60}\nname: *m\n"))
        .isEqualTo("e.yaml:3:7: YAML aliases (*m) are not supported; write the value out in full");
  }

  /** Issue #14, item 6: a 10 MB file of one quoted string took 28 s and 4.8 GB before it was refused. */
  @Test
  void rejectsTextOverTheYamlLimitBeforeParsing() {
    String huge = HEAD + "name: \"" + "x".repeat(YamlTree.MAX_CHARS) + "\"\n";
    assertThat(fault(huge)).startsWith("e.yaml:1:1: the file has ").contains("at most 1048576 (1 MiB)");
    assertThat(fault(HEAD + "name: \"" + "x".repeat(100_000) + "\"\n")).startsWith("e.yaml:")
        .contains("beyond what a YAML file here may hold").contains("exceeds the maximum allowed (65536");
  }

  /** Issue #14, item 10: a 2 MB name failed in DuckDB, a 220-character one as a directory name after the run. */
  @Test
  void rejectsANameTooLongForADirectory() {
    assertThat(fault(HEAD + "name: " + "n".repeat(121) + "\n"))
        .isEqualTo("e.yaml:3:7: the name has 121 characters; it names the results directory and the catalog's record,"
            + " so keep it to 120 or fewer");
  }

  @Test
  void rejectsEmptyFile() {
    assertThat(fault("")).isEqualTo(
        "e.yaml:1:1: the experiment file is empty; it needs at least 'model' and 'time' (see docs/experiment-files.md)");
  }

  @Test
  void rejectsUnknownTopLevelKey() {
    assertThat(fault(HEAD + "replicate: 3\n")).isEqualTo("e.yaml:3:1: unknown key 'replicate' in the experiment file; "
        + "did you mean 'replicates'? (known keys: name, model, scenario, parameters, time, interventions, outputs, solver, "
        + "replicates, seed, scan, cohort, sensitivity, steady_state)");
  }

  @Test
  void rejectsMissingModel() {
    assertThat(fault("time: {end: 60}\n")).isEqualTo("e.yaml:1:1: the experiment file needs 'model': a built-in model "
        + "id (limbic models lists them) or {sbml: path/to/model.xml}");
  }

  @Test
  void rejectsMissingTime() {
    assertThat(fault("model: example_decay\n")).isEqualTo(
        "e.yaml:1:1: the experiment file needs 'time': e.g. time: {start: 0, end: 60, points: 121}");
  }

  @Test
  void rejectsUnknownModel() {
    assertThat(fault("model: example_decy\ntime: {end: 60}\n")).isEqualTo("e.yaml:1:8: unknown model 'example_decy': "
        + "no built-in model of that name; did you mean 'example_decay'? (limbic models lists them: [example_decay])");
  }

  @Test
  void rejectsUnknownParameterInParameters() {
    assertThat(fault(HEAD + "parameters: {kClear: 0.2}\n")).isEqualTo("e.yaml:3:14: unknown parameter 'kClear' in "
        + "model 'example_decay'; did you mean 'k_clear'? (limbic models example_decay lists them)");
  }

  @Test
  void rejectsUnknownParameterInScan() {
    assertThat(fault(HEAD + "scan:\n  parameters:\n    k_clr: {values: [1]}\n")).isEqualTo("e.yaml:5:5: unknown "
        + "parameter 'k_clr' in model 'example_decay'; did you mean 'k_clear'? (limbic models example_decay lists them)");
  }

  @Test
  void rejectsUnknownParameterInCohort() {
    assertThat(fault(HEAD + "cohort:\n  size: 10\n  parameters:\n    bolsu: 1\n")).isEqualTo("e.yaml:6:5: unknown "
        + "parameter 'bolsu' in model 'example_decay'; did you mean 'bolus'? (limbic models example_decay lists them)");
  }

  @Test
  void rejectsUnknownParameterInIntervention() {
    assertThat(fault(HEAD + "interventions:\n  - knockout: k_oxt\n")).isEqualTo("e.yaml:4:15: unknown parameter "
        + "'k_oxt' in model 'example_decay'; did you mean 'k_oxtr'? (limbic models example_decay lists them)");
  }

  @Test
  void rejectsSpeciesWhereAParameterIsNeeded() {
    assertThat(fault(HEAD + "interventions:\n  - {stimulus: {parameter: H, value: 1}, from: 0}\n")).isEqualTo(
        "e.yaml:4:28: 'H' is a species of model 'example_decay', but stimulus takes parameters");
  }

  @Test
  void rejectsUnknownSpeciesInDose() {
    assertThat(fault(HEAD + "interventions:\n  - {dose: {h: 10}, at: 0}\n")).isEqualTo("e.yaml:4:13: unknown species "
        + "'h' in model 'example_decay'; did you mean 'H'? (limbic models example_decay lists them)");
  }

  @Test
  void rejectsParameterDosedLikeASpecies() {
    assertThat(fault(HEAD + "interventions:\n  - {dose: {bolus: 10}, at: 0}\n")).isEqualTo(
        "e.yaml:4:13: 'bolus' is a parameter of model 'example_decay', but dose takes species");
  }

  @Test
  void rejectsUnknownVariableInOutputs() {
    assertThat(fault(HEAD + "outputs: {variables: [H, Hx]}\n")).isEqualTo("e.yaml:3:26: unknown variable 'Hx' in "
        + "model 'example_decay'; did you mean 'H'? (limbic models example_decay lists them)");
  }

  @Test
  void rejectsStringWhereANumberIsExpected() {
    assertThat(fault("model: example_decay\ntime: {end: ten}\n")).isEqualTo(
        "e.yaml:2:13: 'end' in time must be a number, not the string 'ten'");
  }

  @Test
  void rejectsInfinityWhereANumberIsExpected() {
    assertThat(fault("model: example_decay\ntime: {end: .inf}\n")).isEqualTo(
        "e.yaml:2:13: 'end' in time must be a number, not .inf");
  }

  @Test
  void rejectsListWhereAMapIsExpected() {
    assertThat(fault("model: example_decay\ntime: [0, 60]\n")).isEqualTo("e.yaml:2:7: time must be a map like "
        + "{start: 0, end: 60, points: 121} or {times: [0, 1, 5, 10]}, not a list");
  }

  @Test
  void rejectsReversedTimeSpan() {
    assertThat(fault("model: example_decay\ntime: {start: 60, end: 10}\n")).isEqualTo(
        "e.yaml:2:24: time span is reversed: end 10.0 is before start 60.0; swap them");
  }

  @Test
  void rejectsEmptyTimeSpan() {
    assertThat(fault("model: example_decay\ntime: {start: 5, end: 5}\n")).isEqualTo(
        "e.yaml:2:23: time span is empty: end equals start (5.0); make end larger than start");
  }

  @Test
  void rejectsNegativeStartTime() {
    assertThat(fault("model: example_decay\ntime: {start: -5, end: 5}\n")).isEqualTo("e.yaml:2:15: time cannot "
        + "start before 0 (start is -5.0); the model's initial values hold at the start");
  }

  @Test
  void rejectsZeroPoints() {
    assertThat(fault("model: example_decay\ntime: {end: 60, points: 0}\n")).isEqualTo(
        "e.yaml:2:25: points must be at least 2 (start and end), not 0");
  }

  @Test
  void rejectsDecreasingExplicitTimes() {
    assertThat(fault("model: example_decay\ntime: {times: [0, 5, 2]}\n")).isEqualTo(
        "e.yaml:2:22: times must not decrease: 2.0 comes after 5.0; sort them");
  }

  @Test
  void rejectsScanWithoutParameters() {
    assertThat(fault(HEAD + "scan: {parameters: {}}\n")).isEqualTo("e.yaml:3:20: empty scan: it lists no parameters");
  }

  @Test
  void rejectsGridWithZeroValues() {
    assertThat(fault(HEAD + "scan: {parameters: {k_clear: {values: []}}}\n")).isEqualTo(
        "e.yaml:3:39: empty scan: 'k_clear' has no values");
  }

  @Test
  void rejectsRandomScanWithoutSamples() {
    assertThat(fault(HEAD + "scan: {method: random, parameters: {k_clear: {min: 0, max: 1}}}\n")).isEqualTo(
        "e.yaml:3:7: scan needs 'samples': how many points to draw");
  }

  @Test
  void rejectsUnknownScanMethod() {
    assertThat(fault(HEAD + "scan: {method: latin-hypercube, parameters: {k_clear: [1]}}\n")).isEqualTo(
        "e.yaml:3:16: unknown scan method 'latin-hypercube'; did you mean 'latin_hypercube'? "
            + "(known: grid, random, latin_hypercube)");
  }

  @Test
  void rejectsScanAndCohortTogether() {
    assertThat(fault(HEAD + "scan: {parameters: {k_clear: [1]}}\ncohort: {size: 1, parameters: {bolus: 1}}\n"))
        .isEqualTo("e.yaml:4:1: give either 'scan' or 'cohort', not both (scan starts at 3:1); "
            + "run them as two experiments");
  }

  private static String cohortWith(String parameter) {
    return HEAD + "cohort:\n  size: 10\n  parameters:\n    bolus: " + parameter + "\n";
  }

  @Test
  void rejectsNormalWithNonPositiveSd() {
    assertThat(fault(cohortWith("{distribution: normal, mean: 10, sd: 0}"))).isEqualTo(
        "e.yaml:6:49: distribution of 'bolus': sd must be greater than 0, not 0.0");
  }

  @Test
  void rejectsLognormalWithNonPositiveCv() {
    assertThat(fault(cohortWith("{distribution: lognormal, median: 1, cv: -0.1}"))).isEqualTo(
        "e.yaml:6:53: distribution of 'bolus': cv must be greater than 0, not -0.1");
  }

  @Test
  void rejectsLognormalWithNonPositiveMedian() {
    assertThat(fault(cohortWith("{distribution: lognormal, median: 0, cv: 0.3}"))).isEqualTo(
        "e.yaml:6:46: distribution of 'bolus': median must be greater than 0, not 0.0");
  }

  @Test
  void rejectsUniformWithMinNotBelowMax() {
    assertThat(fault(cohortWith("{distribution: uniform, min: 5, max: 5}"))).isEqualTo(
        "e.yaml:6:49: distribution of 'bolus': min 5.0 must be less than max 5.0");
  }

  @Test
  void rejectsEmptyEmpiricalList() {
    assertThat(fault(cohortWith("{distribution: empirical, values: []}"))).isEqualTo(
        "e.yaml:6:46: distribution of 'bolus': the list of values is empty");
  }

  @Test
  void rejectsUnknownDistribution() {
    assertThat(fault(cohortWith("{distribution: gaussian, mean: 1, sd: 1}"))).isEqualTo(
        "e.yaml:6:27: unknown distribution 'gaussian' (known: normal, lognormal, uniform, empirical, fixed)");
  }

  private static final String TWO_VARIED = HEAD + """
      cohort:
        size: 10
        parameters:
          bolus: {distribution: normal, mean: 10, sd: 2}
          k_clear: {distribution: lognormal, median: 0.2, cv: 0.3}
          base: {distribution: uniform, min: 0.5, max: 1.5}
          period: 10
        correlations:
      """;

  @Test
  void rejectsCorrelationOutsideMinusOneToOne() {
    assertThat(fault(TWO_VARIED + "    - [bolus, k_clear, 1.5]\n")).isEqualTo(
        "e.yaml:11:24: correlation 1.5 is outside [-1, 1]");
  }

  @Test
  void rejectsCorrelationWithAParameterTheCohortDoesNotVary() {
    assertThat(fault(TWO_VARIED + "    - [bolus, k_cler, 0.5]\n")).isEqualTo("e.yaml:11:15: correlation names "
        + "'k_cler', which is not a varied parameter of the cohort; did you mean 'k_clear'? "
        + "(varied: bolus, k_clear, base)");
  }

  @Test
  void rejectsCorrelationWithAFixedParameter() {
    assertThat(fault(TWO_VARIED + "    - [bolus, period, 0.5]\n")).startsWith(
        "e.yaml:11:15: correlation names 'period', which is not a varied parameter of the cohort");
  }

  @Test
  void rejectsCorrelationsThatContradictEachOther() {
    assertThat(fault(TWO_VARIED + "    - [bolus, k_clear, 0.9]\n    - [k_clear, base, 0.9]\n    - [bolus, base, -0.9]\n"))
        .isEqualTo("e.yaml:11:5: the correlations contradict each other: their matrix over bolus, k_clear, base is "
            + "not positive definite; weaken them (|rho| = 1 also counts: then use one parameter)");
  }

  @Test
  void rejectsUnknownMetricKind() {
    assertThat(fault(HEAD + "outputs:\n  metrics:\n    - {variable: H, kind: max}\n")).isEqualTo(
        "e.yaml:5:27: unknown metric kind 'max'; did you mean 'mean'? "
            + "(known: peak, time_of_peak, minimum, time_to_threshold, auc, mean, final, half_life, period, amplitude, time_above)");
  }

  @Test
  void rejectsTimeToThresholdWithoutThreshold() {
    assertThat(fault(HEAD + "outputs:\n  metrics:\n    - {name: t5, variable: H, kind: time_to_threshold}\n"))
        .isEqualTo("e.yaml:5:7: metric 't5' of kind time_to_threshold needs 'threshold', the value to reach");
  }

  @Test
  void rejectsAnUnknownThresholdDirection() {
    assertThat(fault(HEAD + "outputs:\n  metrics:\n    - {variable: H, kind: time_to_threshold, threshold: 5, direction: raising}\n"))
        .isEqualTo("e.yaml:5:71: unknown threshold direction 'raising'; did you mean 'rising'? (known: rising, falling)");
  }

  @Test
  void rejectsADirectionForAKindWithoutThreshold() {
    assertThat(fault(HEAD + "outputs:\n  metrics:\n    - {variable: H, kind: period, direction: falling}\n"))
        .isEqualTo("e.yaml:5:35: metric 'period_H': 'direction' applies only to kind time_to_threshold; remove it");
  }

  @Test
  void rejectsADirectionForTimeAbove() {
    assertThat(fault(HEAD + "outputs:\n  metrics:\n    - {variable: H, kind: time_above, threshold: 5, direction: rising}\n"))
        .isEqualTo("e.yaml:5:53: metric 'time_above_H': 'direction' applies only to kind time_to_threshold; remove it");
  }

  @Test
  void rejectsTimeAboveWithoutThreshold() {
    assertThat(fault(HEAD + "outputs:\n  metrics:\n    - {variable: H, kind: time_above}\n"))
        .isEqualTo("e.yaml:5:7: metric 'time_above_H' of kind time_above needs 'threshold', the value to be above");
  }

  @Test
  void rejectsAThresholdForHalfLife() {
    assertThat(fault(HEAD + "outputs:\n  metrics:\n    - {variable: H, kind: half_life, from: 10, threshold: 5}\n"))
        .isEqualTo("e.yaml:5:48: metric 'half_life_H': 'threshold' applies only to kinds time_to_threshold and time_above; remove it");
  }

  @Test
  void rejectsAHalfLifeWindowOutsideTheRun() {
    assertThat(fault(HEAD + "outputs:\n  metrics:\n    - {variable: H, kind: half_life, from: 10, to: 90}\n"))
        .isEqualTo("e.yaml:5:52: metric window 'to' 90.0 is outside the time span [0.0, 60.0]");
  }

  @Test
  void rejectsAnAmplitudeStartAfterItsEnd() {
    assertThat(fault(HEAD + "outputs:\n  metrics:\n    - {variable: H, kind: amplitude, from: 40, to: 20}\n"))
        .isEqualTo("e.yaml:5:52: metric 'amplitude_H': window is empty or reversed (from 40.0 to 20.0)");
  }

  @Test
  void rejectsADirectionThatIsNotAString() {
    assertThat(fault(HEAD + "outputs:\n  metrics:\n    - {variable: H, kind: time_to_threshold, threshold: 5, direction: [up]}\n"))
        .isEqualTo("e.yaml:5:71: 'direction' in a metric must be a name or text, not a list");
  }

  @Test
  void rejectsNegativeReplicates() {
    assertThat(fault(HEAD + "replicates: -2\n")).isEqualTo(
        "e.yaml:3:13: replicates must be 1 or more, not -2; use 1 for a single run");
  }

  @Test
  void rejectsUnknownSolverMethod() {
    assertThat(fault(HEAD + "solver: {method: rodas5}\n")).isEqualTo("e.yaml:3:18: unknown solver method 'rodas5'; "
        + "did you mean 'rodas5p'? (known: auto, dopri5, rodas5p, rodas4, direct, nrm, tau-leap)");
  }

  @Test
  void rejectsRelativeToleranceOutsideZeroToOne() {
    assertThat(fault(HEAD + "solver: {rtol: 1}\n")).isEqualTo(
        "e.yaml:3:16: rtol must be between 0 and 1 (exclusive), not 1.0; 1e-6 is a good start");
  }

  @Test
  void rejectsInterventionAfterTheEnd() {
    assertThat(fault(HEAD + "interventions:\n  - {dose: {H: 1}, at: 70}\n")).isEqualTo("e.yaml:4:24: intervention "
        + "time 'at' 70.0 is outside the time span [0.0, 60.0]; move it or change time");
  }

  @Test
  void rejectsInterventionWithTwoKinds() {
    assertThat(fault(HEAD + "interventions:\n  - {dose: {H: 1}, knockout: k_oxtr, at: 0}\n")).isEqualTo(
        "e.yaml:4:5: an intervention takes only one of set, dose, stimulus, knockout, infusion, input (found dose and knockout); "
            + "split it into two");
  }

  @Test
  void rejectsSbmlFileMissing(@TempDir Path dir) {
    ExperimentFileException e = catchThrowableOfType(ExperimentFileException.class, () ->
        ExperimentFiles.parse("model: {sbml: models/none.xml}\ntime: {end: 1}\n", "e.yaml", dir));

    assertThat(e.getMessage()).isEqualTo("e.yaml:1:15: SBML file not found or not readable: "
        + dir.resolve("models/none.xml").toAbsolutePath() + " (relative paths are resolved against "
        + dir.toAbsolutePath() + "); check the path");
  }

  @Test
  void rejectsUnreadableExperimentFile(@TempDir Path dir) {
    Path missing = dir.resolve("none.yaml");
    ExperimentFileException e = catchThrowableOfType(ExperimentFileException.class, () -> ExperimentFiles.read(missing));

    assertThat(e.getMessage()).isEqualTo(missing + ":1:1: the experiment file does not exist (looked for " + missing + ")");
  }

  @Test
  void rejectsAnUnknownParameterOfTheSteadyState() {
    assertThat(fault(HEAD + "steady_state: {parameters: {sukling: 1}}\n"))
        .isEqualTo("e.yaml:3:29: unknown parameter 'sukling' in model 'example_decay'; did you mean 'suckling'?"
            + " (limbic models example_decay lists them)");
  }

  @Test
  void rejectsASteadyStateThatIsNeitherTrueNorAMap() {
    assertThat(fault(HEAD + "steady_state: yes please\n"))
        .isEqualTo("e.yaml:3:15: steady_state must be true, or a map like {parameters: {stimulus: 0}}, not the string 'yes please'");
    assertThat(fault(HEAD + "steady_state: {parameter: {suckling: 1}}\n")).startsWith("e.yaml:3:16: unknown key 'parameter' in steady_state");
  }

  @Test
  void rejectsASteadyStateWithAStochasticMethod() {
    assertThat(fault(HEAD + "solver: {method: direct}\nsteady_state: true\n"))
        .isEqualTo("e.yaml:4:1: steady_state starts each run from a deterministic steady state; solver method 'direct'"
            + " is stochastic: use [auto, dopri5, rodas5p, rodas4], or leave out steady_state");
  }
}
