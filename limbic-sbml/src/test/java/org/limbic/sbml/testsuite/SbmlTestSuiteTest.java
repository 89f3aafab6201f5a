package org.limbic.sbml.testsuite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The SBML Test Suite's semantic cases (reference: sbmlteam/sbml-test-suite, see
 * ../shared/sbml-test-suite/SOURCE.md), each judged by the suite's own tolerance rule. Fails when
 * fewer cases pass than the baseline committed in sbml-test-suite-baseline.txt; raise the baseline
 * when the importer or the engine improves.
 */
class SbmlTestSuiteTest {

  @Test
  void semanticCasesPassAtLeastTheBaseline() throws IOException {
    Path suite = findSuite();
    Assumptions.assumeTrue(suite != null, "SBML Test Suite not found at ../shared/sbml-test-suite/semantic above "
        + Path.of("").toAbsolutePath() + "; skipping");
    int baseline = baseline();
    SbmlTestSuite runner = new SbmlTestSuite(suite);
    List<String> ids = runner.caseIds();
    TestSuiteSummary summary = runner.run(ids, Runtime.getRuntime().availableProcessors(), r -> {
      if (r.outcome() == CaseResult.Outcome.FAIL) {
        System.out.println(r.line());
      }
    });
    System.out.println("SBML Test Suite: " + summary.line() + " (baseline " + baseline + " passed)");
    assertThat(summary.count(CaseResult.Outcome.PASS)).as("cases passed (baseline %d)", baseline).isGreaterThanOrEqualTo(baseline);
  }

  /** Walks up from the working directory to a folder holding shared/sbml-test-suite/semantic (a sibling of the repository). */
  static Path findSuite() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      for (Path candidate : List.of(dir.resolve("shared/sbml-test-suite/semantic"), dir.resolve("../shared/sbml-test-suite/semantic"))) {
        if (Files.isDirectory(candidate)) {
          return candidate.normalize();
        }
      }
    }
    return null;
  }

  /** The committed baseline of semantic cases passed (sbml-test-suite-baseline.txt). */
  static int baseline() throws IOException {
    try (InputStream in = SbmlTestSuiteTest.class.getResourceAsStream("/sbml-test-suite-baseline.txt")) {
      assertThat(in).as("sbml-test-suite-baseline.txt on the test class path").isNotNull();
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return text.lines().map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#")).mapToInt(Integer::parseInt)
          .findFirst().orElseThrow();
    }
  }
}
