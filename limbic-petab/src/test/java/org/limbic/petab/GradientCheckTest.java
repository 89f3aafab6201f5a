package org.limbic.petab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The forward-sensitivity gradient against central finite differences ({@link GradientCheck}: every
 * component larger than 1e-6 ‖g‖ within 1e-4 relative, the bar), on the PEtab test suite's
 * 1.0 cases (observable and noise overrides, log transformations, pre-equilibration, conditions
 * setting initial values) and on the benchmark problems; the sensitivity runs at rtol 1e-10, atol
 * 1e-12, where their own error is far below the bar.
 */
class GradientCheckTest {

  private static final double RTOL = 1e-10;
  private static final double ATOL = 1e-12;

  @Test
  void everyPetab1CaseWithEstimatedParametersHasTheDifferencesGradient() throws IOException {
    Path petab = PetabTestSuiteTest.findPetab();
    Assumptions.assumeTrue(petab != null, "PEtab material not found at ../shared/petab; skipping the gradient checks");
    List<String> off = new ArrayList<>();
    int checked = 0;
    for (Path dir : PetabTestSuite.cases(petab.resolve("test-suite/cases/v1.0.0/sbml"))) {
      String id = dir.getFileName().toString();
      PetabProblem problem = PetabProblem.read(dir.resolve("_" + id + ".yaml"));
      GradientCheck.Result result = GradientCheck.at(problem, Map.of(), RTOL, ATOL);
      checked += (int) result.checked();
      if (!result.passes()) {
        off.add(id + ": worst relative error " + result.worst() + " " + result.components());
      }
    }
    System.out.println("gradient checks, PEtab test suite 1.0: " + checked + " components checked");
    assertThat(off).as("cases whose gradient differs from finite differences").isEmpty();
    assertThat(checked).as("components checked (a check of nothing tests nothing)").isGreaterThan(20);
  }

  /** The sensitivity run gives the same log-likelihood as the plain one, within both runs' tolerances (1e-6 relative). */
  @Test
  void theGradientsRunGivesTheSameLogLikelihood() {
    Path petab = PetabTestSuiteTest.findPetab();
    Assumptions.assumeTrue(petab != null, "PEtab material not found at ../shared/petab; skipping the gradient checks");
    PetabProblem problem = PetabProblem.read(petab.resolve("benchmark/Boehm_JProteomeRes2014/Boehm_JProteomeRes2014.yaml"));
    PetabObjective objective = new PetabObjective(problem, RTOL, ATOL);
    double plain = objective.nominal().llh();
    assertThat(objective.gradient(Map.of()).llh()).isCloseTo(plain, within(1e-6 * Math.abs(plain)));
  }

  /*
   * Not checked yet, with the reason: Bachmann (113 parameters, 7.5 s a gradient), Isensee (34 s a
   * gradient) and Raimundez not measured to the end; Smith has events (refused: sensitivities with
   * event jumps are not implemented); Chen's llh does not match AMICI's yet.
   */

  /** The small benchmark problems, in the default run (a few seconds each). */
  @ParameterizedTest
  @ValueSource(strings = {"Boehm_JProteomeRes2014", "Fiedler_BMCSystBiol2016", "Borghans_BiophysChem1997"})
  void smallBenchmarkProblems(String id) {
    check(id);
  }

  /** The larger ones, in CI's conformance run. */
  @Tag("conformance")
  @ParameterizedTest
  @ValueSource(strings = {"Fujita_SciSignal2010", "Schwen_PONE2014", "Beer_MolBioSystems2014", "Blasi_CellSystems2016"})
  void largerBenchmarkProblems(String id) {
    check(id);
  }

  private static void check(String id) {
    Path petab = PetabTestSuiteTest.findPetab();
    Assumptions.assumeTrue(petab != null, "PEtab material not found at ../shared/petab; skipping the gradient checks");
    Path yaml = petab.resolve("benchmark").resolve(id).resolve(id + ".yaml");
    Assumptions.assumeTrue(Files.exists(yaml), "no " + yaml);
    GradientCheck.Result result = GradientCheck.at(PetabProblem.read(yaml), Map.of(), RTOL, ATOL);
    System.out.printf(Locale.ROOT, "gradient check %s: %d of %d components checked, worst relative error %.2e%n", id,
        result.checked(), result.components().size(), result.worst());
    assertThat(result.worst()).as("worst relative error of %s: %s", id, result.components()).isLessThan(GradientCheck.RELATIVE);
  }
}
