package org.limbic.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code limbic bench}: a line to parse when it runs, exit code 2 with the usage hint when asked the impossible. */
class BenchCommandsTest {

  @Test
  void stiffPrintsOneLineInCvodeBenchFormat() {
    CommandOutput r = CommandOutput.of("bench", "stiff", "rober", "--reps", "1");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("rober rtol=1e-06 atol=1e-06 steps=");
  }

  @Test
  void compilePrintsALinePerNetworkSize() {
    CommandOutput r = CommandOutput.of("bench", "compile", "--reactions", "10,20", "--reps", "1");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out().lines()).hasSize(2).first().asString().startsWith("compile model=generated10 reactions=10 events=0 states=");
  }

  @Test
  void anUnknownStiffProblemIsBadInput() {
    CommandOutput r = CommandOutput.of("bench", "stiff", "oregonator", "--reps", "1");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("limbic bench stiff: unknown stiff problem 'oregonator'; known: hires, pollu, rober");
  }

  @Test
  void anUnknownStochasticMethodIsAUsageError() {
    CommandOutput r = CommandOutput.of("bench", "ssa", "--method", "gillespie");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("unknown --method 'gillespie'; known: ").contains("bench ssa --help shows the usage");
  }

  @Test
  void aScanOfFewerThanTenRunsIsAUsageError() {
    CommandOutput r = CommandOutput.of("bench", "scan", "--runs", "5");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("need --runs >= 10");
  }
}
