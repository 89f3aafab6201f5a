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

  /**
   * The analysis of the streamed trial is the one of the same trial held in memory (TrialRunner.run):
   * the same patients in the same order, so every number is equal, not close; and the tables read
   * back give the same numbers (written in full).
   */
  @Test
  void theStreamedAnalysisIsTheInMemoryOneAndItsTablesReadBackTheSame() {
    TrialDesign design = TrialRunnerTest.design(300, TrialDesign.Randomization.blocks(4), 0.05, 4);
    CohortTrial.Outcome o = CohortTrial.run(design, TrialRunnerTest.MODEL, 5, 2, false, tmp.resolve("out"), ProgressListener.NONE);
    TrialAnalysis inMemory = new TrialRunner(design, TrialRunnerTest.MODEL).run(5).analysis();
    assertThat(o.analysis()).isEqualTo(inMemory);
    assertThat(TrialTables.readAnalysis(tmp.resolve("out"))).isEqualTo(TrialTables.statistics("test", inMemory));
    assertThat(TrialTables.readAnalysis(tmp.resolve("out"))).extracting(TrialTables.Statistic::statistic).containsExactly(
        "ancova_difference", "hedges_g", "remission_arm", "remission_control", "remission_difference", "nnt");
    assertThat(TrialTables.readConsort(tmp.resolve("out"), o.consort().title())).isEqualTo(o.consort());
    TrialResult held = new TrialRunner(design, TrialRunnerTest.MODEL).run(5);
    assertThat(TrialFigures.trajectories("test", "score", "score (points)", TrialTables.readTrajectories(tmp.resolve("out"))))
        .usingRecursiveComparison().isEqualTo(TrialAnalysis.trajectories(held, "score", "points"));
    // the running mean is Tests.mean of the same values, bit for bit: drug at week 8, of those still in
    double[] week8 = held.arm("drug").stream().mapToDouble(p -> p.observed("score")[3]).filter(x -> !Double.isNaN(x)).toArray();
    VisitMeans.Row row = TrialTables.readTrajectories(tmp.resolve("out")).stream()
        .filter(r -> r.arm().equals("drug") && r.week() == 8).findFirst().orElseThrow();
    var mean = org.limbic.experiment.stats.Tests.mean(week8);
    assertThat(row.n()).isEqualTo(week8.length).isLessThan(150);
    assertThat(new double[] {row.mean(), row.lower(), row.upper()}).containsExactly(mean.value(), mean.lower(), mean.upper());
    assertThat(o.metrics()).extracting(m -> m.metric()).containsExactly("change score [drug]", "remission score [drug]",
        "change score [placebo]", "remission score [placebo]");
  }

  @Test
  void anArmWithTooFewAnalysedPatientsIsNamedAndNothingIsWritten() {
    TrialDesign tiny = TrialRunnerTest.design(3, TrialDesign.Randomization.simple(), 0, 4);
    assertThatThrownBy(() -> CohortTrial.run(tiny, TrialRunnerTest.MODEL, 1, 1, false, tmp.resolve("tiny"), ProgressListener.NONE))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("trial 'test': arm '")
        .hasMessageContaining("the analysis needs at least 2 per arm");
    assertThat(tmp.resolve("tiny")).doesNotExist();
  }
}
