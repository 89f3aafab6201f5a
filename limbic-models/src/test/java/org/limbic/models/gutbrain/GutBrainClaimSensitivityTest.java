package org.limbic.models.gutbrain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.limbic.experiment.sensitivity.Factor;
import org.limbic.experiment.sensitivity.ModelResponse;
import org.limbic.experiment.sensitivity.Morris;
import org.limbic.experiment.sensitivity.SensitivityIndex.Kind;
import org.limbic.experiment.sensitivity.SensitivityOptions;
import org.limbic.experiment.sensitivity.SensitivityResult;
import org.limbic.experiment.sensitivity.Sobol;

/**
 * Global sensitivity of a claim's measured value: GUT-4's venous acetate peak after 10 g lactulose
 * (GutBrainClaims.lactulose) to the three parameters fitted to Pomare's peaks, each uniform on ±20 %
 * of its value. Morris r = 10 (40 runs), Sobol N = 32 (160 runs), about 10 ms a run: mu* and ST rank
 * the parameters; the first-order indices need a larger N (their intervals at 32 span [0, 1]).
 */
class GutBrainClaimSensitivityTest {

  private static final List<String> PARAMETERS = List.of("fermentation_vmax", "fermentation_km", "acetate_systemic");

  private static List<Factor> factors() {
    var model = new GutBrainModel().model();
    return PARAMETERS.stream().map(p -> {
      double v = model.parameterById(p).orElseThrow().value();
      return Factor.uniform(p, 0.8 * v, 1.2 * v);
    }).toList();
  }

  private static final ModelResponse PEAK = ModelResponse.of("GUT-4 acetate peak 10 g (uM)", x -> {
    Map<String, Double> overrides = new LinkedHashMap<>();
    for (int i = 0; i < x.length; i++) {
      overrides.put(PARAMETERS.get(i), x[i]);
    }
    return GutBrainClaims.lactulose(10, overrides).max("acetate_plasma");
  });

  @Test
  void morrisAndSobolOfGut4() {
    SensitivityOptions options = SensitivityOptions.defaults().withSeed(20261123).withThreads(2);
    long t0 = System.nanoTime();
    SensitivityResult morris = Morris.analyse(factors(), 10, PEAK, options);
    long t1 = System.nanoTime();
    SensitivityResult sobol = Sobol.analyse(factors(), 32, PEAK, options);
    long t2 = System.nanoTime();
    System.out.printf("GUT-4 sensitivity: Morris %d runs in %.1f s, Sobol %d runs in %.1f s%n%s%s", morris.evaluations(),
        (t1 - t0) / 1e9, sobol.evaluations(), (t2 - t1) / 1e9, morris.table(), sobol.table());
    // the peak is where fermentation meets systemic dilution: the fermentation ceiling must move it
    assertThat(morris.index("fermentation_vmax", morris.outputs().getFirst(), Kind.MU_STAR).value()).isGreaterThan(0);
    assertThat(sobol.indices()).allSatisfy(i -> assertThat(i.value()).isFinite());
  }
}
