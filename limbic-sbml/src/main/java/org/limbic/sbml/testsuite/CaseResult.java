package org.limbic.sbml.testsuite;

import java.util.List;

/**
 * The outcome of one SBML Test Suite case.
 *
 * @param detail for a failure the first mismatch (or the error), for a skip the refusal reason; on a pass empty,
 *     or for a stochastic case the statistics it was judged by
 * @param nanos wall time of the case: reading, import, compilation, simulation and comparison
 */
public record CaseResult(String id, Outcome outcome, String detail, List<String> componentTags, List<String> testTags,
                         long nanos) {

  public enum Outcome { PASS, FAIL, SKIP }

  public CaseResult {
    componentTags = List.copyOf(componentTags);
    testTags = List.copyOf(testTags);
  }

  /** {@code 00001 pass} (with the statistics, if any), {@code 00002 fail: ...} or {@code 00003 skip: ...}. */
  public String line() {
    return switch (outcome) {
      case PASS -> id + " pass" + (detail.isEmpty() ? "" : ": " + detail);
      case FAIL -> id + " fail: " + detail;
      case SKIP -> id + " skip: " + detail;
    };
  }
}
