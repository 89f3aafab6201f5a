package org.limbic.workloads.stiff;

import org.limbic.solve.OdeSystem;

/**
 * POLLU: the air-pollution model of Verwer (1994), 20 species and 25 mass-action reactions; Test Set
 * for IVP Solvers, problem POLLU, on [0, 60]. Written, as bench/cvode_bench.c, from the reaction
 * table: rate constants, reactants and net stoichiometry (reaction 3 also produces species 6).
 * rhs and jacobian loop over the tables and allocate nothing.
 */
public final class Pollu implements OdeSystem {

  static final double T_END = 60.0;
  static final double[] Y0 = new double[20];
  static {
    Y0[1] = 0.2; Y0[3] = 0.04; Y0[6] = 0.1; Y0[7] = 0.3; Y0[8] = 0.01; Y0[16] = 0.007;
  }
  static final double[] REFERENCE = {0.5646255480022769e-1, 0.1342484130422339e+0, 0.4139734331099427e-8,
      0.5523140207484359e-2, 0.2018977262302196e-6, 0.1464541863493966e-6, 0.7784249118997964e-1,
      0.3245075353396018e+0, 0.7494013383880406e-2, 0.1622293157301561e-7, 0.1135863833257075e-7,
      0.2230505975721359e-2, 0.2087162882798630e-3, 0.1396921016840158e-4, 0.8964884856898295e-2,
      0.4352846369330103e-17, 0.6899219696263405e-2, 0.1007803037365946e-3, 0.1772146513969984e-5,
      0.5682943292316392e-4};

  private static final double[] K = {.35e0, .266e2, .123e5, .86e-3, .82e-3, .15e5, .13e-3, .24e5, .165e5, .9e4,
      .22e-1, .12e5, .188e1, .163e5, .48e7, .35e-3, .175e-1, .1e9, .444e12, .124e4, .21e1, .578e1, .474e-1,
      .178e4, .312e1};
  /** Reactants (0-based species; -1 = none). */
  private static final int[] R0 = {0, 1, 4, 6, 6, 6, 8, 8, 10, 10, 12, 9, 13, 0, 2, 3, 3, 15, 15, 16, 18, 18, 0, 18, 19};
  private static final int[] R1 = {-1, 3, 1, -1, -1, 5, -1, 5, 1, 0, -1, 1, -1, 5, -1, -1, -1, -1, -1, 5, -1, -1, 3, 0,
      -1};
  /** Net stoichiometry, flattened: for reaction r, entries START[r] .. START[r+1]-1 of SPECIES / COEF. */
  private static final int[] START;
  private static final int[] SPECIES;
  private static final double[] COEF;

  static {
    int[][] ps = {
        {0, -1, 1, 1, 2, 1}, {1, -1, 3, -1, 0, 1}, {4, -1, 1, -1, 0, 1, 5, 1}, {6, -1, 4, 2, 7, 1}, {6, -1, 7, 1},
        {6, -1, 5, -1, 4, 1, 7, 1}, {8, -1, 4, 1, 7, 1, 9, 1}, {8, -1, 5, -1, 10, 1}, {10, -1, 1, -1, 0, 1, 9, 1, 11, 1},
        {10, -1, 0, -1, 12, 1}, {12, -1, 0, 1, 10, 1}, {9, -1, 1, -1, 0, 1, 13, 1}, {13, -1, 4, 1, 6, 1},
        {0, -1, 5, -1, 14, 1}, {2, -1, 3, 1}, {3, -1, 15, 1}, {3, -1, 2, 1}, {15, -1, 5, 2}, {15, -1, 2, 1},
        {16, -1, 5, -1, 4, 1, 17, 1}, {18, -1, 1, 1}, {18, -1, 0, 1, 2, 1}, {0, -1, 3, -1, 18, 1},
        {18, -1, 0, -1, 19, 1}, {19, -1, 0, 1, 18, 1}};
    START = new int[ps.length + 1];
    int total = 0;
    for (int r = 0; r < ps.length; r++) {
      START[r] = total;
      total += ps[r].length / 2;
    }
    START[ps.length] = total;
    SPECIES = new int[total];
    COEF = new double[total];
    for (int r = 0, q = 0; r < ps.length; r++) {
      for (int k = 0; k < ps[r].length; k += 2, q++) {
        SPECIES[q] = ps[r][k];
        COEF[q] = ps[r][k + 1];
      }
    }
  }

  @Override
  public int dimension() {
    return 20;
  }

  @Override
  public boolean autonomous() {
    return true;
  }

  @Override
  public void rhs(double t, double[] y, double[] d) {
    java.util.Arrays.fill(d, 0, 20, 0.0);
    for (int r = 0; r < 25; r++) {
      double v = K[r] * y[R0[r]];
      if (R1[r] >= 0) {
        v *= y[R1[r]];
      }
      for (int q = START[r]; q < START[r + 1]; q++) {
        d[SPECIES[q]] += COEF[q] * v;
      }
    }
  }

  @Override
  public void jacobian(double t, double[] y, double[] j) {
    java.util.Arrays.fill(j, 0, 400, 0.0);
    for (int r = 0; r < 25; r++) {
      int a0 = R0[r];
      int a1 = R1[r];
      double d0 = a1 >= 0 ? K[r] * y[a1] : K[r];
      double d1 = a1 >= 0 ? K[r] * y[a0] : 0.0;
      for (int q = START[r]; q < START[r + 1]; q++) {
        int row = SPECIES[q] * 20;
        j[row + a0] += COEF[q] * d0;
        if (a1 >= 0) {
          j[row + a1] += COEF[q] * d1;
        }
      }
    }
  }
}
