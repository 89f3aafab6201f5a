package org.limbic.workloads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The harness's output format only; speed is never asserted in unit tests. */
class CompileBenchmarkTest {

  @Test
  void measuresANetworkAndPrintsOneLine() {
    CompileBenchmark.Result r = CompileBenchmark.run(20, 3);
    assertThat(r.reactions()).isEqualTo(20);
    assertThat(r.states()).isPositive();
    assertThat(r.minMillis()).isLessThanOrEqualTo(r.medianMillis());
    assertThat(r.line()).matches("compile model=generated20 reactions=20 events=0 states=\\d+ jacobian_entries=\\d+ median_ms=\\d+\\.\\d min_ms=\\d+\\.\\d");
  }

  @Test
  void needsATimedCompilation() {
    assertThatThrownBy(() -> CompileBenchmark.run(20, 0)).isInstanceOf(IllegalArgumentException.class);
  }
}
