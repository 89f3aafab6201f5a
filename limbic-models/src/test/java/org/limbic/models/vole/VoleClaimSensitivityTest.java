package org.limbic.models.vole;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.limbic.experiment.sensitivity.Factor;
import org.limbic.experiment.sensitivity.ModelResponse;
import org.limbic.experiment.sensitivity.Morris;
import org.limbic.experiment.sensitivity.SensitivityIndex.Kind;
import org.limbic.experiment.sensitivity.SensitivityOptions;
import org.limbic.experiment.sensitivity.SensitivityResult;
import org.limbic.experiment.sensitivity.Sobol;

/**
 * Global sensitivity of a claim's measured value in the agent-based model: VOLE-1's mean wild-type
 * preference score after 24 h (12 females, one virtual study), as a function of multipliers on every
 * animal's drawn traits: OXTR density, OT release capacity and sociality, each uniform on [0.5, 1.5].
 * The vole constants are compile-time constants of the agents, so the traits (which the studies
 * already edit per animal) are the handle. One seed for every point (common random numbers): the
 * same animals, only the multipliers differ. Small designs for a slow model (Morris r = 6, 24
 * studies; Sobol N = 8, 40 studies; a study takes about 0.1 s): a ranking by mu* and ST, with wide
 * intervals; at N = 8 the first-order indices are not estimable.
 */
class VoleClaimSensitivityTest {

  private static final long SEED = 20261123;

  private static List<Factor> factors() {
    return List.of(Factor.uniform("oxtr_density_x", 0.5, 1.5), Factor.uniform("ot_capacity_x", 0.5, 1.5),
        Factor.uniform("sociality_x", 0.5, 1.5));
  }

  private static final ModelResponse PREFERENCE = ModelResponse.of("VOLE-1 WT preference (%)", x -> {
    var scores = VoleStudies.peerPreference(Genotype.WILD_TYPE, VoleStudies.DAY, SEED, 0,
        t -> new Traits(t.oxtrDensity() * x[0], t.otCapacity() * x[1], t.sociality() * x[2], t.aggressiveness()), 0);
    return java.util.Arrays.stream(VoleStudies.preference(scores)).average().orElseThrow();
  });

  @Test
  void morrisAndSobolOfVole1() {
    SensitivityOptions options = SensitivityOptions.defaults().withSeed(SEED).withThreads(2);
    long t0 = System.nanoTime();
    SensitivityResult morris = Morris.analyse(factors(), 6, PREFERENCE, options);
    long t1 = System.nanoTime();
    SensitivityResult sobol = Sobol.analyse(factors(), 8, PREFERENCE, options);
    long t2 = System.nanoTime();
    System.out.printf("VOLE-1 sensitivity: Morris %d runs in %.1f s, Sobol %d runs in %.1f s%n%s%s", morris.evaluations(),
        (t1 - t0) / 1e9, sobol.evaluations(), (t2 - t1) / 1e9, morris.table(), sobol.table());
    // the preference is learned through OXTR (alpha_ot x receptor signal): its density must matter
    assertThat(morris.index("oxtr_density_x", morris.outputs().getFirst(), Kind.MU_STAR).value()).isGreaterThan(0);
    assertThat(sobol.indices()).allSatisfy(i -> assertThat(i.value()).isFinite());
  }
}
