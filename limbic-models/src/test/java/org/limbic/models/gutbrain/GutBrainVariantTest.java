package org.limbic.models.gutbrain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;
import static org.limbic.models.gutbrain.PatientDynamics.*;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.limbic.compile.CompiledModel;
import org.limbic.compile.ModelCompiler;
import org.limbic.experiment.spec.TreatmentComponent;
import org.limbic.experiment.trial.Treatment;
import org.limbic.experiment.trial.VirtualPatient;
import org.limbic.simulation.SimulationOptions;
import org.limbic.simulation.SimulationResult;
import org.limbic.simulation.Simulator;

/** The overrides the gut–brain removal tests run on (GutBrainVariant, Removals). */
class GutBrainVariantTest {

  /** A depressed person on an SSRI taking a vagal strain, 8 weeks: depression in the ODE and in the patient form. */
  private static double[] depressionAfterEightWeeks(Map<String, Double> overrides) {
    CompiledModel compiled = ModelCompiler.compile(new GutBrainModel().model());
    double[] p = compiled.newParameters();
    Map<String, Double> inputs = Map.of("cfu_per_day", 8e9, "ssri", 1.0, "in_trial", 1.0, "vagal_strain", 1.0,
        "depression_core", 22.0, "plasticity", 0.3, "inflammatory_drive", 1.5);
    inputs.forEach((k, v) -> p[compiled.parameterIndex(k)] = v);
    overrides.forEach((k, v) -> p[compiled.parameterIndex(k)] = v);
    Simulator simulator = new Simulator(compiled, SimulationOptions.DEFAULTS.withTolerances(1e-7, 1e-9));
    SimulationResult ode = simulator.run(p, new double[] {0, 56}, simulator.allVariables());

    GutBrainVariant variant = GutBrainVariant.of(overrides);
    double[] traits = PatientTraits.ALL.stream().mapToDouble(PatientTraits.Trait::reference).toArray();
    traits[PatientTraits.DEPRESSION_CORE] = 22;
    traits[PatientTraits.PLASTICITY] = 0.3;
    traits[PatientTraits.INFLAMMATORY_DRIVE] = 1.5;
    double[] in = GutBrainPatients.baselineInputs(traits);
    in[CFU_PER_DAY] = 8e9;
    in[SSRI_ON] = 1;
    in[IN_TRIAL] = 1;
    in[VAGAL_STRAIN] = 1;
    double[] y = new double[STATES];
    double[] s = new double[SIGNALS];
    start(traits, y);
    for (int i = 0; i < 112; i++) {
      step(variant, traits, in, y, 0.5, s);
    }
    return new double[] {ode.last("depression"), y[DEPRESSION]};
  }

  @Test
  void aParameterOverrideMeansTheSameInThePatientFormAsInTheOdeModel() {
    double[] standard = depressionAfterEightWeeks(Map.of());
    double[] cut = depressionAfterEightWeeks(Map.of("w_il6", 0.0, "vagal_probiotic", 0.0));
    // both forms agree within 0.5 points (the Euler error bound of PatientDynamicsTest), with and without the terms
    assertThat(standard[1]).isCloseTo(standard[0], offset(0.5));
    assertThat(cut[1]).isCloseTo(cut[0], offset(0.5));
    // and the override is felt: without the vagal strain's signal and IL-6's weight the fall is > 1 point smaller
    assertThat(cut[1] - standard[1]).isGreaterThan(1);
  }

  @Test
  void aTraitOverrideFixesThatTraitInEveryPatientAndLeavesTheOthersAsDrawn() {
    GutBrainPatients fixed = GutBrainVariant.of(Map.of("plasticity", 2.5)).patients();
    GutBrainPatients standard = GutBrainVariant.DEFAULT.patients();
    for (long id = 0; id < 20; id++) {
      VirtualPatient a = standard.draw("mdd", id, new SplittableRandom(id));
      VirtualPatient b = fixed.draw("mdd", id, new SplittableRandom(id));
      assertThat(b.parameters().get("plasticity")).isEqualTo(2.5);
      assertThat(b.parameters().get("inflammatory_drive")).isEqualTo(a.parameters().get("inflammatory_drive"));
      assertThat(b.parameters().get("depression_core")).isEqualTo(a.parameters().get("depression_core"));
    }
  }

  @Test
  void aNoiseOverrideMeasuresWithoutThatNoise() {
    GutBrainPatients exact = GutBrainVariant.of(Map.of("cv_IL6", 0.0)).patients();
    VirtualPatient p = exact.draw("mdd", 1, new SplittableRandom(1));
    Treatment t = new Treatment("probiotic", List.of(new TreatmentComponent("probiotic", Map.of(), 0, 8, 1)));
    double[] weeks = {0, 4, 8};
    double[] once = exact.follow(p, t, weeks, new SplittableRandom(2)).endpoint("IL6");
    double[] again = exact.follow(p, t, weeks, new SplittableRandom(3)).endpoint("IL6");
    assertThat(again).containsExactly(once); // two measurement streams, one true IL-6
    double[] noisy = GutBrainVariant.DEFAULT.patients().follow(p, t, weeks, new SplittableRandom(3)).endpoint("IL6");
    assertThat(noisy).isNotEqualTo(once);
  }

  @Test
  void unknownOrNonFiniteOverridesAreRefusedWhenTheVariantIsMade() {
    assertThatThrownBy(() -> GutBrainVariant.of(Map.of("plastcity_ssri", 0.0)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'plastcity_ssri'").hasMessageContaining("plasticity_ssri");
    assertThatThrownBy(() -> GutBrainVariant.of(Map.of("w_il6", Double.NaN))).isInstanceOf(IllegalArgumentException.class);
    assertThat(GutBrainVariant.of(Map.of())).isSameAs(GutBrainVariant.DEFAULT);
  }

  @Test
  void theRemovalSaysWhatItOverrides() {
    assertThat(Removals.describe("the window", Map.of("window_closure", 1e9, "hpa_maturation", 0.0)))
        .isEqualTo("the window: hpa_maturation = 0, window_closure = 1.00e+09");
    assertThat(Removals.describe("clindamycin's kill", GutBrainClaims.clindamycinSpares()))
        .isEqualTo("clindamycin's kill: eps_* (" + SteinData.parameters().genera().size() + ") = 0");
    assertThatThrownBy(() -> Removals.describe("nothing", Map.of())).isInstanceOf(IllegalArgumentException.class);
  }
}
