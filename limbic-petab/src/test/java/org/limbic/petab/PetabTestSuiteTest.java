package org.limbic.petab;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The PEtab test suite's PEtab 1.0 cases (../shared/petab/test-suite/cases/v1.0.0/sbml): each must
 * pass (llh, chi2 and the simulations within the case's tolerances). Skipped, with a message,
 * without the shared material.
 */
class PetabTestSuiteTest {

  static Path findPetab() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      for (Path candidate : List.of(dir.resolve("shared/petab"), dir.resolve("../shared/petab"))) {
        if (Files.isDirectory(candidate)) {
          return candidate.normalize();
        }
      }
    }
    return null;
  }

  @Test
  void everyPetab1CasePasses() throws IOException {
    Path petab = findPetab();
    Assumptions.assumeTrue(petab != null, "PEtab material not found at ../shared/petab; skipping the PEtab test suite");
    List<PetabTestSuite.Result> results = PetabTestSuite.run(PetabTestSuite.cases(petab.resolve("test-suite/cases/v1.0.0/sbml")),
        r -> System.out.println(r.line()));
    long passed = results.stream().filter(r -> r.verdict() == PetabTestSuite.Verdict.PASS).count();
    System.out.println("PEtab test suite 1.0: " + passed + " passed, " + (results.size() - passed) + " not");
    assertThat(results).filteredOn(r -> r.verdict() != PetabTestSuite.Verdict.PASS).extracting(PetabTestSuite.Result::line)
        .as("PEtab 1.0 cases that do not pass").isEmpty();
  }

  /** PEtab 2.0 is not read yet: every case is refused at load with the reason, never answered with a number. */
  @Test
  void everyPetab2CaseIsRefusedWithTheReason() throws IOException {
    Path petab = findPetab();
    Assumptions.assumeTrue(petab != null, "PEtab material not found at ../shared/petab; skipping the PEtab test suite");
    List<PetabTestSuite.Result> results = PetabTestSuite.run(PetabTestSuite.cases(petab.resolve("test-suite/cases/v2.0.0/sbml")),
        r -> { });
    System.out.println("PEtab test suite 2.0: " + results.size() + " cases, all refused at load (PEtab 2.0 is not read yet)");
    assertThat(results).isNotEmpty().allSatisfy(r -> {
      assertThat(r.verdict()).isEqualTo(PetabTestSuite.Verdict.SKIP);
      assertThat(r.detail()).contains("PEtab 2.0 is not read yet");
    });
  }
}
