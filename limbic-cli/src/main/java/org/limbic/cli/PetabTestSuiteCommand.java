package org.limbic.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.limbic.petab.PetabTestSuite;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code limbic petab-test-suite DIR [--cases R]}: a line per case, then N passed, M failed, K skipped. */
@Command(name = "petab-test-suite", mixinStandardHelpOptions = true,
    description = "Run the PEtab test suite's cases (a directory of NNNN folders, e.g. cases/v1.0.0/sbml): llh, chi2 and"
        + " simulations against each case's solution. Exit 1 if any case fails.")
public final class PetabTestSuiteCommand implements Runnable {

  @Parameters(index = "0", paramLabel = "DIR", description = "e.g. ../shared/petab/test-suite/cases/v1.0.0/sbml")
  Path dir;

  @Option(names = "--cases", paramLabel = "RANGE", description = "cases to run: 1-10, 3,5 or a mix (default: all)")
  String cases;

  @Override
  public void run() {
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException(dir + " is not a directory; give the suite's cases/v1.0.0/sbml folder");
    }
    List<Path> all;
    try {
      all = PetabTestSuite.cases(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the cases in " + dir + ": " + e.getMessage(), e);
    }
    List<String> ids = SbmlTestSuiteCommand.select(all.stream().map(p -> p.getFileName().toString()).toList(), cases);
    List<PetabTestSuite.Result> results = PetabTestSuite.run(ids.stream().map(dir::resolve).toList(),
        r -> System.out.println(r.line()));
    long passed = results.stream().filter(r -> r.verdict() == PetabTestSuite.Verdict.PASS).count();
    long failed = results.stream().filter(r -> r.verdict() == PetabTestSuite.Verdict.FAIL).count();
    System.out.println(passed + " passed, " + failed + " failed, " + (results.size() - passed - failed) + " skipped");
    if (failed > 0) {
      throw new CommandFailedException(failed + " of " + results.size() + " PEtab cases failed");
    }
  }
}
