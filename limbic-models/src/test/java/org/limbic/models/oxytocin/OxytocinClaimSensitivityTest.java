package org.limbic.models.oxytocin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.limbic.experiment.run.ParameterScaling;
import org.limbic.experiment.sensitivity.Factor;
import org.limbic.experiment.sensitivity.ModelResponse;
import org.limbic.experiment.sensitivity.Morris;
import org.limbic.experiment.sensitivity.SensitivityIndex.Kind;
import org.limbic.experiment.sensitivity.SensitivityOptions;
import org.limbic.experiment.sensitivity.SensitivityResult;
import org.limbic.experiment.sensitivity.Sobol;

/**
 * Global sensitivity of a claim's measured value: OXT-1's acceleration of labor (dilation rate at
 * 8-10 cm over 3-5 cm, LaborClaims.acceleration) to four assumed parameters of the feedback loop,
 * each scaled by a factor uniform on [0.8, 1.2] (the robustness table's ±20 %, now all at once).
 * A labor takes about 0.1-0.3 s, so the designs are small (Morris r = 6, 30 labors; Sobol N = 8, 48
 * labors): Morris ranks the parameters; at N = 8 the total-order indices rank them too, but the
 * first-order ones are not estimable (their intervals span more than [0, 1]).
 */
class OxytocinClaimSensitivityTest {

  private static final List<String> PARAMETERS = List.of("k_drive", "w_stretch", "w_feedback", "ke0_myometrium");

  private static List<Factor> factors() {
    return PARAMETERS.stream().map(p -> Factor.uniform(p, 0.8, 1.2)).toList();
  }

  private static final ModelResponse RATE_RATIO = ModelResponse.of("OXT-1 dilation rate late/early", x -> {
    Map<String, Double> scale = new java.util.LinkedHashMap<>();
    for (int i = 0; i < x.length; i++) {
      scale.put(PARAMETERS.get(i), x[i]);
    }
    return LaborClaims.acceleration(new ParameterScaling(scale)).rateRatio();
  });

  @Test
  void morrisAndSobolOfOxt1() {
    SensitivityOptions options = SensitivityOptions.defaults().withSeed(20261123).withThreads(2);
    long t0 = System.nanoTime();
    SensitivityResult morris = Morris.analyse(factors(), 6, RATE_RATIO, options);
    long t1 = System.nanoTime();
    SensitivityResult sobol = Sobol.analyse(factors(), 8, RATE_RATIO, options);
    long t2 = System.nanoTime();
    System.out.printf("OXT-1 sensitivity: Morris %d runs in %.1f s, Sobol %d runs in %.1f s%n%s%s", morris.evaluations(),
        (t1 - t0) / 1e9, sobol.evaluations(), (t2 - t1) / 1e9, morris.table(), sobol.table());
    // labor accelerates through the feedback of stretch on release: its weight must move the ratio
    assertThat(morris.index("w_stretch", morris.outputs().getFirst(), Kind.MU_STAR).value()).isGreaterThan(0);
    assertThat(sobol.indices()).allSatisfy(i -> assertThat(i.value()).isFinite());
  }
}
