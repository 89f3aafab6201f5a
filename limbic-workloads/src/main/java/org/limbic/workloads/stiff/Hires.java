package org.limbic.workloads.stiff;

import org.limbic.solve.OdeSystem;

/**
 * HIRES: 8 reactions of light-induced plant growth (Schäfer 1975), Hairer &amp; Wanner II, IV.10;
 * Test Set for IVP Solvers (Mazzia &amp; Magherini), problem HIRES. Equations, y0, tEnd and reference as
 * in bench/cvode_bench.c. No allocation.
 */
public final class Hires implements OdeSystem {

  static final double T_END = 321.8122;
  static final double[] Y0 = {1, 0, 0, 0, 0, 0, 0, 0.0057};
  static final double[] REFERENCE = {0.7371312573325668e-3, 0.1442485726316185e-3, 0.5888729740967575e-4,
      0.1175651343283149e-2, 0.2386356198831331e-2, 0.6238968252742796e-2, 0.2849998395185769e-2,
      0.2850001604814231e-2};

  @Override
  public int dimension() {
    return 8;
  }

  @Override
  public boolean autonomous() {
    return true;
  }

  @Override
  public void rhs(double t, double[] y, double[] d) {
    d[0] = -1.71 * y[0] + 0.43 * y[1] + 8.32 * y[2] + 0.0007;
    d[1] = 1.71 * y[0] - 8.75 * y[1];
    d[2] = -10.03 * y[2] + 0.43 * y[3] + 0.035 * y[4];
    d[3] = 8.32 * y[1] + 1.71 * y[2] - 1.12 * y[3];
    d[4] = -1.745 * y[4] + 0.43 * y[5] + 0.43 * y[6];
    d[5] = -280.0 * y[5] * y[7] + 0.69 * y[3] + 1.71 * y[4] - 0.43 * y[5] + 0.69 * y[6];
    d[6] = 280.0 * y[5] * y[7] - 1.81 * y[6];
    d[7] = -d[6];
  }

  @Override
  public void jacobian(double t, double[] y, double[] j) {
    java.util.Arrays.fill(j, 0.0);
    j[0] = -1.71; j[1] = 0.43; j[2] = 8.32;
    j[8] = 1.71; j[9] = -8.75;
    j[18] = -10.03; j[19] = 0.43; j[20] = 0.035;
    j[25] = 8.32; j[26] = 1.71; j[27] = -1.12;
    j[36] = -1.745; j[37] = 0.43; j[38] = 0.43;
    j[43] = 0.69; j[44] = 1.71; j[45] = -280.0 * y[7] - 0.43; j[46] = 0.69; j[47] = -280.0 * y[5];
    j[53] = 280.0 * y[7]; j[54] = -1.81; j[55] = 280.0 * y[5];
    j[61] = -280.0 * y[7]; j[62] = 1.81; j[63] = -280.0 * y[5];
  }
}
