package org.limbic.models.gutbrain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;
import static org.assertj.core.data.Percentage.withPercentage;
import static org.limbic.models.gutbrain.PatientDynamics.*;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.limbic.compile.CompiledModel;
import org.limbic.compile.ModelCompiler;
import org.limbic.experiment.trial.PatientCourse;
import org.limbic.experiment.trial.Treatment;
import org.limbic.experiment.spec.TreatmentComponent;
import org.limbic.experiment.trial.VirtualPatient;
import org.limbic.simulation.SimulationOptions;
import org.limbic.simulation.SimulationResult;
import org.limbic.simulation.Simulator;

class PatientDynamicsTest {

  /** The patient-level form (Euler, fast parts quasi-steady) against the ODE model (Rosenbrock, fast parts dynamic). */
  @Test
  void patientFormAgreesWithTheOdeModelOverEightWeeks() {
    CompiledModel compiled = ModelCompiler.compile(new GutBrainModel().model());
    double[] p = compiled.newParameters();
    Map<String, Double> inputs = Map.of("cfu_per_day", 8e9, "ssri", 1.0, "in_trial", 1.0, "vagal_strain", 1.0, "fiber", 30.0);
    inputs.forEach((k, v) -> p[compiled.parameterIndex(k)] = v);
    // a depressed person (set points of the mdd population) so no score sits at its floor
    Map<String, Double> person = Map.of("depression_core", 22.0, "anxiety_core", 18.0, "plasticity", 0.3, "inflammatory_drive", 1.5);
    person.forEach((k, v) -> p[compiled.parameterIndex(k)] = v);
    Simulator simulator = new Simulator(compiled, SimulationOptions.DEFAULTS.withTolerances(1e-7, 1e-9));
    SimulationResult ode = simulator.run(p, new double[] {0, 56}, simulator.allVariables());

    double[] traits = PatientTraits.ALL.stream().mapToDouble(PatientTraits.Trait::reference).toArray();
    traits[PatientTraits.DEPRESSION_CORE] = 22;
    traits[PatientTraits.ANXIETY_CORE] = 18;
    traits[PatientTraits.PLASTICITY] = 0.3;
    traits[PatientTraits.INFLAMMATORY_DRIVE] = 1.5;
    double[] in = GutBrainPatients.baselineInputs(traits);
    in[FIBER] = 30;
    in[CFU_PER_DAY] = 8e9;
    in[SSRI_ON] = 1;
    in[IN_TRIAL] = 1;
    in[VAGAL_STRAIN] = 1;
    double[] y = new double[STATES];
    double[] s = new double[SIGNALS];
    start(traits, y);
    y[BU] = ode.series("butyrate_producers")[0]; // the ODE starts butyrate producers at their diet-dependent capacity
    for (int i = 0; i < 112; i++) {
      step(GutBrainVariant.DEFAULT, traits, in, y, 0.5, s);
    }
    signals(GutBrainVariant.DEFAULT, traits, in, y, s);
    // Euler with dt 0.5 d on states with time constants >= 2 d: local error ~dt/(2 tau) of the change, <= 2.5 % of it;
    // depression changes by ~10 points, so 0.5 points; guild and cytokine levels within 3 %
    assertThat(y[DEPRESSION]).isCloseTo(ode.last("depression"), offset(0.5));
    assertThat(y[ANXIETY]).isCloseTo(ode.last("anxiety"), offset(0.5));
    assertThat(y[BU]).isCloseTo(ode.last("butyrate_producers"), withPercentage(3));
    assertThat(s[IL6]).isCloseTo(ode.last("IL6"), withPercentage(3));
    assertThat(s[BUTYRATE]).isCloseTo(ode.last("butyrate"), withPercentage(3));
    // cortisol: quasi-steady (patient form) versus the dynamic Karin axis, which is at its steady state after weeks
    assertThat(s[CORTISOL]).isCloseTo(ode.last("cortisol"), withPercentage(1));
    System.out.printf("week 8, patient form vs ODE: depression %.2f vs %.2f, IL-6 %.3f vs %.3f pg/mL, butyrate %.3f vs %.3f uM%n",
        y[DEPRESSION], ode.last("depression"), s[IL6], ode.last("IL6"), s[BUTYRATE], ode.last("butyrate"));
  }

  /** Person-specific engraftment (Maldonado-Gómez 2016, Zmora 2018): 1 at the median community, more where the niche is empty. */
  @Test
  void engraftmentFallsAsResidentsFillTheNiche() {
    double[] y = new double[STATES];
    double[] e = new double[3];
    double[] fill = {0.5, 1, 2};
    for (int i = 0; i < 3; i++) {
      y[FD] = fill[i];
      y[BU] = fill[i];
      e[i] = engraftment(GutBrainVariant.DEFAULT, y);
    }
    // exact at the median (2 / (1 + 1)); an emptier niche lets the strain in, a fuller one keeps it out, within (0, 2)
    assertThat(e[1]).isEqualTo(1.0);
    assertThat(e[0]).isGreaterThan(1.8).isLessThan(2);
    assertThat(e[2]).isGreaterThan(0).isLessThan(0.2);
  }

  @Test
  void settlingReachesTheSteadyState() {
    GutBrainPatients model = new GutBrainPatients();
    for (String population : new GutBrainPatients().populations()) {
      VirtualPatient patient = model.draw(population, 9, new SplittableRandom(9));
      double[] traits = PatientTraits.toArray(9, patient.parameters());
      double[] in = GutBrainPatients.baselineInputs(traits);
      double[] y = new double[STATES];
      double[] s = new double[SIGNALS];
      PatientDynamics.settle(GutBrainVariant.DEFAULT, traits, in, y, s, GutBrainPatients.BURN_IN_DAYS);
      double[] settled = y.clone();
      for (int i = 0; i < 400; i++) {
        step(GutBrainVariant.DEFAULT, traits, in, y, 0.5, s);
      }
      // 200 more days change nothing that a trial could see: scores by < 0.05 points, guilds and BDNF by < 0.5 %
      assertThat(y[DEPRESSION]).as(population).isCloseTo(settled[DEPRESSION], offset(0.05));
      assertThat(y[ANXIETY]).as(population).isCloseTo(settled[ANXIETY], offset(0.05));
      for (int k : new int[] {FD, BU, PB, DA, GA, BDNF}) {
        assertThat(y[k]).as(population + " state " + k).isCloseTo(settled[k], withPercentage(0.5));
      }
    }
  }

  @Test
  void antibioticsDepleteCommensalsBloomPathobiontsAndNothingGoesNegative() {
    GutBrainPatients model = new GutBrainPatients();
    VirtualPatient patient = model.draw("healthy", 3, new SplittableRandom(3));
    double[] traits = PatientTraits.toArray(3, patient.parameters());
    double[] in = GutBrainPatients.baselineInputs(traits);
    double[] y = new double[STATES];
    double[] s = new double[SIGNALS];
    PatientDynamics.settle(GutBrainVariant.DEFAULT, traits, in, y, s, GutBrainPatients.BURN_IN_DAYS);
    double butyrateBefore = s[BUTYRATE];
    double pathobiontsBefore = y[PB];
    in[ANTIBIOTIC] = 1;
    for (int i = 0; i < 14; i++) {
      step(GutBrainVariant.DEFAULT, traits, in, y, 0.5, s);
      for (int k = 0; k < STATES; k++) {
        if (k != GUT_INPUT_BASELINE_D && k != GUT_INPUT_BASELINE_A) {
          assertThat(y[k]).as("state " + k).isGreaterThanOrEqualTo(0);
        }
      }
    }
    signals(GutBrainVariant.DEFAULT, traits, in, y, s);
    assertThat(s[BUTYRATE]).isLessThan(0.5 * butyrateBefore); // a week of broad-spectrum antibiotic at least halves butyrate
    assertThat(y[PB]).isGreaterThan(pathobiontsBefore); // Stein 2013: Enterobacteriaceae bloom under clindamycin
  }

  @Test
  void endpointsStayInPhysiologicalRanges() {
    GutBrainPatients model = new GutBrainPatients();
    Treatment t = new Treatment("fmt", List.of(new TreatmentComponent("fmt", Map.of("donorQuality", 0.9), 0, 1, 1),
        new TreatmentComponent("antibiotic", Map.of(), 4, 5, 1)));
    for (int i = 0; i < 300; i++) {
      SplittableRandom r = new SplittableRandom(i);
      PatientCourse c = model.follow(model.draw("treatment-resistant", i, r), t, new double[] {0, 2, 4, 6, 8, 12}, r);
      // generous physiological bounds (serum IL-6 < 100 pg/mL, CRP < 50 mg/L, BDNF < 100 ng/mL; cortisol 30-2500 nmol/L:
      // the Cushing range ~1000 times the 25 % sampling noise at 3 SD, since an antibiotic in an inflamed, stressed patient is extreme)
      inRange(c, "IL6", 0.05, 100.0);
      inRange(c, "CRP", 0.01, 50.0);
      inRange(c, "cortisol", 30.0, 2500.0);
      inRange(c, "BDNF", 0.0, 100.0);
      inRange(c, "HAMD17", 0.0, 52.0);
      inRange(c, "butyrate", 0.0, 50.0);
    }
  }

  private static void inRange(PatientCourse c, String endpoint, double low, double high) {
    for (double v : c.endpoint(endpoint)) {
      assertThat(v).as("patient " + c.patientId() + " " + endpoint).isBetween(low, high);
    }
  }
}
