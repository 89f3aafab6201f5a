package org.limbic.models.demo;

import java.nio.file.Path;
import org.limbic.experiment.file.ExperimentFiles;
import org.limbic.experiment.results.RunSummary;
import org.limbic.experiment.run.ExperimentRunner;
import org.limbic.experiment.run.RunOptions;
import org.limbic.experiment.spec.ExperimentSpec;
import org.limbic.models.examples.PulsatileRelease;

/**
 * The demo's virtual cohort: scenario {@value #SCENARIO} of the pulsatile model through the
 * experiment runner, as a user's experiment file would run, into {@code out/cohort} (tidy time
 * courses, metrics and parameters as CSV and Parquet).
 */
public final class CohortDemo {

  public static final String SCENARIO = "pulsatile-cohort";

  private CohortDemo() {
  }

  public static RunSummary run(Path out) {
    PulsatileRelease model = new PulsatileRelease();
    String yaml = model.scenarios().get(SCENARIO);
    ExperimentSpec spec = ExperimentFiles.parse(yaml, SCENARIO + ".yaml", Path.of("."));
    return new ExperimentRunner(RunOptions.defaults().withRunId("demo-cohort").withSpecText(yaml))
        .run(spec, model.model(), out.resolve("cohort"));
  }
}
