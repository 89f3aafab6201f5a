package org.limbic.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.limbic.sbml.testsuite.CaseResult;
import org.limbic.sbml.testsuite.SbmlStochasticSuite;
import org.limbic.sbml.testsuite.SbmlTestSuite;
import org.limbic.sbml.testsuite.TestSuiteSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code limbic sbml-test-suite DIR}: runs the SBML Test Suite's semantic cases and prints one line
 * per case, a table by component and test tag, and the closing {@code N passed, M failed, K skipped}.
 */
@Command(name = "sbml-test-suite", mixinStandardHelpOptions = true,
    description = "Run the SBML Test Suite's semantic cases (a directory of NNNNN folders) and compare with the expected results;"
        + " with --stochastic, its stochastic cases.")
public final class SbmlTestSuiteCommand implements Runnable {

  @Parameters(index = "0", paramLabel = "DIR", description = "the semantic cases directory, e.g. ../shared/sbml-test-suite/semantic")
  Path dir;

  @Option(names = "--cases", paramLabel = "RANGE", description = "cases to run: 1-100, 5,7,9 or a mix (default: all)")
  String cases;

  @Option(names = "--jobs", defaultValue = "0", description = "cases run in parallel (default: the number of processors)")
  int jobs;

  @Option(names = "--tags", description = "also print the table of passed/failed/skipped by component tag and test tag")
  boolean tags;

  @Option(names = "--quiet", description = "print only failing and skipped cases, not passes")
  boolean quiet;

  @Option(names = "--stochastic", description = "DIR holds the stochastic (DSMTS) cases: run 10,000 replicates each and judge"
      + " means and standard deviations by the suite's Z and Y statistics (--jobs threads per ensemble)")
  boolean stochastic;

  @Override
  public void run() {
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException(dir + " is not a directory; give the suite's cases/semantic folder");
    }
    SbmlTestSuite suite = new SbmlTestSuite(dir);
    SbmlStochasticSuite stochasticSuite = new SbmlStochasticSuite(dir);
    List<String> ids;
    try {
      ids = select(stochastic ? stochasticSuite.caseIds() : suite.caseIds(), cases);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the cases in " + dir + ": " + e.getMessage(), e);
    }
    int threads = jobs > 0 ? jobs : Runtime.getRuntime().availableProcessors();
    long start = System.nanoTime();
    java.util.function.Consumer<CaseResult> print = r -> {
      if (!quiet || r.outcome() != CaseResult.Outcome.PASS) {
        System.out.println(r.line());
      }
    };
    TestSuiteSummary summary = stochastic ? stochasticSuite.run(ids, threads, print) : suite.run(ids, threads, print);
    double seconds = (System.nanoTime() - start) / 1e9;
    if (tags) {
      System.out.println();
      System.out.print(summary.tagTable());
    }
    System.out.println();
    System.out.printf(Locale.ROOT, "%d cases in %.1f s on %d threads (%.1f ms per case)%n", ids.size(), seconds, threads,
        ids.isEmpty() ? 0.0 : summary.results().stream().mapToLong(CaseResult::nanos).sum() / 1e6 / ids.size());
    System.out.println(summary.line());
  }

  /** The ids among {@code all} that a range like {@code 1-100,205,300-310} names (all when null). */
  static List<String> select(List<String> all, String range) {
    if (range == null || range.isBlank()) {
      return all;
    }
    TreeSet<Integer> wanted = new TreeSet<>();
    for (String part : range.split(",")) {
      String p = part.trim();
      try {
        int dash = p.indexOf('-');
        if (dash > 0) {
          int from = Integer.parseInt(p.substring(0, dash).trim());
          int to = Integer.parseInt(p.substring(dash + 1).trim());
          for (int i = from; i <= to; i++) {
            wanted.add(i);
          }
        } else {
          wanted.add(Integer.parseInt(p));
        }
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("--cases: cannot read '" + p + "'; use ranges like 1-100 or lists like 5,7,9");
      }
    }
    List<String> ids = new ArrayList<>();
    for (String id : all) {
      if (wanted.contains(Integer.parseInt(id))) {
        ids.add(id);
      }
    }
    return ids;
  }
}
