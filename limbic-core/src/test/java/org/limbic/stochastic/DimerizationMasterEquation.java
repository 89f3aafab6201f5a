package org.limbic.stochastic;

/**
 * The chemical master equation of 2A -> B (c1), B -> 2A (c2), solved exactly on its finite state space.
 * With T = A + 2B conserved the states are B = 0..floor(T/2); dp/dt = p Q is integrated by
 * uniformization (Jensen 1953; Grassmann 1977, Comput Oper Res 4:47): over a slice h,
 * p(t + h) = sum_n Poisson(n; L h) p(t) P^n with P = I + Q / L and L the largest exit rate. Every term
 * is non-negative, so there is no cancellation; the series is cut when the remaining Poisson mass is
 * below 1e-15, and slices keep L h &lt;= 30 so that e^{-L h} does not underflow.
 */
final class DimerizationMasterEquation {

  private final int total;
  private final double c1;
  private final double c2;

  DimerizationMasterEquation(int a0, int b0, double c1, double c2) {
    this.total = a0 + 2 * b0;
    this.c1 = c1;
    this.c2 = c2;
  }

  int states() {
    return total / 2 + 1;
  }

  /** Count of A in state b (b molecules of B). */
  int a(int b) {
    return total - 2 * b;
  }

  double dimerization(int b) {
    int a = a(b);
    return c1 * a * (a - 1) / 2.0;
  }

  double dissociation(int b) {
    return c2 * b;
  }

  /** The distribution of B at time t, starting with certainty in state b0. */
  double[] distribution(int b0, double t) {
    int n = states();
    double[] p = new double[n];
    p[b0] = 1;
    double largestExit = 0;
    for (int b = 0; b < n; b++) {
      largestExit = Math.max(largestExit, dimerization(b) + dissociation(b));
    }
    if (largestExit == 0 || t == 0) {
      return p;
    }
    int slices = (int) Math.ceil(largestExit * t / 30);
    double h = t / slices;
    for (int s = 0; s < slices; s++) {
      p = slice(p, largestExit, h);
    }
    return p;
  }

  private double[] slice(double[] p, double rate, double h) {
    int n = p.length;
    double[] term = p.clone();
    double weight = Math.exp(-rate * h);
    double[] result = new double[n];
    double accumulated = 0;
    for (int k = 0; accumulated < 1 - 1e-15 && k < 10_000; k++) {
      if (k > 0) {
        term = jump(term, rate);
        weight *= rate * h / k;
      }
      for (int b = 0; b < n; b++) {
        result[b] += weight * term[b];
      }
      accumulated += weight;
    }
    return result;
  }

  /** q P with P = I + Q / rate. */
  private double[] jump(double[] q, double rate) {
    int n = q.length;
    double[] next = new double[n];
    for (int b = 0; b < n; b++) {
      double forward = dimerization(b) / rate;
      double backward = dissociation(b) / rate;
      next[b] += q[b] * (1 - forward - backward);
      if (b + 1 < n) {
        next[b + 1] += q[b] * forward;
      }
      if (b > 0) {
        next[b - 1] += q[b] * backward;
      }
    }
    return next;
  }

  /** Central moment of order {@code order} of A (about its mean); order 1 gives the mean itself. */
  double momentOfA(double[] p, int order) {
    double mean = 0;
    for (int b = 0; b < p.length; b++) {
      mean += p[b] * a(b);
    }
    if (order == 1) {
      return mean;
    }
    double moment = 0;
    for (int b = 0; b < p.length; b++) {
      moment += p[b] * Math.pow(a(b) - mean, order);
    }
    return moment;
  }
}
