package org.limbic.experiment.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The harness and its output format; speed is never asserted in unit tests. */
class ScanBenchmarkTest {

  @Test
  void theScanIsARandomScanOfTheChainWithTwoMetrics() {
    assertThat(ScanBenchmark.scan(20).scan()).hasValueSatisfying(s -> assertThat(s.samples()).isEqualTo(20));
    assertThat(ScanBenchmark.scan(20).outputs().metrics()).hasSize(2);
    assertThat(ScanBenchmark.chain().reactions()).hasSize(2);
  }

  @Test
  void measuresEveryScanWithItsOwnProgressAndPrintsThreeLines() {
    List<String> opened = new ArrayList<>();
    List<String> closed = new ArrayList<>();
    ScanBenchmark.Result r = ScanBenchmark.inThisJvm(20, 1, 0, name -> {
      opened.add(name);
      return new ScanBenchmark.Progress() {
        @Override
        public void progress(long done, long total) {
        }

        @Override
        public void close() {
          closed.add(name);
        }
      };
    });
    // three warm-up scans, the timed repeats, then the two heap scans: each opened and closed
    assertThat(opened).hasSize(3 + ScanBenchmark.REPEATS + 2).containsSubsequence("warmup0", "t1-0", "heap-small", "heap-large");
    assertThat(closed).isEqualTo(opened);
    assertThat(r.median().rate()).isPositive();
    assertThat(r.median().simulateRate()).isGreaterThanOrEqualTo(r.median().rate());
    assertThat(r.large().peakUsedBytes()).isPositive();
    assertThat(r.lines()).hasSize(3);
    assertThat(r.lines().get(0)).matches("bench scan runs=20 threads=1 runs_per_s=\\d+ simulate_and_csv_runs_per_s=\\d+ \\(median of 5\\)");
    assertThat(r.lines().get(1)).matches("bench scan heap runs=2 peak_used=\\d+\\.\\dMB peak_live_after_gc=\\d+\\.\\dMB");
    assertThat(ForkedScanComparison.rates(String.join("\n", r.lines()))).isPresent();
  }

  @Test
  void tooFewRunsOrNoThreadsAreRefused() {
    assertThatThrownBy(() -> ScanBenchmark.inThisJvm(5, 1, name -> ScanBenchmark.Progress.NONE))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("need runs >= 10");
    assertThatThrownBy(() -> ScanBenchmark.inThisJvm(20, 0, name -> ScanBenchmark.Progress.NONE))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
