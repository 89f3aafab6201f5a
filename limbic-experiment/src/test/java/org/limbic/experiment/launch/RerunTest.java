package org.limbic.experiment.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.limbic.experiment.file.ModelResolver;
import org.limbic.experiment.results.RunSummary;
import org.limbic.experiment.run.RunOptions;
import org.limbic.model.ModelException;

class RerunTest {

  @TempDir
  Path tmp;

  private Path catalog;
  private RunSummary first;

  private void record() throws Exception {
    catalog = tmp.resolve("catalog.duckdb");
    first = RecordedExperiment.run(RecordedExperimentTest.source(tmp), tmp.resolve("first"), RunOptions.defaults().withThreads(1),
        catalog);
  }

  @Test
  void aReRunOnAnotherThreadCountIsIdenticalValueForValue() throws Exception {
    record();
    Rerun.Outcome o = Rerun.of(first.runId(), catalog, tmp.resolve("again"), RunOptions.defaults().withThreads(2),
        RecordedExperimentTest.MODELS);
    assertThat(o.sameModel()).isTrue();
    assertThat(o.again().runId()).isNotEqualTo(first.runId());
    assertThat(o.again().seed()).isEqualTo(5);
    assertThat(o.comparison()).hasValueSatisfying(c -> {
      assertThat(c.identical()).isTrue();
      assertThat(c.rows()).isEqualTo(List.of(12L * 11, 12L, 12L, 0L));
    });
  }

  @Test
  void withTheRecordedResultsGoneThereIsNothingToCompare() throws Exception {
    record();
    try (Stream<Path> files = Files.walk(tmp.resolve("first"))) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
    Rerun.Outcome o = Rerun.of(first.runId(), catalog, tmp.resolve("again"), RunOptions.defaults().withThreads(1),
        RecordedExperimentTest.MODELS);
    assertThat(o.comparison()).isEmpty();
    assertThat(tmp.resolve("again/metrics.csv")).exists();
  }

  @Test
  void anUnknownRunOrARecordedExperimentThatNoLongerReadsIsBadInput() throws Exception {
    record();
    assertThatThrownBy(() -> Rerun.of("no-such-run", catalog, tmp.resolve("x"), RunOptions.defaults(), RecordedExperimentTest.MODELS))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no run 'no-such-run'");
    ModelResolver gone = ref -> {
      throw new ModelException("chain", "no built-in model of that name");
    };
    assertThatThrownBy(() -> Rerun.of(first.runId(), catalog, tmp.resolve("x"), RunOptions.defaults(), gone))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("the recorded experiment of " + first.runId() + " no longer reads");
    assertThat(tmp.resolve("x")).doesNotExist();
  }
}
