package org.limbic.experiment.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.limbic.experiment.spec.CohortSpec;
import org.limbic.experiment.spec.Distribution;
import org.limbic.experiment.spec.ExperimentSpec;
import org.limbic.experiment.spec.Intervention;
import org.limbic.experiment.spec.MetricSpec;
import org.limbic.experiment.spec.ModelRef;
import org.limbic.experiment.spec.ScanSpec;
import org.limbic.experiment.spec.SolverSpec;

class ExperimentFilesTest {

  static ExperimentSpec parse(String yaml) {
    return ExperimentFiles.parse(yaml, "e.yaml", Path.of("."));
  }

  @Test
  void minimalFileGetsEveryDefault() {
    ExperimentSpec spec = parse("model: example_decay\ntime: {end: 60}\n");

    assertThat(spec.name()).isEqualTo("e");
    assertThat(spec.model()).isEqualTo(new ModelRef.BuiltIn("example_decay"));
    assertThat(spec.time().times()).hasSize(101).startsWith(0.0).endsWith(60.0);
    assertThat(spec.parameters()).isEmpty();
    assertThat(spec.interventions()).isEmpty();
    assertThat(spec.outputs().variables()).isEmpty();
    assertThat(spec.solver()).isEqualTo(SolverSpec.DEFAULTS);
    assertThat(spec.replicates()).isEqualTo(1);
    assertThat(spec.seed()).isZero();
    assertThat(spec.scan()).isEmpty();
    assertThat(spec.cohort()).isEmpty();
    assertThat(spec.source()).isEqualTo("e.yaml");
  }

  @Test
  void runWithInterventionsAndMetricsIsReadCompletely() {
    ExperimentSpec spec = parse("""
        name: pulsatile-demo
        model: example_decay
        parameters: {k_clear: 0.3, H: 2, plasma: 1.5}
        time: {start: 0, end: 60, points: 241}
        interventions:
          - set: {bolus: 20}
            at: 10
          - dose: {H: 10}
            at: 0
            every: 10
            until: 60
          - stimulus: {parameter: suckling, value: 1}
            from: 20
            to: 30
          - knockout: k_oxtr
        outputs:
          variables: [H]
          metrics:
            - {name: peak_H, variable: H, kind: peak}
            - {name: auc_H, variable: H, kind: auc, from: 0, to: 60}
            - {variable: H, kind: time_to_threshold, threshold: 5}
        solver: {method: rodas5p, rtol: 1e-8, atol: 1e-12}
        replicates: 3
        seed: 42
        """);

    assertThat(spec.name()).isEqualTo("pulsatile-demo");
    assertThat(spec.parameters()).isEqualTo(Map.of("k_clear", 0.3, "H", 2.0, "plasma", 1.5));
    assertThat(spec.time().times()).hasSize(241);
    assertThat(spec.time().times()[1]).isEqualTo(0.25, within(1e-15)); // 60 / 240 exactly representable
    assertThat(spec.interventions()).containsExactly(
        new Intervention.Set(10, 0, 10, Map.of("bolus", 20.0)),
        new Intervention.Dose(0, 10, 60, Map.of("H", 10.0)),
        new Intervention.Stimulus(20, 30, "suckling", 1),
        new Intervention.Knockout("k_oxtr"));
    assertThat(spec.outputs().variables()).containsExactly("H");
    assertThat(spec.outputs().metrics()).containsExactly(
        new MetricSpec("peak_H", "H", MetricSpec.Kind.PEAK, Double.NaN, Double.NaN, Double.NaN),
        new MetricSpec("auc_H", "H", MetricSpec.Kind.AUC, 0, 60, Double.NaN),
        new MetricSpec("time_to_threshold_H", "H", MetricSpec.Kind.TIME_TO_THRESHOLD, Double.NaN, Double.NaN, 5));
    assertThat(spec.solver()).isEqualTo(new SolverSpec("rodas5p", 1e-8, 1e-12));
    assertThat(spec.replicates()).isEqualTo(3);
    assertThat(spec.seed()).isEqualTo(42);
  }

  /**
   * Issue #14, item 10: end 1e308 passed validation, then (end - start) * i overflowed and the run
   * failed with "output time 2 is not finite". The grid is computed without overflow.
   */
  @Test
  void aSpanNearTheLargestDoubleGivesFiniteEvenlySpacedTimes() {
    double[] t = parse("model: example_decay\ntime: {end: 1.0e308, points: 5}\n").time().times();
    assertThat(t).hasSize(5).isSorted().doesNotHaveDuplicates().doesNotContain(Double.POSITIVE_INFINITY);
    assertThat(t[2]).as("the midpoint, exact: a power-of-two fraction of the span").isEqualTo(0.5e308);
    assertThat(t[4]).isEqualTo(1e308);
  }

  @Test
  void explicitOutputTimesAreKeptAsWritten() {
    assertThat(parse("model: example_decay\ntime: {times: [0, 1, 5, 10]}\n").time().times())
        .containsExactly(0, 1, 5, 10);
  }

  @Test
  void stimulusWithoutToLastsUntilTheEndAndRepeatsDefaultUntilTheEnd() {
    ExperimentSpec spec = parse("""
        model: example_decay
        time: {end: 50}
        interventions:
          - {stimulus: {parameter: suckling, value: 1}, from: 5}
          - {dose: {H: 1}, at: 0, every: 10}
        """);

    assertThat(spec.interventions()).containsExactly(new Intervention.Stimulus(5, 50, "suckling", 1),
        new Intervention.Dose(0, 10, 50, Map.of("H", 1.0)));
  }

  @Test
  void gridRangeIsExpandedIntoValuesOnALogScale() {
    ScanSpec scan = parse("""
        model: example_decay
        time: {end: 60}
        scan:
          parameters:
            k_clear: {min: 0.01, max: 1, steps: 3, log: true}
            bolus: [5, 10]
        """).scan().orElseThrow();

    assertThat(scan.method()).isEqualTo(ScanSpec.Method.GRID);
    assertThat(scan.dimensions().get(0).values()).containsExactly(new double[] {0.01, 0.1, 1}, within(1e-15));
    assertThat(scan.dimensions().get(1).values()).containsExactly(5, 10);
  }

  @Test
  void latinHypercubeScanKeepsRangesAndSamples() {
    ScanSpec scan = parse("""
        model: example_decay
        time: {end: 60}
        scan: {method: latin_hypercube, samples: 100, parameters: {k_clear: {min: 0.1, max: 1}}}
        """).scan().orElseThrow();

    assertThat(scan.samples()).isEqualTo(100);
    ScanSpec.Dimension d = scan.dimensions().getFirst();
    assertThat(d.values()).isEmpty();
    assertThat(new double[] {d.min(), d.max()}).containsExactly(0.1, 1);
  }

  @Test
  void cohortReadsEveryDistributionAndCorrelation() {
    CohortSpec cohort = parse("""
        model: example_decay
        time: {end: 60}
        cohort:
          size: 1000
          parameters:
            k_clear: {distribution: lognormal, median: 0.17, cv: 0.3}
            bolus: {distribution: normal, mean: 10, sd: 2}
            period: {distribution: uniform, min: 8, max: 12}
            base: {distribution: empirical, values: [1, 2, 3]}
            release: 3.5
          correlations:
            - [k_clear, bolus, 0.5]
        """).cohort().orElseThrow();

    assertThat(cohort.size()).isEqualTo(1000);
    assertThat(cohort.parameters()).containsEntry("k_clear", new Distribution.LogNormal(0.17, 0.3))
        .containsEntry("bolus", new Distribution.Normal(10, 2)).containsEntry("period", new Distribution.Uniform(8, 12))
        .containsEntry("release", new Distribution.Fixed(3.5));
    assertThat(((Distribution.Empirical) cohort.parameters().get("base")).values()).containsExactly(1, 2, 3);
    assertThat(cohort.correlations()).containsExactly(new CohortSpec.Correlation("k_clear", "bolus", 0.5));
  }

  @Test
  void sbmlPathIsResolvedAgainstTheExperimentFilesDirectory(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("models"));
    Files.writeString(dir.resolve("models/m.xml"), "<sbml/>");
    Path file = dir.resolve("run.yaml");
    Files.writeString(file, "model: {sbml: models/m.xml}\ntime: {end: 1}\nparameters: {anything: 1}\n");

    ExperimentSpec spec = ExperimentFiles.read(file);

    assertThat(spec.model()).isEqualTo(new ModelRef.Sbml(dir.resolve("models/m.xml").toAbsolutePath()));
    assertThat(spec.name()).isEqualTo("run");
  }

  @Test
  void sbmlModelIdsAreCheckedWhenTheCliPlugsInALoader(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("m.xml"), "<sbml/>");
    ModelResolver resolver = ModelResolver.withSbml(path -> new ExampleDecayModel().model());

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> ExperimentFiles.parse(
            "model: {sbml: m.xml}\ntime: {end: 1}\nparameters: {k_clr: 1}\n", "e.yaml", dir, resolver))
        .hasMessage("e.yaml:3:14: unknown parameter 'k_clr' in model m.xml; did you mean 'k_clear'? "
            + "(the SBML file lists them)");
  }

  @Test
  void steadyStateIsReadAsTrueOrWithTheEquilibrationValues() {
    assertThat(parse("model: example_decay\ntime: {end: 60}\n").steadyState()).isEmpty();
    assertThat(parse("model: example_decay\ntime: {end: 60}\nsteady_state: false\n").steadyState()).isEmpty();
    assertThat(parse("model: example_decay\ntime: {end: 60}\nsteady_state: true\n").steadyState().orElseThrow().parameters())
        .isEmpty();
    assertThat(parse("model: example_decay\ntime: {end: 60}\nsteady_state: {parameters: {suckling: 1, H: 2}}\n")
        .steadyState().orElseThrow().parameters()).isEqualTo(Map.of("suckling", 1.0, "H", 2.0));
  }
}
