package org.limbic.experiment.sensitivity;

import java.util.List;

/**
 * The Ishigami function (Ishigami &amp; Homma 1990, Proc. ISUMA '90, 398), the standard test of
 * variance-based sensitivity: y = sin x1 + a sin^2 x2 + b x3^4 sin x1, x_i uniform on [-pi, pi], here
 * with a = 7, b = 0.1, and its exact partial variances (Saltelli et al. 2008, Global Sensitivity
 * Analysis: The Primer, sec. 4.9; Sobol &amp; Levitan 1999).
 */
final class Ishigami {

  static final double A = 7;
  static final double B = 0.1;

  private Ishigami() {
  }

  static double y(double[] x) {
    return Math.sin(x[0]) + A * Math.sin(x[1]) * Math.sin(x[1]) + B * Math.pow(x[2], 4) * Math.sin(x[0]);
  }

  static List<Factor> factors() {
    return List.of(Factor.uniform("x1", -Math.PI, Math.PI), Factor.uniform("x2", -Math.PI, Math.PI),
        Factor.uniform("x3", -Math.PI, Math.PI));
  }

  private static final double PI4 = Math.pow(Math.PI, 4);
  private static final double PI8 = Math.pow(Math.PI, 8);

  /** V = a^2/8 + b pi^4/5 + b^2 pi^8/18 + 1/2. */
  static final double VARIANCE = A * A / 8 + B * PI4 / 5 + B * B * PI8 / 18 + 0.5;
  /** V1 = (1 + b pi^4/5)^2 / 2, V2 = a^2/8, V3 = 0, V13 = 8 b^2 pi^8 / 225 (the only interaction). */
  static final double V1 = 0.5 * Math.pow(1 + B * PI4 / 5, 2);
  static final double V2 = A * A / 8;
  static final double V13 = 8 * B * B * PI8 / 225;

  /** First-order indices S1, S2, S3 = 0.3139, 0.4424, 0. */
  static final double[] FIRST = {V1 / VARIANCE, V2 / VARIANCE, 0};
  /** Total-order indices ST1, ST2, ST3 = 0.5576, 0.4424, 0.2437. */
  static final double[] TOTAL = {(V1 + V13) / VARIANCE, V2 / VARIANCE, V13 / VARIANCE};
}
