package org.limbic.experiment.trial;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.limbic.experiment.run.ProgressListener;
import org.limbic.experiment.spec.TrialDesign;

class CohortFilesTest {

  @Test
  void streamsEveryParticipantAndVisitAndConvertsToParquet(@TempDir Path dir) throws Exception {
    TrialDesign d = TrialRunnerTest.design(1000, TrialDesign.Randomization.blocks(4), 0.05, 4);
    CohortSummary summary = new CohortSummary(d);
    ConsortCounts counts;
    try (CohortFiles files = new CohortFiles(dir, d)) {
      counts = new TrialRunner(d, TrialRunnerTest.MODEL).stream(1, 2, files.andThen(summary), ProgressListener.NONE);
    }
    CohortFiles.exportParquet(dir, d);
    assertThat(Files.readAllLines(dir.resolve("participants.csv"))).hasSize(1001);
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement st = db.createStatement()) {
      ResultSet r = st.executeQuery("SELECT count(*), count(DISTINCT patient), sum(CASE WHEN week = 8 THEN 1 ELSE 0 END) FROM read_parquet('"
          + dir.resolve("visits.parquet") + "')");
      r.next();
      long completed = counts.completed().values().stream().mapToLong(Long::longValue).sum();
      assertThat(r.getLong(2)).isEqualTo(1000);
      assertThat(r.getLong(3)).isEqualTo(completed);
      // every patient has the baseline visit; dropouts lose the visits after they leave
      assertThat(r.getLong(1)).isBetween(1000 + 3 * completed, 4000L);
    }
    assertThat(summary.lines()).hasSize(2);
    assertThat(summary.lines().get(0)).startsWith("drug: n = ");
  }
}
