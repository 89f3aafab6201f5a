package org.limbic.experiment.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.hipparchus.stat.inference.MannWhitneyUTest;
import org.junit.jupiter.api.Test;

/** The statistics of virtual trials, each against a published or independently computed reference. */
class TrialStatisticsTest {

  @Test
  void ancovaMatchesOrdinaryLeastSquaresInNumpy() {
    // Reference: numpy.linalg.lstsq on [1, arm, baseline] and scipy.stats.t (NumPy 2.4, SciPy 1.17), same data.
    // Tolerance 1e-9: the same normal equations; only the QR versus lstsq numerics differ.
    double[] bt = {24, 27, 22, 30, 25, 28, 26, 23};
    double[] ft = {15, 20, 14, 19, 18, 17, 21, 12};
    double[] bc = {25, 29, 23, 26, 28, 24, 27, 22, 30};
    double[] fc = {21, 25, 20, 24, 22, 23, 20, 19, 27};
    TestResult r = Ancova.treatmentEffect(bt, ft, bc, fc);
    assertThat(r.effect().value()).isCloseTo(-5.04323094425483, within(1e-9));
    assertThat(r.statistic()).isCloseTo(-5.074779708780295, within(1e-9));
    assertThat(r.degreesOfFreedom()).isEqualTo(14);
    assertThat(r.p()).isCloseTo(0.000169388324287135, within(1e-9));
    assertThat(r.effect().lower()).isCloseTo(-7.174683975529884, within(1e-8));
    assertThat(r.effect().upper()).isCloseTo(-2.911777912979776, within(1e-8));
  }

  @Test
  void ancovaNamesMissingScores() {
    assertThatThrownBy(() -> Ancova.treatmentEffect(new double[] {1, 2}, new double[] {1, Double.NaN}, new double[] {1, 2},
        new double[] {1, 2})).hasMessageContaining("patient 1 has a non-finite score");
  }

  /**
   * The BCG vaccine trials (Colditz et al. 1994; dat.bcg in R's metafor), log risk ratios. metafor's
   * rma(method = "DL") prints Q(df = 12) = 152.2330, tau² = 0.3088, I² = 92.12 %, estimate −0.7141
   * (SE 0.1787), 95 % CI −1.0644 to −0.3638. Tolerance 5e-5: metafor prints 4 decimals.
   */
  @Test
  void derSimonianLairdMatchesMetaforOnTheBcgTrials() {
    int[][] bcg = {{4, 119, 11, 128}, {6, 300, 29, 274}, {3, 228, 11, 209}, {62, 13536, 248, 12619}, {33, 5036, 47, 5761},
        {180, 1361, 372, 1079}, {8, 2537, 10, 619}, {505, 87886, 499, 87892}, {29, 7470, 45, 7232}, {17, 1699, 65, 1600},
        {186, 50448, 141, 27197}, {5, 2493, 3, 2338}, {27, 16886, 29, 17825}};
    List<MetaAnalysis.Study> studies = new ArrayList<>();
    for (int[] t : bcg) {
      double a = t[0];
      double n1 = t[0] + t[1];
      double c = t[2];
      double n2 = t[2] + t[3];
      studies.add(new MetaAnalysis.Study("trial " + studies.size(), Math.log(a / n1) - Math.log(c / n2),
          1 / a - 1 / n1 + 1 / c - 1 / n2));
    }
    MetaAnalysis.Result r = MetaAnalysis.randomEffects(studies);
    assertThat(r.q()).isCloseTo(152.2330, within(5e-5));
    assertThat(r.tau2()).isCloseTo(0.3088, within(5e-5));
    assertThat(r.i2()).isCloseTo(0.9212, within(5e-5));
    assertThat(r.pooled().value()).isCloseTo(-0.7141, within(5e-5));
    assertThat(r.pooled().lower()).isCloseTo(-1.0644, within(5e-5));
    assertThat(r.pooled().upper()).isCloseTo(-0.3638, within(5e-5));
    assertThat(r.weights().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1, within(1e-12));
  }

  @Test
  void homogeneousStudiesHaveNoBetweenStudyVariance() {
    MetaAnalysis.Result r = MetaAnalysis.randomEffects(List.of(new MetaAnalysis.Study("a", 0.5, 0.04),
        new MetaAnalysis.Study("b", 0.5, 0.09)));
    assertThat(r.tau2()).isZero();
    assertThat(r.i2()).isZero();
    assertThat(r.pooled().value()).isCloseTo(0.5, within(1e-12));
  }

  /**
   * Hanley & McNeil 1982 (Radiology 143:29), table 1: 109 CT images rated 1-5; normal 33/6/6/11/2,
   * abnormal 3/2/2/11/33; area 0.893, SE 0.032 (the paper's two digits; we get 0.0325, tolerance
   * 1e-3). DeLong's SE against the structural components computed independently in NumPy
   * (0.030724408, tolerance 1e-9), and the area against Hipparchus' Mann-Whitney U.
   */
  @Test
  void rocMatchesHanleyMcNeilsCtRatings() {
    double[] normal = ratings(33, 6, 6, 11, 2);
    double[] abnormal = ratings(3, 2, 2, 11, 33);
    Roc.Result r = Roc.of(abnormal, normal);
    assertThat(r.auc().value()).isCloseTo(0.893, within(5e-4));
    assertThat(r.seHanleyMcNeil()).isCloseTo(0.032, within(1e-3));
    assertThat(r.seDeLong()).isCloseTo(0.030724408379381122, within(1e-9));
    double u = new MannWhitneyUTest().mannWhitneyU(abnormal, normal);
    double uPositives = Math.max(u, abnormal.length * normal.length - u);
    assertThat(r.auc().value()).isCloseTo(uPositives / (abnormal.length * normal.length), within(1e-12));
    assertThat(r.auc().lower()).isBetween(0.80, 0.893);
    assertThat(r.falsePositiveRate()[0]).isZero();
    assertThat(r.truePositiveRate()[r.truePositiveRate().length - 1]).isEqualTo(1);
  }

  private static double[] ratings(int... counts) {
    List<Double> out = new ArrayList<>();
    for (int rating = 0; rating < counts.length; rating++) {
      for (int k = 0; k < counts[rating]; k++) {
        out.add(rating + 1.0);
      }
    }
    return out.stream().mapToDouble(Double::doubleValue).toArray();
  }

  /**
   * Jacka et al. 2017 (BMC Med 15:23), SMILES: remission 32.3 % (10/31) vs 8.0 % (2/25), NNT 4.1
   * (95 % CI 2.3 to 27.8). Tolerance 0.05 on the NNT (printed to 1 decimal); the interval ends
   * depend on the risk-difference method, which the paper does not name: ±15 % on the lower end,
   * and the upper end only has to be finite and above 10 (it is 1/small difference, very sensitive).
   */
  @Test
  void numberNeededToTreatMatchesSmiles() {
    NumberNeededToTreat nnt = NumberNeededToTreat.of(10, 31, 2, 25);
    assertThat(nnt.value()).isCloseTo(4.1, within(0.05));
    assertThat(nnt.finiteInterval()).isTrue();
    assertThat(nnt.lower()).isCloseTo(2.3, within(0.35));
    assertThat(nnt.upper()).isGreaterThan(10).isFinite();
    assertThat(NumberNeededToTreat.of(5, 30, 4, 30).format()).contains("infinity");
  }

  @Test
  void nOfOneSeriesComparesEachPatientAndTheMean() {
    // three patients, ABAB (two A/B pairs each); A - B per pair: (-2, -4), (-1, -2), (-1, -2)
    double[][] a = {{10, 8}, {12, 12}, {9, 9}};
    double[][] b = {{12, 12}, {13, 14}, {10, 11}};
    NOfOne.Result r = NOfOne.analyse(a, b);
    assertThat(r.perPatient().get(0).value()).isEqualTo(-3);
    assertThat(r.perPatient().get(1).value()).isEqualTo(-1.5);
    // patient means (-3, -1.5, -1.5): mean -2, SD sqrt(0.75), t = -2 / (sqrt(0.75) / sqrt(3)) = -4 exactly
    assertThat(r.overall().effect().value()).isCloseTo(-2, within(1e-12));
    assertThat(r.overall().statistic()).isCloseTo(-4, within(1e-12));
    // with two pairs each patient's own t has 1 df (quantile 12.7): no single patient is conclusive
    assertThat(r.individualResponders()).isZero();
  }

  /**
   * Cohen 1988, table 2.4.1: a two-sided t test at alpha 0.05 with d = 0.5 and 64 per group has
   * power 0.80. 2000 simulated studies: binomial SE 0.009, tolerance 0.03 (3.3 SE).
   */
  @Test
  void simulatedPowerMatchesCohensTable() {
    Estimate power = Power.bySimulation(2000, 7, 2, seed -> {
      SplittableRandom r = new SplittableRandom(seed);
      double[] a = new double[64];
      double[] b = new double[64];
      for (int i = 0; i < 64; i++) {
        a[i] = r.nextGaussian() + 0.5;
        b[i] = r.nextGaussian();
      }
      return Tests.welchT(a, b).significant(0.05);
    });
    assertThat(power.value()).isCloseTo(0.80, within(0.03));
    assertThat(Power.bySimulation(50, 7, 1, s -> s % 2 == 0).value())
        .isEqualTo(Power.bySimulation(50, 7, 2, s -> s % 2 == 0).value());
  }
}
