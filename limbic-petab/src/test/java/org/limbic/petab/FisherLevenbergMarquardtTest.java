package org.limbic.petab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * The projected Levenberg–Marquardt method on Rosenbrock's function written as least squares,
 * r = (10 (x₂ − x₁²), 1 − x₁), llh = −½ |r|², F = JᵀJ: its valley is the classic hard case for a
 * Gauss–Newton method (Moré, Garbow and Hillstrom, ACM TOMS 7 (1981) 17, problem 1).
 */
class FisherLevenbergMarquardtTest {

  private static final FisherLevenbergMarquardt.Objective ROSENBROCK = new FisherLevenbergMarquardt.Objective() {
    @Override
    public double llh(double[] x) {
      double r1 = 10 * (x[1] - x[0] * x[0]);
      double r2 = 1 - x[0];
      return -0.5 * (r1 * r1 + r2 * r2);
    }

    @Override
    public FisherLevenbergMarquardt.Point point(double[] x) {
      double r1 = 10 * (x[1] - x[0] * x[0]);
      double r2 = 1 - x[0];
      double[][] j = {{-20 * x[0], 10}, {-1, 0}};
      double[] g = {-(j[0][0] * r1 + j[1][0] * r2), -(j[0][1] * r1 + j[1][1] * r2)};
      double[][] f = new double[2][2];
      for (int a = 0; a < 2; a++) {
        for (int b = 0; b < 2; b++) {
          f[a][b] = j[0][a] * j[0][b] + j[1][a] * j[1][b];
        }
      }
      return new FisherLevenbergMarquardt.Point(llh(x), g, f);
    }
  };

  @Test
  void findsRosenbrocksMinimumFromTheStandardStart() {
    var r = FisherLevenbergMarquardt.maximize(ROSENBROCK, new double[] {-1.2, 1}, new double[] {-5, -5}, new double[] {5, 5}, 200);
    assertThat(r.converged()).as(r.status()).isTrue();
    // the residuals vanish at (1, 1): Gauss–Newton converges quadratically there, so the point is
    // found to far better than 1e-6 once the gradient test (1e-6) is met
    assertThat(r.best()[0]).isCloseTo(1, within(1e-6));
    assertThat(r.best()[1]).isCloseTo(1, within(1e-6));
    assertThat(r.llh()).isCloseTo(0, within(1e-12));
    assertThat(r.trace()).isSortedAccordingTo(Double::compare);
  }

  @Test
  void stopsOnABoundWhereTheGradientPointsOut() {
    // with x₁ ≤ 0.5 the optimum is x = (0.5, 0.25), where r₁ = 0 and llh = −½ (1 − 0.5)² = −0.125;
    // ∂llh/∂x₁ = +0.5 there points out of the box
    var r = FisherLevenbergMarquardt.maximize(ROSENBROCK, new double[] {-1.2, 1}, new double[] {-5, -5}, new double[] {0.5, 5}, 200);
    assertThat(r.converged()).as(r.status()).isTrue();
    assertThat(r.best()[0]).isEqualTo(0.5);
    assertThat(r.best()[1]).isCloseTo(0.25, within(1e-6));
    assertThat(r.llh()).isCloseTo(-0.125, within(1e-10));
  }

  @Test
  void lbfgsbFindsItTooAndStopsOnTheBound() {
    var free = LbfgsB.maximize(ROSENBROCK, new double[] {-1.2, 1}, new double[] {-5, -5}, new double[] {5, 5}, 500);
    assertThat(free.converged()).as(free.status()).isTrue();
    // it stops on factr: a step that reduces f = −llh by less than 1e7 ε = 2.2e-9 (|f| < 1 here),
    // which on this valley leaves llh within 1e-6 and x within about 1e-3 of the optimum (the
    // start's f is 12.1); scipy 1.17's L-BFGS-B stops at f = 2e-11 after 33 iterations, this one
    // at 4.5e-7 after 69
    assertThat(free.llh()).isGreaterThan(-1e-6);
    assertThat(free.best()[0]).isCloseTo(1, within(1e-3));
    assertThat(free.best()[1]).isCloseTo(1, within(2e-3));
    var bounded = LbfgsB.maximize(ROSENBROCK, new double[] {-1.2, 1}, new double[] {-5, -5}, new double[] {0.5, 5}, 500);
    assertThat(bounded.converged()).as(bounded.status()).isTrue();
    assertThat(bounded.best()[0]).isEqualTo(0.5);
    assertThat(bounded.best()[1]).isCloseTo(0.25, within(1e-6));
    assertThat(bounded.trace()).isSortedAccordingTo(Double::compare);
  }

  @Test
  void lbfgsbsCompactMatrixIsTheBfgsUpdateOfItsPairs() {
    // two BFGS updates of θI, done by hand, against the compact form B = θI − W M Wᵀ
    double theta = 2;
    double[][] s = {{1, 0.5, -0.2}, {0.3, -1, 0.4}};
    double[][] y = {{2.5, 0.8, -0.1}, {0.2, -2.2, 1.1}};
    double[][] b = {{theta, 0, 0}, {0, theta, 0}, {0, 0, theta}};
    for (int k = 0; k < 2; k++) {
      double[] bs = new double[3];
      for (int i = 0; i < 3; i++) {
        for (int j = 0; j < 3; j++) {
          bs[i] += b[i][j] * s[k][j];
        }
      }
      double sbs = 0;
      double sy = 0;
      for (int i = 0; i < 3; i++) {
        sbs += s[k][i] * bs[i];
        sy += s[k][i] * y[k][i];
      }
      for (int i = 0; i < 3; i++) {
        for (int j = 0; j < 3; j++) {
          b[i][j] += -bs[i] * bs[j] / sbs + y[k][i] * y[k][j] / sy;
        }
      }
    }
    var sPairs = new java.util.ArrayDeque<double[]>(java.util.List.of(s));
    var yPairs = new java.util.ArrayDeque<double[]>(java.util.List.of(y));
    double[][] compact = LbfgsB.matrix(3, theta, sPairs, yPairs);
    for (int i = 0; i < 3; i++) {
      for (int j = 0; j < 3; j++) {
        // both are a few dozen flops of O(1) numbers: they agree to rounding
        assertThat(compact[i][j]).as("B[%d][%d]", i, j).isCloseTo(b[i][j], within(1e-12));
      }
    }
  }

  @Test
  void aStartThatCannotBeSimulatedEndsAtOnceAndSaysSo() {
    var failing = new FisherLevenbergMarquardt.Objective() {
      @Override
      public double llh(double[] x) {
        return Double.NEGATIVE_INFINITY;
      }

      @Override
      public FisherLevenbergMarquardt.Point point(double[] x) {
        throw new IllegalStateException("step size collapsed at t = 3");
      }
    };
    var r = FisherLevenbergMarquardt.maximize(failing, new double[] {0, 0}, new double[] {-1, -1}, new double[] {1, 1}, 10);
    assertThat(r.converged()).isFalse();
    assertThat(r.llh()).isEqualTo(Double.NEGATIVE_INFINITY);
    assertThat(r.status()).contains("could not be simulated").contains("t = 3");
  }

  @Test
  void aPointWhereTrialsFailIsLeftForAShorterStep() {
    // llh fails beyond x₁ > 0.9: the method must shorten its steps (raise λ) rather than stop
    var fenced = new FisherLevenbergMarquardt.Objective() {
      @Override
      public double llh(double[] x) {
        return x[0] > 0.9 ? Double.NEGATIVE_INFINITY : ROSENBROCK.llh(x);
      }

      @Override
      public FisherLevenbergMarquardt.Point point(double[] x) {
        return ROSENBROCK.point(x);
      }
    };
    var r = FisherLevenbergMarquardt.maximize(fenced, new double[] {-1.2, 1}, new double[] {-5, -5}, new double[] {5, 5}, 500);
    assertThat(r.best()[0]).isLessThanOrEqualTo(0.9);
    // the best within the fence is near x₁ = 0.9 on the valley floor: llh ≥ −½ (0.1)² − a little
    assertThat(r.llh()).isGreaterThan(-0.006);
  }
}
