package org.limbic.petab;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Problems of the PEtab benchmark collection (../shared/petab/benchmark): the log-likelihood at the
 * nominal parameters against AMICI's reference (AMICI-dev/AMICI tests/benchmark_models, as
 * SOURCE.md gives them), within 1e-3, or 1e-6 relative where |llh| > 1000.
 */
class PetabBenchmarkTest {

  /** AMICI's reference log-likelihoods at the nominal parameters (measurements only, no priors). */
  static final Map<String, Double> REFERENCE = new LinkedHashMap<>();

  static {
    REFERENCE.put("Boehm_JProteomeRes2014", -138.22199693517703);
    REFERENCE.put("Fujita_SciSignal2010", 53.08377736998929);
    REFERENCE.put("Bachmann_MSB2011", 418.40573341425295);
    REFERENCE.put("Isensee_JCB2018", -3949.375966548649);
    REFERENCE.put("Smith_BMCSystBiol2013", -888198.436541014);
    REFERENCE.put("Chen_MSB2009", -115700.1192629893);
    REFERENCE.put("Schwen_PONE2014", -943.9992988598723);
    REFERENCE.put("Borghans_BiophysChem1997", 83.3237191357272);
    REFERENCE.put("Fiedler_BMCSystBiol2016", 58.58390161681);
    REFERENCE.put("Beer_MolBioSystems2014", 58622.9145631413);
  }

  /**
   * Problems not matched yet, each with the reason (-Dlimbic.petab.only=Chen runs it). Chen
   * (2026-12-03): our llh is -130591.753 at rtol 1e-6, 1e-8 and 1e-10 alike (converged to 3e-4);
   * the collection's own simulatedData file, put into the same measurement table's normal
   * likelihood, gives -130669.49; our simulations are within 1.1e-4 of that file's (median) and
   * 2.8e-3 at worst (AKT_PP, model1_data4, t = 1950). So we agree with the collection's
   * simulations, and AMICI's -115700.12 is not the llh of this version of the tables; not yet
   * traced which version it was computed on.
   */
  static final Map<String, String> NOT_YET = Map.of(
      "Chen_MSB2009", "llh -130591.75 against AMICI's -115700.12, but -130669.49 from the collection's own simulatedData;"
          + " 210 s an evaluation at rtol 1e-10");

  static double allowance(double reference) {
    return Math.abs(reference) > 1000 ? 1e-6 * Math.abs(reference) : 1e-3;
  }

  @Test
  void nominalLogLikelihoodsMatchAmici() {
    Path petab = PetabTestSuiteTest.findPetab();
    Assumptions.assumeTrue(petab != null, "PEtab material not found at ../shared/petab; skipping the benchmark problems");
    List<String> off = new ArrayList<>();
    String only = System.getProperty("limbic.petab.only", "");
    // a part of an id selects it ("Chen" as well as "Chen_MSB2009"); a selection that names none
    // fails instead of passing with nothing run
    assertThat(only.isEmpty() || REFERENCE.keySet().stream().anyMatch(id -> id.contains(only)))
        .as("-Dlimbic.petab.only=%s names none of %s", only, REFERENCE.keySet()).isTrue();
    for (Map.Entry<String, Double> e : REFERENCE.entrySet()) {
      String id = e.getKey();
      if (only.isEmpty() ? NOT_YET.containsKey(id) : !id.contains(only)) {
        if (only.isEmpty()) {
          System.out.println(id + ": not yet matched (" + NOT_YET.get(id) + ")");
        }
        continue;
      }
      long start = System.nanoTime();
      String line;
      try {
        Path dir = petab.resolve("benchmark").resolve(id);
        PetabProblem problem = PetabProblem.read(dir.resolve(id + ".yaml"));
        PetabObjective.Evaluation evaluation = new PetabObjective(problem).nominal();
        double llh = evaluation.llh();
        String simulations = compareSimulations(evaluation, dir.resolve("simulatedData_" + id + ".tsv"));
        if (!simulations.startsWith("simulations agree") && !simulations.startsWith("simulations not comparable")) {
          off.add(id + ": " + simulations);
        }
        double diff = llh - e.getValue();
        line = String.format(Locale.ROOT, "%s: llh %.10g, AMICI %.10g, difference %.3g (allowed %.3g), %.1f s; %s", id, llh,
            e.getValue(), diff, allowance(e.getValue()), (System.nanoTime() - start) / 1e9, simulations);
        if (!(Math.abs(diff) <= allowance(e.getValue()))) {
          off.add(line);
        }
      } catch (RuntimeException ex) {
        line = id + ": " + ex.getClass().getSimpleName() + ": " + ex.getMessage();
        off.add(line);
      }
      System.out.println(line);
    }
    assertThat(off).as("benchmark problems whose nominal llh differs from AMICI's").isEmpty();
  }

  /**
   * Raimundez (170 conditions with pre-equilibration) and Blasi (every measurement at t = inf,
   * post-equilibration) have no AMICI reference: only their simulations are compared.
   */
  @ParameterizedTest
  @ValueSource(strings = {"Raimundez_PCB2020", "Blasi_CellSystems2016"})
  void simulationsOfAProblemWithoutAReferenceMatchTheCollections(String id) {
    Path petab = PetabTestSuiteTest.findPetab();
    Assumptions.assumeTrue(petab != null, "PEtab material not found at ../shared/petab; skipping the benchmark problems");
    Path dir = petab.resolve("benchmark").resolve(id);
    PetabObjective.Evaluation e = new PetabObjective(PetabProblem.read(dir.resolve(id + ".yaml"))).nominal();
    String simulations = compareSimulations(e, dir.resolve("simulatedData_" + id + ".tsv"));
    System.out.printf(Locale.ROOT, "%s: llh %.10g (no reference); %s%n", id, e.llh(), simulations);
    assertThat(simulations).startsWith("simulations agree");
  }

  /** Relative 1e-3 of the simulated observable, or absolute 1e-3 times its observable's largest value where it is near 0. */
  static final double SIMULATION_TOLERANCE = 1e-3;

  /**
   * Our simulated observables against the collection's simulatedData file, matched by observable,
   * conditions and time (the file's rows are not always in the measurement table's order; Fujita's
   * file names its conditions as an older version of the problem did, so it cannot be matched).
   */
  static String compareSimulations(PetabObjective.Evaluation evaluation, Path file) {
    Tsv expected = Tsv.read(file, java.util.Set.of("observableId", "simulationConditionId", "time", "simulation"));
    Map<String, List<Double>> byKey = new java.util.HashMap<>();
    Map<String, Double> scale = new java.util.HashMap<>();
    java.util.Set<String> observables = new java.util.HashSet<>();
    evaluation.simulations().forEach(x -> observables.add(x.measurement().observableId()));
    for (Tsv.Row row : expected.rows) {
      double time = row.number("time");
      // Isensee's file writes the observable flattened with its overrides and conditions: OBS__...
      String observable = row.require("observableId");
      if (!observables.contains(observable) && observable.contains("__")) {
        observable = observable.substring(0, observable.indexOf("__"));
      }
      String key = key(observable, row.get("preequilibrationConditionId").orElse(""), row.require("simulationConditionId"), time);
      double value = row.number("simulation");
      byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
      scale.merge(observable, Math.abs(value), Math::max);
    }
    int matched = 0;
    double worst = 0;
    String worstAt = "";
    for (PetabObjective.Simulated s : evaluation.simulations()) {
      PetabMeasurement m = s.measurement();
      List<Double> candidates = byKey.get(key(m.observableId(), m.preequilibration(), m.condition(), m.time()));
      if (candidates == null) {
        continue;
      }
      matched++;
      double want = candidates.getFirst();
      double error = Double.POSITIVE_INFINITY;
      for (double c : candidates) { // rows that differ only in their overrides: the closest
        double e = Math.abs(s.simulation() - c) / Math.max(Math.abs(c), scale.get(m.observableId()) * 1e-3 + 1e-300);
        if (e < error) {
          error = e;
          want = c;
        }
      }
      if (!(error <= worst)) {
        worst = error;
        worstAt = m.observableId() + " in " + m.condition() + " at t = " + m.time() + ": " + s.simulation() + " vs " + want;
      }
    }
    java.util.Set<String> ours = new java.util.HashSet<>();
    evaluation.simulations().forEach(x -> ours.add(x.measurement().condition()));
    if (matched == 0 && expected.rows.stream().map(r -> r.require("simulationConditionId")).noneMatch(ours::contains)) {
      return "simulations not comparable: " + file.getFileName() + " names none of the problem's conditions (an older version"
          + " of the problem)";
    }
    if (matched < evaluation.simulations().size() / 2) {
      return "simulations: only " + matched + " of " + evaluation.simulations().size() + " measurements found in " + file.getFileName();
    }
    return (worst <= SIMULATION_TOLERANCE ? "simulations agree" : "simulations differ") + String.format(Locale.ROOT,
        " (%d of %d matched, largest relative difference %.2g%s)", matched, evaluation.simulations().size(), worst,
        worst <= SIMULATION_TOLERANCE ? "" : ", at " + worstAt);
  }

  /** Times to 8 significant digits: some files write them shorter than the measurement table. */
  private static String key(String observable, String pre, String condition, double time) {
    return observable + "|" + pre + "|" + condition + "|" + String.format(Locale.ROOT, "%.7e", time);
  }
}
