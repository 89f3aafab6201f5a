package org.limbic.experiment.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rounds of child processes, here shell commands that print what a measuring child would. */
class ForkedScanComparisonTest {

  private static List<String> child(String script) {
    return List.of("/bin/sh", "-c", script);
  }

  /** A child for t threads printing t * 100 runs per second end to end and t * 60 until the CSV. */
  private static List<String> scaling(int t) {
    return child("echo 'bench scan runs=10 threads=" + t + " runs_per_s=" + 100 * t + " simulate_and_csv_runs_per_s=" + 60 * t
        + " (median of 5)'");
  }

  @Test
  void takesTheRatioWithinEachRoundThenTheMedianAndPassesEveryLineOn() {
    List<String> lines = new ArrayList<>();
    ForkedScanComparison.Result r = ForkedScanComparison.run(List.of(1, 2), 3, ForkedScanComparisonTest::scaling, lines::add);
    assertThat(r.rounds()).hasSize(3).allSatisfy(round -> assertThat(round.endToEnd()).isCloseTo(2, within(1e-12)));
    assertThat(r.medianSimulate()).isCloseTo(2, within(1e-12));
    assertThat(lines).hasSize(3 * 3);
    assertThat(lines.get(2)).isEqualTo("bench scan round=1 ratio threads=2/1 end_to_end=2.00 simulate_and_csv=2.00");
    assertThat(r.line()).isEqualTo("bench scan ratio threads=2/1 end_to_end=2.00 simulate_and_csv=2.00"
        + " (median of 3 alternating rounds; range 2.00-2.00)");
  }

  @Test
  void aFailingChildOrOneWithoutAMeasurementFailsTheComparison() {
    assertThatThrownBy(() -> ForkedScanComparison.run(List.of(1, 2), 1, t -> child("exit 3"), line -> { }))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("the measurement with 1 threads failed (exit code 3)");
    assertThatThrownBy(() -> ForkedScanComparison.run(List.of(1, 2), 1, t -> child("echo hello"), line -> { }))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("no measurement in the output for 1 threads");
  }

  @Test
  void theMedianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
    assertThat(ForkedScanComparison.median(List.of(3.0, 1.0, 2.0, 10.0))).isEqualTo(2.5);
  }
}
