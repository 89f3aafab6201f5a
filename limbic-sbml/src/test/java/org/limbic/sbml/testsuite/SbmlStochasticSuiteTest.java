package org.limbic.sbml.testsuite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The SBML Test Suite's stochastic (DSMTS) time-course cases, 10,000 replicates each, judged by the
 * suite's Z and Y statistics with the per-case rule of {@link SbmlStochasticSuite}. Every case that
 * runs must pass; skips (events, rate rules, distrib, outputs that are not species) are listed.
 *
 * <p>Tiers: the default tier runs {@link #SAMPLE}, one case of each kind of model (a few seconds);
 * the conformance tier ({@code @Tag("conformance")}, CI) runs every case.
 */
class SbmlStochasticSuiteTest {

  /**
   * The default tier's fixed sample, one case of each kind of DSMTS model (the cases' model.m):
   * 00001 birth-death, 00020 immigration-death, 00028 immigration-death with an event halfway,
   * 00030 dimerisation (two species, non-unit stoichiometry), 00037 batch immigration (immigration
   * stoichiometry other than 1).
   */
  static final List<String> SAMPLE = List.of("00001", "00020", "00028", "00030", "00037");

  @Test
  void oneCaseOfEachDsmtsModelPassesTheSuitesStatistics() throws IOException {
    TestSuiteSummary summary = run(SAMPLE);
    assertThat(summary.results().stream().filter(r -> r.outcome() != CaseResult.Outcome.PASS).map(CaseResult::line))
        .as("sampled stochastic cases that do not pass").isEmpty();
  }

  @Test
  @Tag("conformance")
  void dsmtsTimeCoursesPassTheSuitesStatistics() throws IOException {
    TestSuiteSummary summary = run(null);
    assertThat(summary.results().stream().filter(r -> r.outcome() == CaseResult.Outcome.FAIL).map(CaseResult::line))
        .as("failing stochastic cases").isEmpty();
    assertThat(summary.count(CaseResult.Outcome.PASS)).as("stochastic cases passed").isGreaterThanOrEqualTo(30);
  }

  /**
   * Issue #14 item 2: tau-leaping in the DSMTS, whose statistics at 10,000 replicates see a bias of
   * 3 % of a standard deviation. Tau-leaping is first-order: its mean and variance are off by O(tau)
   * (Cao, Gillespie and Petzold 2006 choose tau so that each propensity changes by at most 3 %).
   * The allowance, measured: 37 of the 39 cases pass; 00023 (immigration-death, 1000 arrivals per
   * unit time) fails Z at 47 of 51 points by up to 19 (a mean 0.23 % high: 16 of 6,988 molecules at
   * t = 12), and 00003 (birth-death, ten times faster than 00001) fails Y at 5 of 51 points (a
   * variance low at late times). Any other failure, or fewer passes, is a regression.
   */
  @Test
  @Tag("conformance")
  void tauLeapingPassesTheDsmtsButForTwoCasesWhereItsFirstOrderBiasShows() throws IOException {
    TestSuiteSummary summary = run(null, "tau-leap");
    assertThat(summary.results().stream().filter(r -> r.outcome() == CaseResult.Outcome.FAIL).map(CaseResult::id))
        .as("cases tau-leaping fails").isSubsetOf("00003", "00023");
    assertThat(summary.count(CaseResult.Outcome.PASS)).as("cases tau-leaping passes").isGreaterThanOrEqualTo(37);
  }

  /** Runs the cases {@code ids} (all when null), printing each line but the distrib skips and the summary. */
  private static TestSuiteSummary run(List<String> ids) throws IOException {
    return run(ids, SbmlStochasticSuite.METHOD);
  }

  private static TestSuiteSummary run(List<String> ids, String method) throws IOException {
    Path suite = findStochasticSuite();
    Assumptions.assumeTrue(suite != null, "SBML Test Suite stochastic cases not found at ../shared/sbml-test-suite/stochastic above "
        + Path.of("").toAbsolutePath() + "; skipping");
    long start = System.nanoTime();
    SbmlStochasticSuite runner = new SbmlStochasticSuite(suite, method);
    TestSuiteSummary summary = runner.run(ids == null ? runner.caseIds() : ids, Runtime.getRuntime().availableProcessors(), r -> {
      if (!r.detail().startsWith("test type StatisticalDistribution")) {
        System.out.println(r.line());
      }
    });
    System.out.printf(Locale.ROOT, "SBML Test Suite stochastic (%s)%s: %s (%.1f s)%n", method, ids == null ? "" : " sample " + ids,
        summary.line(),
        (System.nanoTime() - start) / 1e9);
    return summary;
  }

  @Test
  void chanceAllowsAFewViolationsOnLongTimeCourses() {
    // P(Bin(51, 0.0027) > k) <= 1e-4: k = 3 (expected violations 0.14); for 303 points (3 species x 101 times) k = 6.
    assertThat(SbmlStochasticSuite.allowedViolations(51, 0.0027, 1e-4)).isEqualTo(3);
    assertThat(SbmlStochasticSuite.allowedViolations(303, 0.0027, 1e-4)).isEqualTo(6);
    assertThat(SbmlStochasticSuite.allowedViolations(1, 0.0027, 1e-4)).isEqualTo(1);
  }

  private static Path findStochasticSuite() {
    Path semantic = SbmlTestSuiteTest.findSuite();
    if (semantic != null && Files.isDirectory(semantic.resolveSibling("stochastic"))) {
      return semantic.resolveSibling("stochastic");
    }
    return null;
  }
}
