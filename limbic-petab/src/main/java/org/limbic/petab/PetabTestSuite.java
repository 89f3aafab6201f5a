package org.limbic.petab;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.limbic.io.InputFiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The PEtab test suite (PEtab-dev/petab_test_suite): each case folder NNNN has the problem
 * {@code _NNNN.yaml} and the expected solution {@code _NNNN_solution.yaml} (llh, chi2, simulated
 * observables, each with its tolerance). A case passes when all three agree within them: absolute
 * differences, as the suite's own evaluation compares them. A case this reader refuses is skipped
 * with the reason.
 */
public final class PetabTestSuite {

  /** One case's verdict. */
  public record Result(String id, Verdict verdict, String detail) {
    public String line() {
      return id + " " + verdict.name().toLowerCase(Locale.ROOT) + (detail.isEmpty() ? "" : ": " + detail);
    }
  }

  public enum Verdict { PASS, FAIL, SKIP }

  private PetabTestSuite() {
  }

  /** The case folders under {@code root} (e.g. cases/v1.0.0/sbml), sorted. */
  public static List<Path> cases(Path root) throws IOException {
    try (Stream<Path> s = Files.list(root)) {
      return s.filter(p -> p.getFileName().toString().matches("\\d{4}") && Files.isDirectory(p)).sorted().toList();
    }
  }

  /** Runs the cases, reporting each as it is done. */
  public static List<Result> run(List<Path> cases, Consumer<Result> onResult) {
    List<Result> results = new ArrayList<>();
    for (Path c : cases) {
      Result r = judge(c);
      onResult.accept(r);
      results.add(r);
    }
    return results;
  }

  static Result judge(Path dir) {
    String id = dir.getFileName().toString();
    PetabProblem problem;
    try {
      problem = PetabProblem.read(dir.resolve("_" + id + ".yaml"));
    } catch (PetabException e) {
      // a feature this reader refuses by design is a skip; any other refusal of a suite case is a failure
      return new Result(id, e.isUnsupported() ? Verdict.SKIP : Verdict.FAIL, e.getMessage());
    } catch (RuntimeException e) {
      return new Result(id, Verdict.FAIL, e.getClass().getSimpleName() + ": " + e.getMessage());
    }
    JsonNode solution = new YAMLMapper().readTree(InputFiles.read(dir.resolve("_" + id + "_solution.yaml"), "PEtab solution"));
    PetabObjective.Evaluation e;
    try {
      e = new PetabObjective(problem).nominal();
    } catch (RuntimeException ex) {
      return new Result(id, Verdict.FAIL, ex.getClass().getSimpleName() + ": " + ex.getMessage());
    }
    double llh = solution.path("llh").asDouble();
    double chi2 = solution.path("chi2").asDouble();
    double tolLlh = solution.path("tol_llh").asDouble();
    double tolChi2 = solution.path("tol_chi2").asDouble();
    double tolSim = solution.path("tol_simulations").asDouble();
    List<String> problems = new ArrayList<>();
    if (!(Math.abs(e.llh() - llh) <= tolLlh)) {
      problems.add(String.format(Locale.ROOT, "llh %.8g, expected %.8g", e.llh(), llh));
    }
    if (!(Math.abs(e.chi2() - chi2) <= tolChi2)) {
      problems.add(String.format(Locale.ROOT, "chi2 %.8g, expected %.8g", e.chi2(), chi2));
    }
    for (JsonNode f : solution.path("simulation_files")) {
      Tsv expected = Tsv.read(dir.resolve(f.asString()), Set.of("observableId", "simulationConditionId", "time", "simulation"));
      if (expected.rows.size() != e.simulations().size()) {
        problems.add("simulations: " + e.simulations().size() + " rows, expected " + expected.rows.size());
        continue;
      }
      for (int i = 0; i < expected.rows.size(); i++) {
        Tsv.Row row = expected.rows.get(i);
        PetabObjective.Simulated s = e.simulations().get(i);
        double want = row.number("simulation");
        if (!row.require("observableId").equals(s.measurement().observableId()) || !(Math.abs(s.simulation() - want) <= tolSim)) {
          problems.add(String.format(Locale.ROOT, "simulation row %d (%s at t = %s): %.8g, expected %.8g", i + 1,
              s.measurement().observableId(), s.measurement().time(), s.simulation(), want));
          break;
        }
      }
    }
    String measured = String.format(Locale.ROOT, "llh %.6f (expected %.6f), chi2 %.6f", e.llh(), llh, e.chi2());
    return problems.isEmpty() ? new Result(id, Verdict.PASS, measured) : new Result(id, Verdict.FAIL, String.join("; ", problems));
  }
}
