package org.limbic.models.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.limbic.experiment.file.ExperimentFiles;
import org.limbic.experiment.file.ModelResolver;
import org.limbic.experiment.library.ModelLibrary;
import org.limbic.experiment.sensitivity.ExperimentSensitivity;
import org.limbic.experiment.sensitivity.SensitivityIndex.Kind;
import org.limbic.experiment.sensitivity.SensitivityResult;
import org.limbic.experiment.spec.SensitivityExperiment;
import org.limbic.experiment.spec.SensitivitySpec;
import org.limbic.model.Model;

/**
 * docs/examples/ishigami-sobol.yaml through the experiment machinery (file, compiled model, engine,
 * metric) against the Ishigami function's exact indices (Ishigami &amp; Homma 1990; closed forms in
 * Saltelli et al. 2008, The Primer, sec. 4.9; Sobol &amp; Levitan 1999).
 */
class IshigamiSensitivityTest {

  private static final Path FILE = Path.of("..", "docs", "examples", "ishigami-sobol.yaml");
  private static final double A = 7;
  private static final double B = 0.1;
  private static final double PI4 = Math.pow(Math.PI, 4);
  private static final double PI8 = Math.pow(Math.PI, 8);
  /** V = a^2/8 + b pi^4/5 + b^2 pi^8/18 + 1/2; V1 = (1 + b pi^4/5)^2/2; V2 = a^2/8; V3 = 0; V13 = 8 b^2 pi^8/225. */
  private static final double V = A * A / 8 + B * PI4 / 5 + B * B * PI8 / 18 + 0.5;
  private static final double V1 = 0.5 * Math.pow(1 + B * PI4 / 5, 2);
  private static final double V2 = A * A / 8;
  private static final double V13 = 8 * B * B * PI8 / 225;
  /** x1 … x4 (x4 a dummy): S = 0.3139, 0.4424, 0, 0; ST = 0.5576, 0.4424, 0.2437, 0. */
  private static final double[] FIRST = {V1 / V, V2 / V, 0, 0};
  private static final double[] TOTAL = {(V1 + V13) / V, V2 / V, V13 / V, 0};

  private static SensitivityExperiment file() {
    return ExperimentFiles.readSensitivity(FILE, ModelResolver.builtIns());
  }

  private static Model model() {
    return ModelLibrary.get("ishigami").model();
  }

  @Test
  void theExampleFileGivesTheExactIndicesWithinTheirIntervals() {
    SensitivityExperiment f = file();
    assertThat(f.sensitivity().samples()).isEqualTo(4096);
    SensitivityResult r = ExperimentSensitivity.run(f, model(), 2);
    assertThat(r.evaluations()).isEqualTo(4096 * 6);
    for (int i = 0; i < 4; i++) {
      String x = "x" + (i + 1);
      // the exact value within the 95 % percentile bootstrap interval (1,000 resamples of the 4,096 rows)
      assertThat(r.index(x, "y", Kind.FIRST_ORDER).covers(FIRST[i])).as(r.index(x, "y", Kind.FIRST_ORDER) + " covers " + FIRST[i])
          .isTrue();
      assertThat(r.index(x, "y", Kind.TOTAL_ORDER).covers(TOTAL[i])).as(r.index(x, "y", Kind.TOTAL_ORDER) + " covers " + TOTAL[i])
          .isTrue();
    }
    // the dummy x4: f(AB_4) = f(A) at every row, so both of its indices are exactly 0, not merely small
    assertThat(r.index("x4", "y", Kind.TOTAL_ORDER).value()).isZero();
    assertThat(r.index("x4", "y", Kind.FIRST_ORDER).value()).isZero();
  }

  @Test
  void morrisFindsTheInteractingFactorAndTheDummy() {
    SensitivityExperiment f = file();
    SensitivityResult r = ExperimentSensitivity.run(f, model(), SensitivitySpec.Method.MORRIS, 100,
        ExperimentSensitivity.options(f).withThreads(2));
    assertThat(r.evaluations()).isEqualTo(100 * 5);
    // x3 acts only with x1 (ST3 = 0.24, S3 = 0): a one-at-a-time screen must still see it, and its interval excludes 0
    assertThat(r.index("x3", "y", Kind.MU_STAR).ciLow()).isGreaterThan(0);
    // y does not read x4: every effect is exactly 0
    assertThat(r.index("x4", "y", Kind.MU_STAR).value()).isZero();
    assertThat(r.index("x4", "y", Kind.SIGMA).value()).isZero();
    assertThat(r.index("x1", "y", Kind.MU_STAR).value()).isGreaterThan(r.index("x3", "y", Kind.MU_STAR).value());
    assertThat(r.index("x2", "y", Kind.MU_STAR).value()).isGreaterThan(r.index("x3", "y", Kind.MU_STAR).value());
  }

  @Test
  void oneAndTwoThreadsGiveIdenticalIndices() {
    SensitivityExperiment f = file();
    var options = ExperimentSensitivity.options(f).withResamples(200);
    for (SensitivitySpec.Method method : SensitivitySpec.Method.values()) {
      SensitivityResult one = ExperimentSensitivity.run(f, model(), method, 256, options.withThreads(1));
      SensitivityResult two = ExperimentSensitivity.run(f, model(), method, 256, options.withThreads(2));
      assertThat(two.csv()).as(method.toString()).isEqualTo(one.csv());
    }
  }
}
