package org.limbic.workloads.stiff;

/**
 * Mixed-error significant correct digits, the accuracy measure of the Test Set for IVP Solvers
 * (Mazzia &amp; Magherini, Bari 2008, section "Accuracy"): −log10(max_i |y_i − ref_i| / (atol/rtol + |ref_i|)),
 * exactly as bench/cvode_bench.c computes it (16 when the error is 0).
 */
public final class Mescd {

  private Mescd() {
  }

  public static double of(double[] y, double[] reference, double rtol, double atol) {
    double emax = 0.0;
    for (int i = 0; i < reference.length; i++) {
      emax = Math.max(emax, Math.abs(y[i] - reference[i]) / (atol / rtol + Math.abs(reference[i])));
    }
    return emax > 0 ? -Math.log10(emax) : 16.0;
  }
}
