package org.limbic.models.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.limbic.experiment.file.ExperimentFiles;
import org.limbic.experiment.library.ModelLibrary;
import org.limbic.experiment.results.MetricSummary;
import org.limbic.experiment.run.ExperimentRunner;
import org.limbic.experiment.run.RunOptions;
import org.limbic.experiment.results.RunSummary;
import org.limbic.experiment.spec.ExperimentSpec;
import org.limbic.experiment.spec.ModelRef;

/**
 * The examples in docs/examples run as documented in docs/experiment-files.md: each reads, runs on
 * its built-in model and writes every unit without failure.
 */
class DocumentedExamplesTest {

  /** Surefire runs in the module directory; the docs are at the repository root. */
  private static final Path EXAMPLES = Path.of("..", "docs", "examples");

  @TempDir
  Path tmp;

  private RunSummary run(String file) {
    ExperimentSpec spec = ExperimentFiles.read(EXAMPLES.resolve(file));
    String model = ((ModelRef.BuiltIn) spec.model()).id();
    String text;
    try {
      text = Files.readString(EXAMPLES.resolve(file));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    RunSummary summary = new ExperimentRunner(RunOptions.defaults().withThreads(2).withSpecText(text))
        .run(spec, ModelLibrary.get(model).model(), tmp.resolve(file));
    assertThat(tmp.resolve(file).resolve(ExperimentRunner.SPEC_FILE)).hasContent(text);
    assertThat(summary.failures()).as(file + " failures").isZero();
    assertThat(tmp.resolve(file).resolve("metrics.parquet")).exists();
    return summary;
  }

  private static MetricSummary metric(RunSummary s, String name) {
    return s.metrics().stream().filter(m -> m.metric().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void theSingleRunExample() throws Exception {
    RunSummary s = run("pulsatile-run.yaml");
    assertThat(s.units()).isEqualTo(1);
    // doses of 10 pM every 15 min on top of 20 pM pulses every 10 min (after t = 10) and a 10-min stimulus:
    // the peak exceeds one pulse plus one dose (30 pM), which a run that ignored the interventions would not reach
    assertThat(metric(s, "peak_H").mean()).isGreaterThan(30);
    assertThat(Files.readString(tmp.resolve("pulsatile-run.yaml").resolve("metrics.csv"))).contains("t_5");
  }

  @Test
  void theScanExampleRunsEveryGridPoint() {
    assertThat(run("clearance-scan.yaml").units()).isEqualTo(12);
  }

  @Test
  void theCohortExampleRunsEverySubject() {
    assertThat(run("cohort.yaml").units()).isEqualTo(200);
  }
}
