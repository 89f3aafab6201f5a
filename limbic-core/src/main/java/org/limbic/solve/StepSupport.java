package org.limbic.solve;

/**
 * What the adaptive integrators share: the error norm, Hairer's starting-step algorithm and the
 * failures they report. Hot path: nothing here allocates except the exceptions thrown on failure.
 */
final class StepSupport {

  private StepSupport() {
  }

  /**
   * Weighted root-mean-square norm of {@code err} with scale {@code atol + rtol·max(|y|, |yNew|)}
   * (Hairer, Nørsett &amp; Wanner I, II.4, eq. 4.11).
   */
  static double errorNorm(double[] err, double[] y, double[] yNew, double rtol, double atol, int n) {
    if (n == 0) {
      return 0.0; // nothing to integrate (a model of rules and events only): every step is exact
    }
    double sum = 0.0;
    for (int i = 0; i < n; i++) {
      double sk = atol + rtol * Math.max(Math.abs(y[i]), Math.abs(yNew[i]));
      double q = err[i] / sk;
      sum += q * q;
    }
    return Math.sqrt(sum / n);
  }

  /**
   * Hairer's starting step (HNW I, II.4, "Starting step size"; HINIT in dopri5.f): a step from the
   * size of y and f, refined by one explicit Euler step's estimate of the second derivative.
   * Uses {@code y1}, {@code f1} as scratch; costs one rhs evaluation.
   *
   * @param order the method's order (the exponent 1/order)
   */
  static double initialStep(OdeSystem sys, double t, double[] y, double[] f0, double[] y1, double[] f1,
                            double rtol, double atol, double hMax, int order, int n) {
    double dnf = 0.0;
    double dny = 0.0;
    for (int i = 0; i < n; i++) {
      double sk = atol + rtol * Math.abs(y[i]);
      dnf += (f0[i] / sk) * (f0[i] / sk);
      dny += (y[i] / sk) * (y[i] / sk);
    }
    double h = (dnf <= 1e-10 || dny <= 1e-10) ? 1e-6 : Math.sqrt(dny / dnf) * 0.01;
    h = Math.min(h, hMax);
    for (int i = 0; i < n; i++) {
      y1[i] = y[i] + h * f0[i];
    }
    sys.rhs(t + h, y1, f1);
    double der2 = 0.0;
    for (int i = 0; i < n; i++) {
      double sk = atol + rtol * Math.abs(y[i]);
      double d = (f1[i] - f0[i]) / sk;
      der2 += d * d;
    }
    der2 = Math.sqrt(der2) / h;
    double der12 = Math.max(Math.abs(der2), Math.sqrt(dnf));
    double h1 = der12 <= 1e-15 ? Math.max(1e-6, h * 1e-3) : Math.pow(0.01 / der12, 1.0 / order);
    double h0 = Math.min(Math.min(100 * h, h1), hMax);
    return Double.isFinite(h0) && h0 > 0 ? h0 : 1e-6;
  }

  /**
   * Checks a (re)start: the initial state fits the system and is finite. Returns the dimension.
   */
  static int checkStart(OdeSystem system, double t0, double[] y0) {
    int dim = system.dimension();
    if (y0.length != dim) {
      throw new IllegalArgumentException("initial state has " + y0.length + " values, system has " + dim);
    }
    int bad = firstNonFinite(y0, dim);
    if (bad >= 0) {
      throw notFinite(system, bad, t0, false);
    }
    return dim;
  }

  /** The index of the first non-finite entry of {@code v}, or -1. */
  static int firstNonFinite(double[] v, int n) {
    for (int i = 0; i < n; i++) {
      if (!Double.isFinite(v[i])) {
        return i;
      }
    }
    return -1;
  }

  /** Smallest step allowed at time t: 16 units in the last place of t (as Hairer's codes). */
  static double minimumStep(double t) {
    return 16 * Math.ulp(Math.max(Math.abs(t), Double.MIN_NORMAL));
  }

  /**
   * The variable with the largest weighted error of the last attempted step (the one that forced
   * the step down), or "" when there is none.
   */
  static String worstVariable(OdeSystem sys, double[] err, double[] y, double[] yNew, double rtol, double atol, int n) {
    int worst = -1;
    double largest = -1;
    for (int i = 0; i < n; i++) {
      double q = Math.abs(err[i]) / (atol + rtol * Math.max(Math.abs(y[i]), Math.abs(yNew[i])));
      if (q > largest || Double.isNaN(q)) {
        largest = Double.isNaN(q) ? Double.POSITIVE_INFINITY : q;
        worst = i;
      }
    }
    return worst < 0 || largest <= 0 ? "" : sys.variableName(worst);
  }

  /** The hint fits the method: an explicit method may be facing stiffness, an implicit one a singularity. */
  static SolverException stepCollapsed(String method, double t, double h, String variable) {
    String hint = method.startsWith("dopri")
        ? "the problem may be stiff: try method 'rodas5p' (or 'auto'), or looser tolerances"
        : "the solution may be singular here (it blows up, or a rate is undefined at this state): check the rates of this"
            + " variable near this time";
    return new SolverException("step size collapsed to " + h + " in " + method, t, variable, hint);
  }

  static SolverException tooManySteps(long maxSteps, double t, String variable) {
    return new SolverException("more than " + maxSteps + " steps", t, variable,
        "raise maxSteps, loosen the tolerances, or try method 'rodas5p' if the problem is stiff");
  }

  static SolverException notFinite(OdeSystem sys, int i, double t, boolean derivative) {
    return new SolverException((derivative ? "the rate of change is " : "the state is ") + "NaN or infinite", t,
        sys.variableName(i),
        "check rates that divide by, or take the log or root of, a variable that reaches 0 or goes negative");
  }
}
