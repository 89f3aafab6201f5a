package org.limbic.sbml.testsuite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.limbic.compile.CompiledModel;
import org.limbic.compile.ModelCompiler;
import org.limbic.experiment.library.BuiltInModel;
import org.limbic.experiment.library.ModelLibrary;
import org.limbic.model.Model;
import org.limbic.sbml.SbmlExporter;
import org.limbic.sbml.SbmlImporter;
import org.limbic.simulation.SimulationOptions;
import org.limbic.simulation.SimulationResult;
import org.limbic.simulation.Simulator;

/**
 * Export then import gives a model that simulates to exactly the same numbers as the model itself:
 * every built-in model, and every SBML Test Suite semantic case that passes on direct import (in the
 * default tier a fixed sample of them, see {@link #SAMPLE_STRIDE}).
 * Tolerance: none. Every variable of the original model (species, compartments, parameters,
 * reaction rates) at every output time must agree to the last bit; the exporter keeps element
 * order and writes numbers so that they read back exactly, and the compiler and solvers are
 * deterministic, so any difference is a defect of the round trip.
 */
class SbmlRoundTripTest {

  /**
   * The default tier round-trips every 20th semantic case (00001, 00021, ...: about 90 cases spread
   * over every feature the suite adds in order), a few seconds; the conformance tier all of them.
   */
  private static final int SAMPLE_STRIDE = 20;

  @Test
  void builtInModelsSimulateIdenticallyAfterExportAndImport() throws IOException {
    List<BuiltInModel> models = ModelLibrary.all();
    assertThat(models).as("built-in models on the test class path").isNotEmpty();
    for (BuiltInModel builtIn : models) {
      Model model = builtIn.model();
      Model back = SbmlImporter.fromXml(SbmlExporter.write(model), builtIn.id() + " exported");
      double[] times = Simulator.evenlySpaced(0, 100, 201);
      assertThat(difference(model, back, times, SimulationOptions.DEFAULTS)).as(builtIn.id()).isEmpty();
    }
    System.out.println("Round trip: " + models.size() + " built-in models simulate identically after export and import");
  }

  @Test
  void sampledPassingSuiteCasesSimulateIdenticallyAfterExportAndImport() throws Exception {
    assertThat(roundTrips(SAMPLE_STRIDE)).as("sampled passing suite cases").isGreaterThanOrEqualTo(80);
  }

  @Test
  @Tag("conformance")
  void passingSuiteCasesSimulateIdenticallyAfterExportAndImport() throws Exception {
    assertThat(roundTrips(1)).as("passing suite cases").isGreaterThanOrEqualTo(SbmlTestSuiteTest.baseline());
  }

  /**
   * Round-trips every {@code stride}-th semantic case from the first, asserting that none changes its
   * simulation; returns how many of them pass on direct import (the others have nothing to compare).
   */
  private static int roundTrips(int stride) throws Exception {
    Path suite = SbmlTestSuiteTest.findSuite();
    Assumptions.assumeTrue(suite != null, "SBML Test Suite not found at ../shared/sbml-test-suite/semantic above "
        + Path.of("").toAbsolutePath() + "; skipping the round trip of its cases");
    long start = System.nanoTime();
    List<String> all = new SbmlTestSuite(suite).caseIds();
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < all.size(); i += stride) {
      ids.add(all.get(i));
    }
    List<String> differences = new ArrayList<>();
    int passing = 0;
    try (ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors())) {
      List<Future<Optional<String>>> results = new ArrayList<>();
      for (String id : ids) {
        results.add(pool.submit(() -> roundTrip(suite, id)));
      }
      for (int i = 0; i < ids.size(); i++) {
        Optional<String> outcome = results.get(i).get();
        if (outcome.isPresent()) {
          passing++;
          if (!outcome.get().isEmpty()) {
            differences.add(ids.get(i) + ": " + outcome.get());
          }
        }
      }
    }
    differences.forEach(System.out::println);
    String sample = stride == 1 ? "all " + all.size() + " cases" : "every " + stride + "th of " + all.size() + " cases";
    System.out.printf(Locale.ROOT, "Round trip: %d of %d passing suite cases (%s) simulate identically after export and import (%.1f s)%n",
        passing - differences.size(), passing, sample, (System.nanoTime() - start) / 1e9);
    assertThat(differences).as("cases whose export-import round trip changes the simulation").isEmpty();
    return passing;
  }

  /**
   * Empty when case {@code id} does not pass on direct import (nothing to compare); else "" when the
   * round trip simulates identically, or the first difference.
   */
  static Optional<String> roundTrip(Path suite, String id) throws IOException {
    Optional<PassingCase> passing = PassingCase.load(suite, id);
    if (passing.isEmpty()) {
      return Optional.empty();
    }
    PassingCase c = passing.get();
    Model back;
    try {
      back = SbmlImporter.fromXml(SbmlExporter.write(c.model()), id + " exported");
    } catch (RuntimeException e) {
      return Optional.of("re-import failed: " + e);
    }
    try {
      return Optional.of(difference(c.model(), back, c.settings().outputTimes(), SbmlTestSuite.options(c.settings())).orElse(""));
    } catch (RuntimeException e) {
      return Optional.of("simulating the re-imported model failed: " + e);
    }
  }

  /** The first variable and time at which the two models' simulations differ in any bit, if any. */
  static Optional<String> difference(Model original, Model back, double[] times, SimulationOptions options) {
    CompiledModel a = ModelCompiler.compile(original);
    CompiledModel b = ModelCompiler.compile(back);
    Simulator simulator = new Simulator(a, options);
    List<String> variables = simulator.allVariables();
    SimulationResult expected = simulator.run(a.newParameters(), times, variables);
    SimulationResult actual = new Simulator(b, options).run(b.newParameters(), times, variables);
    if (expected.times().length != actual.times().length) {
      return Optional.of(expected.times().length + " output rows, after the round trip " + actual.times().length);
    }
    for (int i = 0; i < expected.times().length; i++) {
      for (int v = 0; v < variables.size(); v++) {
        double want = expected.values()[i][v];
        double got = actual.values()[i][v];
        if (Double.doubleToLongBits(want) != Double.doubleToLongBits(got)) {
          return Optional.of(String.format(Locale.ROOT, "%s at t = %s: %s directly, %s after the round trip",
              variables.get(v), expected.times()[i], want, got));
        }
      }
    }
    return Optional.empty();
  }

  /** A semantic case that passes on direct import, with its imported model and settings. */
  record PassingCase(String id, Model model, CaseSettings settings) {

    static Optional<PassingCase> load(Path suite, String id) throws IOException {
      CaseLoop.Case c = new CaseLoop.Case(id, suite.resolve(id));
      Optional<Path> file = c.model();
      if (file.isEmpty() || !CaseDescription.read(c.description()).testType().equals("TimeCourse")) {
        return Optional.empty();
      }
      CaseSettings settings = CaseSettings.read(c.settings());
      try {
        Model model = SbmlImporter.read(file.get());
        double[][] actual = SbmlTestSuite.simulate(model, settings);
        if (SbmlTestSuite.compare(settings, ExpectedResults.read(c.results()), actual) != null) {
          return Optional.empty();
        }
        return Optional.of(new PassingCase(id, model, settings));
      } catch (RuntimeException | IOException e) {
        return Optional.empty(); // refused or failing on direct import: not a passing case
      }
    }
  }
}
