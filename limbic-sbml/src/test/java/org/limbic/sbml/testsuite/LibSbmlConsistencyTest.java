package org.limbic.sbml.testsuite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.limbic.experiment.library.BuiltInModel;
import org.limbic.experiment.library.ModelLibrary;
import org.limbic.sbml.SbmlExporter;

/**
 * What the exporter writes passes libSBML's consistency checks (libSBML 5, an independent SBML
 * implementation; units checks off, see sbml-validate.py): every built-in model, and the passing
 * semantic suite cases (every one: SAMPLE_STRIDE 1; raise it to sample when time matters). Skipped with
 * a message when {@code /usr/bin/python3} cannot import libsbml (Debian: apt-get install -y python3-sbml5).
 * Conformance tier only ({@code @Tag("conformance")}, CI): it exports and validates some 1,800 files.
 */
@Tag("conformance")
class LibSbmlConsistencyTest {

  /** Debian's interpreter: a pyenv or venv python3 earlier on PATH does not see Debian's dist-packages. */
  private static final String PYTHON = Files.isExecutable(Path.of("/usr/bin/python3")) ? "/usr/bin/python3" : "python3";
  private static final int SAMPLE_STRIDE = 1;
  private static final int FILES_PER_RUN = 200;

  private static Path script;

  @BeforeAll
  static void requireLibSbml() throws IOException, InterruptedException, URISyntaxException {
    Process probe = new ProcessBuilder(PYTHON, "-c", "import libsbml").redirectErrorStream(true).start();
    probe.getInputStream().readAllBytes();
    boolean available = probe.waitFor(60, TimeUnit.SECONDS) && probe.exitValue() == 0;
    Assumptions.assumeTrue(available, PYTHON + " cannot import libsbml (Debian: apt-get install -y python3-sbml5);"
        + " skipping the libSBML consistency check of exported models");
    script = Path.of(LibSbmlConsistencyTest.class.getResource("/sbml-validate.py").toURI());
  }

  @Test
  void exportedBuiltInModelsAreConsistent(@TempDir Path dir) throws IOException, InterruptedException {
    List<Path> files = new ArrayList<>();
    for (BuiltInModel m : ModelLibrary.all()) {
      Path file = dir.resolve(m.id() + ".xml");
      SbmlExporter.write(m.model(), file);
      files.add(file);
    }
    String report = validate(files);
    System.out.println("libSBML check of exported built-in models: " + lastLine(report));
    assertThat(report).as("libSBML consistency problems").endsWith(files.size() + " files, 0 errors, 0 warnings");
  }

  @Test
  void exportedPassingSuiteCasesAreConsistent(@TempDir Path dir) throws Exception {
    Path suite = SbmlTestSuiteTest.findSuite();
    Assumptions.assumeTrue(suite != null, "SBML Test Suite not found at ../shared/sbml-test-suite/semantic; skipping");
    List<String> ids = new SbmlTestSuite(suite).caseIds();
    List<Path> files = new ArrayList<>();
    try (ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors())) {
      List<Future<Optional<Path>>> exported = new ArrayList<>();
      for (int i = 0; i < ids.size(); i += SAMPLE_STRIDE) {
        String id = ids.get(i);
        exported.add(pool.submit(() -> {
          Optional<SbmlRoundTripTest.PassingCase> c = SbmlRoundTripTest.PassingCase.load(suite, id);
          if (c.isEmpty()) {
            return Optional.empty();
          }
          Path file = dir.resolve(id + "-exported.xml");
          SbmlExporter.write(c.get().model(), file);
          return Optional.of(file);
        }));
      }
      for (Future<Optional<Path>> f : exported) {
        f.get().ifPresent(files::add);
      }
    }
    assertThat(files.size()).as("exported passing cases").isGreaterThanOrEqualTo(200);
    List<String> problems = new ArrayList<>();
    int warnings = 0;
    for (int from = 0; from < files.size(); from += FILES_PER_RUN) {
      String report = validate(files.subList(from, Math.min(files.size(), from + FILES_PER_RUN)));
      report.lines().filter(l -> l.contains(": Error ") || l.contains(": Fatal ")).forEach(problems::add);
      warnings += (int) report.lines().filter(l -> l.contains(": Warning ")).count();
    }
    problems.stream().limit(50).forEach(System.out::println);
    System.out.println("libSBML check of " + files.size() + " exported passing suite cases: " + problems.size() + " errors, "
        + warnings + " warnings");
    assertThat(problems).as("libSBML errors in exported suite cases").isEmpty();
  }

  /** Runs the script on {@code files}; returns its whole output (the last line is the summary). */
  private static String validate(List<Path> files) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(PYTHON, script.toString()));
    files.forEach(f -> command.add(f.toString()));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    assertThat(p.waitFor(10, TimeUnit.MINUTES)).as("sbml-validate.py finished").isTrue();
    assertThat(p.exitValue()).as("sbml-validate.py exit status; output:%n%s", output).isIn(0, 1);
    return output;
  }

  private static String lastLine(String text) {
    return text.lines().reduce((a, b) -> b).orElse("");
  }
}
