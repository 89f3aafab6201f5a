package org.limbic.sbml.testsuite;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Counts of an SBML Test Suite run, overall and by component tag and test tag. */
public record TestSuiteSummary(List<CaseResult> results) {

  public TestSuiteSummary {
    results = List.copyOf(results);
  }

  public long count(CaseResult.Outcome outcome) {
    return results.stream().filter(r -> r.outcome() == outcome).count();
  }

  /** Exactly {@code N passed, M failed, K skipped}. */
  public String line() {
    return count(CaseResult.Outcome.PASS) + " passed, " + count(CaseResult.Outcome.FAIL) + " failed, "
        + count(CaseResult.Outcome.SKIP) + " skipped";
  }

  /** Passed, failed and skipped cases per component tag, then per test tag, as aligned text. */
  public String tagTable() {
    StringBuilder out = new StringBuilder();
    table(out, "component tag", true);
    out.append('\n');
    table(out, "test tag", false);
    return out.toString();
  }

  private void table(StringBuilder out, String title, boolean component) {
    Map<String, long[]> counts = new TreeMap<>();
    for (CaseResult r : results) {
      for (String tag : component ? r.componentTags() : r.testTags()) {
        counts.computeIfAbsent(tag, k -> new long[3])[r.outcome().ordinal()]++;
      }
    }
    out.append(String.format(Locale.ROOT, "%-30s %7s %7s %7s%n", title, "passed", "failed", "skipped"));
    counts.forEach((tag, c) -> out.append(String.format(Locale.ROOT, "%-30s %7d %7d %7d%n", tag, c[0], c[1], c[2])));
  }
}
