package org.limbic.workloads.stiff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The harness's output format only; speed is never asserted in unit tests. */
class StiffBenchmarkTest {

  @Test
  void formatsLikeCPrintfG() {
    assertThat(StiffBenchmark.formatG(1e-6)).isEqualTo("1e-06");
    assertThat(StiffBenchmark.formatG(1e-10)).isEqualTo("1e-10");
    assertThat(StiffBenchmark.formatG(2.5e-8)).isEqualTo("2.5e-08");
    assertThat(StiffBenchmark.formatG(0.001)).isEqualTo("0.001");
    assertThat(StiffBenchmark.formatG(0.0001)).isEqualTo("0.0001");
    assertThat(StiffBenchmark.formatG(1e5)).isEqualTo("100000");
    assertThat(StiffBenchmark.formatG(1e6)).isEqualTo("1e+06");
  }

  @Test
  void printsOneLineInCvodeBenchFormat() {
    String line = StiffBenchmark.run("rober", 1e-8, 1e-8, 1);
    assertThat(line).matches(
        "rober rtol=1e-08 atol=1e-08 steps=\\d+ rhs=\\d+ jac=\\d+ mescd=\\d+\\.\\d\\d median_us=\\d+\\.\\d");
  }
}
