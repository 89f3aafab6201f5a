package org.limbic.petab;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Boehm et al. 2014 (J Proteome Res 13:5685), the PEtab benchmark collection's problem: the profiles
 * of its 9 estimated parameters from the collection's nominal values (the published optimum, llh
 * -138.222). About 130 s on 2 threads, so in the conformance tier (CI) only. The nominal
 * k_exp_hetero (1.0007e-5) sits at its lower bound 1e-5 and k_imp_homo (9.77e4) near its upper
 * bound 1e5: the data bound them on one side only; the other seven are identifiable.
 */
@Tag("conformance")
class BoehmProfileTest {

  @Test
  void sevenOfBoehmsNineParametersAreIdentifiableAndTheTwoAtTheirBoundsAreOpenThere() {
    Path petab = PetabTestSuiteTest.findPetab();
    Assumptions.assumeTrue(petab != null, "PEtab material not found at ../shared/petab");
    PetabProblem problem = PetabProblem.read(petab.resolve("benchmark/Boehm_JProteomeRes2014/Boehm_JProteomeRes2014.yaml"));
    ProfileLikelihood profiles = new ProfileLikelihood(problem);
    double[] nominal = profiles.estimated().stream().mapToDouble(PetabParameter::nominalValue).toArray();
    List<ProfileLikelihood.Profile> result = profiles.run(nominal, 2, ProfileLikelihood.Settings.DEFAULTS);
    for (ProfileLikelihood.Profile p : result) {
      String id = p.parameter().id();
      switch (id) {
        case "k_exp_hetero" -> assertThat(p.open()).as(id).isEqualTo("lower");
        case "k_imp_homo" -> assertThat(p.open()).as(id).isEqualTo("upper");
        default -> assertThat(p.verdict()).as(id).isEqualTo(ProfileLikelihood.Verdict.IDENTIFIABLE);
      }
      // the nominal values are the optimum: no profile point may beat them by more than 1e-3
      assertThat(p.betterPoint()).as(id).isEmpty();
    }
    // Epo_degradation_BaF3, as limbic profile measured it from an 8-start fit: 95 % CI [0.01874, 0.03956]
    ProfileLikelihood.Profile epo = result.getFirst();
    assertThat(epo.ciLow()).isBetween(0.0180, 0.0195);
    assertThat(epo.ciHigh()).isBetween(0.0385, 0.0405);
  }
}
