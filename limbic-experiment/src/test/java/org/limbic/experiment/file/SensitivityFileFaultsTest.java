package org.limbic.experiment.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.limbic.experiment.spec.Distribution;
import org.limbic.experiment.spec.SensitivityExperiment;
import org.limbic.experiment.spec.SensitivitySpec;

/** The sensitivity section: what it reads, and each fault with its exact FILE:LINE:COLUMN. */
class SensitivityFileFaultsTest {

  private static final String HEAD = """
      model: example_decay
      time: {end: 60}
      outputs:
        metrics: [{name: peak_H, variable: H, kind: peak}, {name: auc_H, variable: H, kind: auc}]
      """;

  private static SensitivityExperiment read(String yaml) {
    return ExperimentFiles.parseSensitivity(yaml, "e.yaml", Path.of("."), ModelResolver.builtIns());
  }

  private static String fault(String yaml) {
    ExperimentFileException e = catchThrowableOfType(ExperimentFileException.class, () -> read(yaml));
    assertThat(e).as("expected a fault in:\n" + yaml).isNotNull();
    return e.getMessage();
  }

  @Test
  void readsRangesDistributionsAndDefaults() {
    SensitivityExperiment f = read(HEAD + """
        seed: 9
        sensitivity:
          samples: 64
          parameters:
            k_clear: {min: 0.1, max: 0.3}
            base: {distribution: lognormal, median: 1, cv: 0.2}
        """);
    SensitivitySpec s = f.sensitivity();
    assertThat(s.method()).isEqualTo(SensitivitySpec.Method.SOBOL);
    assertThat(s.parameters()).containsExactly(new SensitivitySpec.Input("k_clear", new Distribution.Uniform(0.1, 0.3)),
        new SensitivitySpec.Input("base", new Distribution.LogNormal(1, 0.2)));
    assertThat(s.metrics()).containsExactly("peak_H", "auc_H");
    assertThat(s.seed()).isEmpty();
    assertThat(f.experiment().seed()).isEqualTo(9);
    assertThat(s.levels()).isEqualTo(4);
    assertThat(s.resamples()).isEqualTo(1000);
  }

  @Test
  void aMissingRangeEndIsNamed() {
    assertThat(fault(HEAD + "sensitivity:\n  samples: 64\n  parameters:\n    k_clear: {min: 0.1}\n"))
        .isEqualTo("e.yaml:8:14: sensitivity parameter 'k_clear' needs a range {min, max} or a 'distribution'; max is missing");
  }

  @Test
  void anUnknownParameterIsNamedWithTheClosest() {
    assertThat(fault(HEAD + "sensitivity:\n  samples: 64\n  parameters:\n    k_cler: {min: 0.1, max: 0.3}\n"))
        .isEqualTo("e.yaml:8:5: unknown parameter 'k_cler' in model 'example_decay'; did you mean 'k_clear'?"
            + " (limbic models example_decay lists them)");
  }

  @Test
  void fewerThanTwoSamplesAreRefused() {
    assertThat(fault(HEAD + "sensitivity:\n  samples: 1\n  parameters:\n    k_clear: {min: 0.1, max: 0.3}\n"))
        .isEqualTo("e.yaml:6:12: samples must be 2 or more, not 1; the variance needs two base rows (1024 is a good start)");
    assertThat(fault(HEAD + "sensitivity:\n  method: morris\n  samples: 0\n  parameters:\n    k_clear: {min: 0.1, max: 0.3}\n"))
        .startsWith("e.yaml:7:12: samples must be 2 or more, not 0; sigma needs two trajectories");
  }

  @Test
  void otherFaults() {
    String params = "  parameters:\n    k_clear: {min: 0.1, max: 0.3}\n";
    assertThat(fault(HEAD + "sensitivity:\n  method: sobel\n  samples: 8\n" + params))
        .isEqualTo("e.yaml:6:11: unknown sensitivity method 'sobel'; did you mean 'sobol'? (known: sobol, morris)");
    assertThat(fault(HEAD + "sensitivity:\n  samples: 8\n  metrics: [peak_h]\n" + params))
        .isEqualTo("e.yaml:7:13: unknown metric 'peak_h'; did you mean 'peak_H'? (the metrics under outputs: peak_H, auc_H)");
    assertThat(fault(HEAD + "sensitivity:\n  samples: 8\n  parameters:\n    k_clear: {min: 0.3, max: 0.1}\n"))
        .isEqualTo("e.yaml:8:30: the range of 'k_clear': min 0.3 must be less than max 0.1");
    assertThat(fault(HEAD + "sensitivity:\n  samples: 8\n  parameters:\n    k_clear: {distribution: fixed, value: 1}\n"))
        .startsWith("e.yaml:8:29: sensitivity parameter 'k_clear' is fixed, so it has no sensitivity");
    assertThat(fault(HEAD + "sensitivity:\n  samples: 8\n  levels: 4\n" + params))
        .startsWith("e.yaml:7:3: 'levels' applies to the morris method");
    assertThat(fault("model: example_decay\ntime: {end: 60}\nsensitivity:\n  samples: 8\n" + params))
        .startsWith("e.yaml:4:3: the sensitivity analysis needs metrics to analyse");
    assertThat(fault(HEAD + "replicates: 3\nsensitivity:\n  samples: 8\n" + params))
        .startsWith("e.yaml:5:1: a sensitivity analysis runs each point once");
    assertThat(fault(HEAD)).startsWith("e.yaml:1:1: the experiment file has no 'sensitivity' section");
  }

  @Test
  void aRunRefusesAFileWithASensitivitySection() {
    ExperimentFileException e = catchThrowableOfType(ExperimentFileException.class, () -> ExperimentFiles.parse(
        HEAD + "sensitivity:\n  samples: 8\n  parameters:\n    k_clear: {min: 0.1, max: 0.3}\n", "e.yaml", Path.of(".")));
    assertThat(e.getMessage()).isEqualTo("e.yaml:5:1: this file describes a sensitivity analysis; run it with"
        + " 'limbic sensitivity FILE' (or remove 'sensitivity' to run the experiment once)");
  }
}
