package org.limbic.solve;

/** Small systems with closed-form solutions, shared by the integrator tests. */
final class TestSystems {

  private TestSystems() {
  }

  /** y' = −k y: y(t) = y0 e^{−kt}. */
  static OdeSystem decay(double k) {
    return new OdeSystem() {
      public int dimension() {
        return 1;
      }

      public void rhs(double t, double[] y, double[] d) {
        d[0] = -k * y[0];
      }

      public void jacobian(double t, double[] y, double[] j) {
        j[0] = -k;
      }

      public boolean autonomous() {
        return true;
      }
    };
  }

  /** x' = v, v' = −ω² x: x = cos ωt, v = −ω sin ωt from (1, 0). */
  static OdeSystem oscillator(double omega) {
    return new OdeSystem() {
      public int dimension() {
        return 2;
      }

      public void rhs(double t, double[] y, double[] d) {
        d[0] = y[1];
        d[1] = -omega * omega * y[0];
      }

      public void jacobian(double t, double[] y, double[] j) {
        j[0] = 0;
        j[1] = 1;
        j[2] = -omega * omega;
        j[3] = 0;
      }
    };
  }

  /** Dense constant-coefficient system y' = A y (A row-major). */
  static OdeSystem linear(double[] a, int n) {
    return new OdeSystem() {
      public int dimension() {
        return n;
      }

      public void rhs(double t, double[] y, double[] d) {
        for (int i = 0; i < n; i++) {
          double s = 0;
          for (int k = 0; k < n; k++) {
            s += a[i * n + k] * y[k];
          }
          d[i] = s;
        }
      }

      public void jacobian(double t, double[] y, double[] j) {
        System.arraycopy(a, 0, j, 0, n * n);
      }

      public boolean autonomous() {
        return true;
      }
    };
  }

  /** y' = −y², y(0) = 1: y = 1/(1 + t); nonlinear, declared non-autonomous (exercises the df/dt path). */
  static OdeSystem riccati() {
    return new OdeSystem() {
      public int dimension() {
        return 1;
      }

      public void rhs(double t, double[] y, double[] d) {
        d[0] = -y[0] * y[0];
      }

      public void jacobian(double t, double[] y, double[] j) {
        j[0] = -2 * y[0];
      }
    };
  }

  /** Non-autonomous and nonlinear: y' = cos t · y², y(0) = 1/2: y = 1/(2 − sin t). */
  static OdeSystem forced() {
    return new OdeSystem() {
      public int dimension() {
        return 1;
      }

      public void rhs(double t, double[] y, double[] d) {
        d[0] = Math.cos(t) * y[0] * y[0];
      }

      public void jacobian(double t, double[] y, double[] j) {
        j[0] = 2 * Math.cos(t) * y[0];
      }
    };
  }

  static double[] solve(Integrator in, OdeSystem sys, double[] y0, double tEnd) {
    in.reset(sys, 0.0, y0);
    in.integrateTo(tEnd);
    return in.state().clone();
  }
}
