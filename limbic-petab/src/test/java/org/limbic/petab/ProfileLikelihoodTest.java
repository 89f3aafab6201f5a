package org.limbic.petab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Profile likelihoods of problems whose profiles are known (ProfileProblems). */
class ProfileLikelihoodTest {

  @TempDir
  Path tmp;

  private static final ProfileLikelihood.Settings SETTINGS = ProfileLikelihood.Settings.DEFAULTS;

  /** The least-squares estimate of y = a + b t + c t² and the inverse of XᵀX. */
  private record LeastSquares(double[] beta, double[][] inverse) {
  }

  private static LeastSquares leastSquares() {
    double[] t = ProfileProblems.QUADRATIC_TIMES;
    double[] y = ProfileProblems.QUADRATIC_VALUES;
    double[][] xtx = new double[3][3];
    double[] xty = new double[3];
    for (int i = 0; i < t.length; i++) {
      double[] row = {1, t[i], t[i] * t[i]};
      for (int r = 0; r < 3; r++) {
        xty[r] += row[r] * y[i];
        for (int c = 0; c < 3; c++) {
          xtx[r][c] += row[r] * row[c];
        }
      }
    }
    double[][] inv = inverse3(xtx);
    double[] beta = new double[3];
    for (int r = 0; r < 3; r++) {
      for (int c = 0; c < 3; c++) {
        beta[r] += inv[r][c] * xty[c];
      }
    }
    return new LeastSquares(beta, inv);
  }

  private static double[][] inverse3(double[][] m) {
    double a = m[0][0], b = m[0][1], c = m[0][2], d = m[1][0], e = m[1][1], f = m[1][2], g = m[2][0], h = m[2][1], k = m[2][2];
    double det = a * (e * k - f * h) - b * (d * k - f * g) + c * (d * h - e * g);
    return new double[][] {
        {(e * k - f * h) / det, (c * h - b * k) / det, (b * f - c * e) / det},
        {(f * g - d * k) / det, (a * k - c * g) / det, (c * d - a * f) / det},
        {(d * h - e * g) / det, (b * g - a * h) / det, (a * e - b * d) / det}};
  }

  @Test
  void theProfileOfALinearGaussianModelIsTheExactParabolaAndItsIntervalIsTheEstimatePlusOrMinus196StandardErrors()
      throws IOException {
    LeastSquares ls = leastSquares();
    ProfileLikelihood profiles = new ProfileLikelihood(PetabProblem.read(ProfileProblems.quadratic(tmp)));
    List<ProfileLikelihood.Profile> result = profiles.run(ls.beta(), 1, SETTINGS);
    double sigma = ProfileProblems.QUADRATIC_SIGMA;
    for (int j = 0; j < 3; j++) {
      ProfileLikelihood.Profile p = result.get(j);
      double se = sigma * Math.sqrt(ls.inverse()[j][j]);
      double half = Math.sqrt(ProfileLikelihood.CHI2_1_95) * se;
      assertThat(Math.sqrt(ProfileLikelihood.CHI2_1_95)).isCloseTo(1.959964, within(1e-6));
      assertThat(p.verdict()).as(p.parameter().id()).isEqualTo(ProfileLikelihood.Verdict.IDENTIFIABLE);
      // 0.01 SE: the crossing is interpolated linearly between points at most 0.25 x 1.92 apart in
      // llh; on the parabola x²/(2 SE²) the chord's crossing is off by at most h² f''/(8 f') with
      // h = 0.48 SE²/1.96 SE, which is 0.004 SE
      assertThat(p.ciLow()).as(p.parameter().id() + " CI low").isCloseTo(ls.beta()[j] - half, within(0.01 * se));
      assertThat(p.ciHigh()).as(p.parameter().id() + " CI high").isCloseTo(ls.beta()[j] + half, within(0.01 * se));
      // every point on the parabola: 1e-6 in llh, far below the 1e-3 a BOBYQA round must gain, as
      // on a quadratic its model is exact and it converges to its final trust region of 1e-7
      for (ProfileLikelihood.Point point : p.points()) {
        double d = point.scaled()[j] - ls.beta()[j];
        assertThat(p.optimum().llh() - point.llh()).as(p.parameter().id() + " at " + point.scaled()[j])
            .isCloseTo(d * d / (2 * se * se), within(1e-6));
      }
      assertThat(p.betterPoint()).isEmpty();
      assertThat(p.lower().points().size()).as("points below, " + p.parameter().id()).isBetween(8, 40);
    }
  }

  @Test
  void twoParametersThatOnlyEnterAsAProductAreBothStructurallyFlat() throws IOException {
    ProfileLikelihood profiles = new ProfileLikelihood(PetabProblem.read(ProfileProblems.product(tmp)));
    List<ProfileLikelihood.Profile> result = profiles.run(new double[] {1, 1, 0.2}, 1, SETTINGS);
    for (int j = 0; j < 2; j++) {
      ProfileLikelihood.Profile p = result.get(j);
      assertThat(p.verdict()).as(p.parameter().id()).isEqualTo(ProfileLikelihood.Verdict.STRUCTURALLY_FLAT);
      assertThat(p.lower().end()).isEqualTo(ProfileLikelihood.End.BOUND);
      assertThat(p.upper().end()).isEqualTo(ProfileLikelihood.End.BOUND);
      assertThat(p.ciLowScaled()).isEqualTo(Double.NEGATIVE_INFINITY);
      assertThat(p.ciHighScaled()).isEqualTo(Double.POSITIVE_INFINITY);
      // the whole range was traced: from log10 0.01 = -2 to log10 100 = 2
      assertThat(p.points().getFirst().scaled()[j]).isEqualTo(-2.0);
      assertThat(p.points().getLast().scaled()[j]).isEqualTo(2.0);
    }
    ProfileLikelihood.Profile c = result.get(2);
    assertThat(c.verdict()).isEqualTo(ProfileLikelihood.Verdict.IDENTIFIABLE);
    // c's estimate is the mean residual of the exact fit: 0.2, its interval about it
    assertThat(c.ciLow()).isLessThan(0.2);
    assertThat(c.ciHigh()).isGreaterThan(0.2);
  }

  @Test
  void aRateTheDataBoundOnlyFromBelowIsPracticallyNonIdentifiableOpenAbove() throws IOException {
    PetabProblem problem = PetabProblem.read(ProfileProblems.fastDecay(tmp));
    MultistartFit.Start best = new MultistartFit(problem).run(6, 1, 1, 2000).stream()
        .max(Comparator.comparingDouble(MultistartFit.Start::llh)).orElseThrow();
    List<ProfileLikelihood.Profile> result = new ProfileLikelihood(problem).run(best.best(), 1, SETTINGS);
    ProfileLikelihood.Profile a = result.get(0);
    ProfileLikelihood.Profile k = result.get(1);
    assertThat(a.verdict()).isEqualTo(ProfileLikelihood.Verdict.IDENTIFIABLE);
    assertThat(k.verdict()).isEqualTo(ProfileLikelihood.Verdict.PRACTICALLY_NON_IDENTIFIABLE);
    assertThat(k.open()).isEqualTo("upper");
    assertThat(k.upper().end()).isEqualTo(ProfileLikelihood.End.BOUND);
    assertThat(k.ciHigh()).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(k.ciLow()).isBetween(0.01, best.best()[1]);
    // open above at a plateau: at k = 100, A = 1 fits t = 0 and the whole misfit is t = 1's residual,
    // 0.5 (0.02 / 0.1)² = 0.02; the optimum (k = ln 50) misses a perfect fit by 0.5 (e^-2k / 0.1)² = 8e-6
    // at t = 2, so 1e-4 covers both
    double atBound = k.optimum().llh() - k.points().getLast().llh();
    assertThat(k.points().getLast().scaled()[1]).isEqualTo(2.0);
    assertThat(atBound).isCloseTo(0.02, within(1e-4));
    assertThat(atBound).isLessThan(ProfileLikelihood.THRESHOLD);
    assertThat(k.maxDrop()).isGreaterThan(ProfileLikelihood.FLAT_TOLERANCE);
  }

  @Test
  void profilesAreTheSameOnOneAndTwoThreads() throws IOException {
    ProfileLikelihood profiles = new ProfileLikelihood(PetabProblem.read(ProfileProblems.quadratic(tmp)));
    double[] start = leastSquares().beta();
    List<ProfileLikelihood.Profile> one = profiles.run(start, 1, SETTINGS);
    List<ProfileLikelihood.Profile> two = profiles.run(start, 2, SETTINGS);
    for (int j = 0; j < one.size(); j++) {
      List<ProfileLikelihood.Point> a = one.get(j).points();
      List<ProfileLikelihood.Point> b = two.get(j).points();
      assertThat(b).hasSameSizeAs(a);
      for (int i = 0; i < a.size(); i++) {
        assertThat(b.get(i).llh()).isEqualTo(a.get(i).llh());
        assertThat(b.get(i).scaled()).containsExactly(a.get(i).scaled());
      }
      assertThat(two.get(j).ciLowScaled()).isEqualTo(one.get(j).ciLowScaled());
      assertThat(two.get(j).ciHighScaled()).isEqualTo(one.get(j).ciHighScaled());
    }
  }

  @Test
  void aProfileThatFindsABetterPointThanItsStartSaysSo() throws IOException {
    ProfileLikelihood profiles = new ProfileLikelihood(PetabProblem.read(ProfileProblems.quadratic(tmp)));
    double[] beta = leastSquares().beta();
    // a start 0.3 off in a: every profile of b and c re-optimizes a and gains
    double[] off = {beta[0] + 0.3, beta[1], beta[2]};
    List<ProfileLikelihood.Profile> result = profiles.run(off, 1, SETTINGS);
    assertThat(result.get(1).betterPoint()).isPresent();
    assertThat(result.get(1).betterPoint().orElseThrow().llh()).isGreaterThan(result.get(1).optimum().llh() + 1e-3);
  }
}
