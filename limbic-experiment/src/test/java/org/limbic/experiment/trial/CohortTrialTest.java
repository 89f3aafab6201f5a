package org.limbic.experiment.trial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.limbic.experiment.run.ProgressListener;
import org.limbic.experiment.spec.TrialDesign;

class CohortTrialTest {

  @TempDir
  Path tmp;

  private static final TrialDesign DESIGN = TrialRunnerTest.design(200, TrialDesign.Randomization.blocks(4), 0.05, 4);

  @Test
  void streamsParticipantsAndVisitsWithParquetAndSummarizesThePrimaryEndpoint() throws Exception {
    AtomicLong done = new AtomicLong();
    CohortTrial.Outcome o = CohortTrial.run(DESIGN, TrialRunnerTest.MODEL, 3, 2, true, tmp.resolve("out"),
        (d, total) -> done.set(d));
    assertThat(o.counts().randomized()).isEqualTo(200);
    assertThat(done.get()).as("progress reached the end").isEqualTo(200);
    assertThat(Files.readAllLines(tmp.resolve("out/participants.csv"))).hasSize(201);
    assertThat(tmp.resolve("out/visits.parquet")).exists();
    assertThat(o.summary()).hasSize(2);
    assertThat(o.summary().getFirst()).startsWith("drug: n = ");
    assertThat(o.threads()).isEqualTo(2);
  }

  @Test
  void withoutParquetOnlyTheCsvFiles() {
    CohortTrial.run(DESIGN, TrialRunnerTest.MODEL, 3, 1, false, tmp.resolve("out"), ProgressListener.NONE);
    assertThat(tmp.resolve("out/visits.csv")).exists();
    assertThat(tmp.resolve("out/visits.parquet")).doesNotExist();
  }

  @Test
  void noThreadsIsRefusedBeforeAnythingIsWritten() {
    assertThatThrownBy(() -> CohortTrial.run(DESIGN, TrialRunnerTest.MODEL, 3, 0, false, tmp.resolve("out"), ProgressListener.NONE))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("threads must be >= 1, got 0");
    assertThat(tmp.resolve("out")).doesNotExist();
  }
}
