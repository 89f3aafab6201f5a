package org.limbic.petab;

/**
 * Neumaier's compensated summation (Neumaier 1974; Higham, Accuracy and Stability of Numerical
 * Algorithms, 2nd ed., section 4.3): the sum of n terms to within about one rounding of the result,
 * where a plain running sum errs by up to n of them. The log-likelihood of Beer's 27132 measurements
 * (58622.9) summed plainly carries a rounding error of about 1e-10 that changes erratically with the
 * parameters; its central differences then err by 1e-10 / h, 1e-4 of a gradient component of 3e-3.
 */
final class CompensatedSum {

  private double sum;
  private double compensation;

  void add(double x) {
    double t = sum + x;
    if (Math.abs(sum) >= Math.abs(x)) {
      compensation += (sum - t) + x;
    } else {
      compensation += (x - t) + sum;
    }
    sum = t;
  }

  double value() {
    return sum + compensation;
  }
}
