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

  /** Runs the cases {@code ids} (all when null), printing each line but the distrib skips and the summary. */
  private static TestSuiteSummary run(List<String> ids) throws IOException {
    Path suite = findStochasticSuite();
    Assumptions.assumeTrue(suite != null, "SBML Test Suite stochastic cases not found at ../shared/sbml-test-suite/stochastic above "
        + Path.of("").toAbsolutePath() + "; skipping");
    long start = System.nanoTime();
    SbmlStochasticSuite runner = new SbmlStochasticSuite(suite);
    TestSuiteSummary summary = runner.run(ids == null ? runner.caseIds() : ids, Runtime.getRuntime().availableProcessors(), r -> {
      if (!r.detail().startsWith("test type StatisticalDistribution")) {
        System.out.println(r.line());
      }
    });
    System.out.printf(Locale.ROOT, "SBML Test Suite stochastic%s: %s (%.1f s)%n", ids == null ? "" : " sample " + ids, summary.line(),
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
