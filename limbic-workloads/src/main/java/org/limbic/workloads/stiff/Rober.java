package org.limbic.workloads.stiff;

import org.limbic.solve.OdeSystem;

/**
 * ROBER: Robertson's autocatalytic reaction (Robertson 1966), Hairer &amp; Wanner II, IV.1 and IV.10;
 * Test Set for IVP Solvers, problem ROBER, on [0, 1e11]. As in bench/cvode_bench.c. No allocation.
 */
public final class Rober implements OdeSystem {

  static final double T_END = 1e11;
  static final double[] Y0 = {1, 0, 0};
  static final double[] REFERENCE = {0.2083340149701255e-7, 0.8333360770334713e-13, 0.9999999791665050e+0};

  @Override
  public int dimension() {
    return 3;
  }

  @Override
  public boolean autonomous() {
    return true;
  }

  @Override
  public void rhs(double t, double[] y, double[] d) {
    d[0] = -0.04 * y[0] + 1e4 * y[1] * y[2];
    d[2] = 3e7 * y[1] * y[1];
    d[1] = -d[0] - d[2];
  }

  @Override
  public void jacobian(double t, double[] y, double[] j) {
    j[0] = -0.04; j[1] = 1e4 * y[2]; j[2] = 1e4 * y[1];
    j[3] = 0.04; j[4] = -1e4 * y[2] - 6e7 * y[1]; j[5] = -1e4 * y[1];
    j[6] = 0; j[7] = 6e7 * y[1]; j[8] = 0;
  }
}
