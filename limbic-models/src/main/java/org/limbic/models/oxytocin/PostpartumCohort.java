package org.limbic.models.oxytocin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.limbic.model.Model;
import org.limbic.simulation.SimulationResult;
import org.limbic.experiment.run.ParameterScaling;

/**
 * A virtual cohort of mothers in the first three hours after a vaginal birth (OXT-6), each run under
 * the three kinds of care Saxton et al. 2015 compared. Every mother is simulated in every arm (a
 * counterfactual design: the arms differ only in care, not in who received it).
 *
 * <p>Mothers differ in four ways, each a log-normal factor on a model parameter (median 1):
 * <ul>
 *   <li>uterine responsiveness, {@code oxtr_fold} (σ {@value #SIGMA_OXTR}; assumed: term myometrial
 *       OXTR concentrations vary several-fold between women, Fuchs et al. 1984);</li>
 *   <li>baseline atony risk, the placental-bed bleeding {@code bleed_rate} (σ {@value #SIGMA_BLEED};
 *       assumed: blood loss after vaginal birth is right-skewed with a coefficient of variation of
 *       about 0.5, which this spread reproduces in the 'neither' arm);</li>
 *   <li>third-stage speed, {@code separation_per_activity} (σ {@value #SIGMA_SEPARATION}; assumed:
 *       the third stage lasts 5-30 min in most births);</li>
 *   <li>the newborn's activity on the breast, {@code w_breast_massage} (σ {@value #SIGMA_NEWBORN};
 *       assumed: hand and mouth movements vary widely between newborns, Matthiesen et al. 2001).</li>
 * </ul>
 * Each mother's factors come from her own {@link SplittableRandom}, split from the seed in order
 * before any run, so results do not depend on the number of threads.
 */
final class PostpartumCohort {

  static final double SIGMA_OXTR = 0.3;
  static final double SIGMA_BLEED = 0.4;
  static final double SIGMA_SEPARATION = 0.3;
  static final double SIGMA_NEWBORN = 0.5;

  /** The care in the first 30 min, with the scenario that simulates it. */
  enum Arm {
    NEITHER("neither", "first-hours-neither"),
    SKIN_TO_SKIN("skin-to-skin only", "first-hours-skin-to-skin"),
    BOTH("skin-to-skin and breastfeeding", "first-hours-skin-to-skin-and-breastfeeding");

    final String label;
    final String scenario;

    Arm(String label, String scenario) {
      this.label = label;
      this.scenario = scenario;
    }
  }

  /** One mother's factors (median 1) on the published parameter values. */
  record Mother(double oxtr, double bleed, double separation, double newborn) {

    Map<String, Double> overrides(Model model) {
      return Map.of(
          "oxtr_fold", oxtr * value(model, "oxtr_fold"),
          "bleed_rate", bleed * value(model, "bleed_rate"),
          "separation_per_activity", separation * value(model, "separation_per_activity"),
          "w_breast_massage", newborn * value(model, "w_breast_massage"));
    }

    private static double value(Model model, String id) {
      return model.parameterById(id).orElseThrow(() -> new IllegalStateException("oxytocin model lacks '" + id + "'")).value();
    }
  }

  /** One arm's runs, in mother order. */
  record ArmResult(Arm arm, List<SimulationResult> runs) {

    double[] finalValues(String variable) {
      return runs.stream().mapToDouble(r -> r.last(variable)).toArray();
    }
  }

  private PostpartumCohort() {
  }

  static List<Mother> draw(long seed, int size) {
    if (size < 1) {
      throw new IllegalArgumentException("cohort size must be >= 1, got " + size);
    }
    SplittableRandom root = new SplittableRandom(seed);
    List<Mother> mothers = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      SplittableRandom r = root.split();
      mothers.add(new Mother(Math.exp(SIGMA_OXTR * r.nextGaussian()), Math.exp(SIGMA_BLEED * r.nextGaussian()),
          Math.exp(SIGMA_SEPARATION * r.nextGaussian()), Math.exp(SIGMA_NEWBORN * r.nextGaussian())));
    }
    return List.copyOf(mothers);
  }

  /** Simulates every mother in {@code arm} (in parallel; each run is independent and results keep mother order). */
  static ArmResult run(Arm arm, List<Mother> mothers, ParameterScaling scaling) {
    Model model = new OxytocinModel().model();
    List<SimulationResult> runs = IntStream.range(0, mothers.size()).parallel()
        .mapToObj(i -> ScenarioRun.scenario(arm.scenario, mothers.get(i).overrides(model), scaling))
        .toList();
    return new ArmResult(arm, runs);
  }
}
