package org.limbic.experiment.inputs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.limbic.experiment.file.ExperimentFiles;
import org.limbic.experiment.results.RunSummary;
import org.limbic.experiment.run.ExperimentRunner;
import org.limbic.experiment.run.RunOptions;
import org.limbic.experiment.spec.ExperimentSpec;
import org.limbic.model.Model;

/**
 * Issue #15: scans over interventions' numbers (a dose's amount and time, an infusion's rate) in an
 * experiment file. The model is oral absorption into one compartment: a dose D into the gut G
 * (an amount) is absorbed at ka G into plasma (size V), cleared at k: the plasma concentration after a
 * dose at t_d is H = D ka / ((ka - k) V) (e^{-k s} - e^{-ka s}), s = t - t_d, and an infusion at rate
 * R into plasma from 0 adds R / (k V) (1 - e^{-k t}).
 *
 * <p>Every run uses rtol 1e-10, atol 1e-12: the model is linear and stable, so the error stays near
 * rtol times the values (at most ~5): 1e-9 relative allows for it. Measured: peaks within 4.2e-12
 * relative of the closed form, H(24) within 3.7e-12.
 */
class InterventionScanTest {

  private static final double KA = 1.0;
  private static final double K = 0.2;
  private static final double V = 2;

  @TempDir
  Path tmp;

  private static Model oral() {
    return Model.builder("oral").compartment("gut", 1).compartment("plasma", V).amountSpecies("G", "gut", 0)
        .species("H", "plasma", 0).parameter("ka", KA, "1/h", "assumed: test").parameter("k", K, "1/h", "assumed: test")
        .reaction("absorption", "G -> H", "ka * G").reaction("clearance", "H ->", "k * H * plasma").build();
  }

  /** Per subject, the metric values by name and the scanned values by name, from the run's tables. */
  private record Unit(Map<String, Double> metrics, Map<String, Double> parameters) {
  }

  private List<Unit> run(String yaml) throws IOException {
    Model model = oral();
    ExperimentSpec spec = ExperimentFiles.parse(yaml, "scan.yaml", tmp, ref -> Optional.of(model));
    Path out = tmp.resolve("out");
    RunSummary summary = new ExperimentRunner(RunOptions.defaults().withThreads(2).withRunId("r")).run(spec, model, out);
    assertThat(summary.failures()).isZero();
    Map<Integer, Unit> units = new java.util.TreeMap<>();
    for (String line : Files.readAllLines(out.resolve("metrics.csv")).subList(1, Files.readAllLines(out.resolve("metrics.csv")).size())) {
      String[] f = line.split(",");
      units.computeIfAbsent(Integer.parseInt(f[1]), s -> new Unit(new HashMap<>(), new HashMap<>())).metrics()
          .put(f[3], Double.parseDouble(f[4]));
    }
    for (String line : Files.readAllLines(out.resolve("parameters.csv")).subList(1, Files.readAllLines(out.resolve("parameters.csv")).size())) {
      String[] f = line.split(",");
      units.get(Integer.parseInt(f[0])).parameters().put(f[1], Double.parseDouble(f[2]));
    }
    return List.copyOf(units.values());
  }

  private static double afterDose(double dose, double at, double t) {
    double s = t - at;
    return s < 0 ? 0 : dose * KA / ((KA - K) * V) * (Math.exp(-K * s) - Math.exp(-KA * s));
  }

  /**
   * (d) Peaks linear in the amount: the model is linear, so the sampled peak is D times that of a unit
   * dose, which the closed form gives on the same output grid (the peak, at 1 + ln(ka/k)/(ka - k) =
   * 3.012 h, falls between output times; the grid's largest value is compared).
   */
  @Test
  void aScanOverADoseAmountGivesPeaksLinearInTheAmount() throws IOException {
    List<Unit> units = run("""
        model: oral
        time: {end: 24, points: 241}
        solver: {rtol: 1.0e-10, atol: 1.0e-12}
        interventions:
          - {dose: {G: 1}, at: 1, name: bolus}
        outputs:
          variables: [H]
          metrics: [{variable: H, kind: peak}]
        scan:
          parameters:
            bolus.amount.G: [0, 1, 2.5, 5, 10]
        """);
    double unitPeak = 0;
    for (int i = 0; i <= 240; i++) {
      unitPeak = Math.max(unitPeak, afterDose(1, 1, i * 0.1));
    }
    assertThat(units).hasSize(5);
    // amount 0 is the scan's control: no dose, H stays 0
    assertThat(units.getFirst().metrics().get("peak_H")).isEqualTo(0.0);
    units = units.subList(1, units.size());
    double[] amounts = {1, 2.5, 5, 10};
    for (int i = 0; i < units.size(); i++) {
      Unit u = units.get(i);
      assertThat(u.parameters()).containsEntry("bolus.amount.G", amounts[i]);
      assertThat(u.metrics().get("peak_H")).as("peak of dose %s", amounts[i])
          .isCloseTo(amounts[i] * unitPeak, within(1e-9 * amounts[i] * unitPeak));
      assertThat(u.metrics().get("peak_H") / amounts[i]).as("peak per unit dose").isCloseTo(units.get(0).metrics().get("peak_H"),
          within(1e-9 * unitPeak));
    }
  }

  /**
   * A grid over a dose's time and an infusion's rate: H at 24 h is the sum of the dose's and the
   * infusion's closed forms, the dose exactly at each scanned time (7.35 is not an output time).
   */
  @Test
  void aScanOverADoseTimeAndAnInfusionRateMatchesTheClosedForm() throws IOException {
    List<Unit> units = run("""
        model: oral
        time: {end: 24, points: 49}
        solver: {rtol: 1.0e-10, atol: 1.0e-12}
        interventions:
          - {dose: {G: 4}, at: 1, name: bolus}
          - {infusion: {H: 0.5}, name: drip}
        outputs:
          variables: [H]
          metrics: [{variable: H, kind: final}]
        scan:
          parameters:
            bolus.at: [1, 7.35, 20]
            drip.rate.H: {min: 0.5, max: 2, steps: 2}
        """);
    assertThat(units).hasSize(6);
    for (Unit u : units) {
      double at = u.parameters().get("bolus.at");
      double rate = u.parameters().get("drip.rate.H");
      double exact = afterDose(4, at, 24) + rate / (K * V) * (1 - Math.exp(-K * 24));
      assertThat(u.metrics().get("final_H")).as("H(24) with the dose at %s and rate %s", at, rate)
          .isCloseTo(exact, within(1e-9 * exact));
    }
    assertThat(units.stream().map(u -> u.parameters().get("bolus.at")).distinct()).containsExactlyInAnyOrder(1.0, 7.35, 20.0);
  }

  /**
   * A cohort drawing each subject's dose amount (lognormal) and dose time (uniform): each subject's
   * H(24) is the closed form at its own amount and time, to the same 1e-9 relative.
   */
  @Test
  void aCohortDrawsEachSubjectsDoseAmountAndTime() throws IOException {
    List<Unit> units = run("""
        model: oral
        time: {end: 24, points: 49}
        solver: {rtol: 1.0e-10, atol: 1.0e-12}
        seed: 7
        interventions:
          - {dose: {G: 4}, at: 1, name: bolus}
        outputs:
          variables: [H]
          metrics: [{variable: H, kind: final}]
        cohort:
          size: 20
          parameters:
            bolus.amount.G: {distribution: lognormal, median: 4, cv: 0.5}
            bolus.at: {distribution: uniform, min: 0, max: 12}
        """);
    assertThat(units).hasSize(20);
    assertThat(units.stream().mapToDouble(u -> u.parameters().get("bolus.amount.G")).distinct().count()).isEqualTo(20);
    for (Unit u : units) {
      double amount = u.parameters().get("bolus.amount.G");
      double at = u.parameters().get("bolus.at");
      double exact = afterDose(amount, at, 24);
      assertThat(u.metrics().get("final_H")).as("H(24), dose %s at %s", amount, at).isCloseTo(exact, within(1e-9 * exact));
    }
  }
}
