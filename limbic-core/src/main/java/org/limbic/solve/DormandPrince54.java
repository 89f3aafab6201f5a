package org.limbic.solve;

/**
 * Dormand–Prince 5(4) explicit Runge–Kutta method with the first-same-as-last stage, Hairer's step
 * size control (Lund stabilization, β = 0.04), Hairer's starting step, 4th-order continuous extension
 * and stiffness detection, after DOPRI5 (Hairer, Nørsett &amp; Wanner, Solving ODEs I, 2nd ed., II.4,
 * II.6 and IV.2; dopri5.f). The choice for non-stiff problems and the "auto" integrator's first
 * method.
 *
 * <p>Stiffness detection (dopri5.f): after each accepted step, h·λ ≈ h·‖k7 − k6‖/‖y1 − y6‖ estimates
 * the step's distance from the stability boundary (≈ 3.3 on the negative real axis). When it exceeds
 * 3.25 fifteen times without six non-stiff readings in between, {@link #stiffnessDetected()} turns
 * true (it stays true until a reset).
 *
 * <p>Hot path: {@link #step} and {@link #interpolate} allocate nothing; all work arrays are
 * allocated in {@link #reset} (again only when the dimension changes).
 */
public final class DormandPrince54 implements Integrator {

  // Butcher tableau (HNW I, Table II.5.2; dopri5.f).
  private static final double C2 = 1.0 / 5, C3 = 3.0 / 10, C4 = 4.0 / 5, C5 = 8.0 / 9;
  private static final double A21 = 1.0 / 5;
  private static final double A31 = 3.0 / 40, A32 = 9.0 / 40;
  private static final double A41 = 44.0 / 45, A42 = -56.0 / 15, A43 = 32.0 / 9;
  private static final double A51 = 19372.0 / 6561, A52 = -25360.0 / 2187, A53 = 64448.0 / 6561, A54 = -212.0 / 729;
  private static final double A61 = 9017.0 / 3168, A62 = -355.0 / 33, A63 = 46732.0 / 5247, A64 = 49.0 / 176,
      A65 = -5103.0 / 18656;
  private static final double A71 = 35.0 / 384, A73 = 500.0 / 1113, A74 = 125.0 / 192, A75 = -2187.0 / 6784,
      A76 = 11.0 / 84;
  // Error coefficients: 5th minus embedded 4th order weights.
  private static final double E1 = 71.0 / 57600, E3 = -71.0 / 16695, E4 = 71.0 / 1920, E5 = -17253.0 / 339200,
      E6 = 22.0 / 525, E7 = -1.0 / 40;
  // Continuous extension (Dormand & Prince 1986 / Shampine 1986; dopri5.f).
  private static final double D1 = -12715105075.0 / 11282082432.0, D3 = 87487479700.0 / 32700410799.0,
      D4 = -10690763975.0 / 1880347072.0, D5 = 701980252875.0 / 199316789632.0,
      D6 = -1453857185.0 / 822651844.0, D7 = 69997945.0 / 29380423.0;

  // Step control constants of dopri5.f: SAFE, FAC1, FAC2, BETA.
  private static final double SAFE = 0.9, FACC1 = 1.0 / 0.2, FACC2 = 1.0 / 10.0, BETA = 0.04;
  private static final double EXPO1 = 0.2 - BETA * 0.75;

  private final IntegratorOptions options;
  private OdeSystem sys;
  private int n = -1;
  private double t, tPrev, h, hLast, facOld;
  private boolean needsStart;
  private long stepsSinceReset;
  private int stiffCount, nonStiffCount;
  private boolean stiff;
  private double lastStiffnessEstimate;
  private double[] y, f, yPrev, fPrev, yNew, fNew, k2, k3, k4, k5, k6, yTmp, ySti, err, dense5;
  private long steps, rejected, rhsCalls;

  public DormandPrince54(IntegratorOptions options) {
    this.options = options;
  }

  @Override
  public String name() {
    return "dopri5";
  }

  @Override
  public void reset(OdeSystem system, double t0, double[] y0) {
    int dim = StepSupport.checkStart(system, t0, y0);
    this.sys = system;
    if (dim != n) {
      n = dim;
      y = new double[n];
      f = new double[n];
      yPrev = new double[n];
      fPrev = new double[n];
      yNew = new double[n];
      fNew = new double[n];
      k2 = new double[n];
      k3 = new double[n];
      k4 = new double[n];
      k5 = new double[n];
      k6 = new double[n];
      yTmp = new double[n];
      ySti = new double[n];
      err = new double[n];
      dense5 = new double[n];
    }
    System.arraycopy(y0, 0, y, 0, n);
    System.arraycopy(y0, 0, yPrev, 0, n);
    t = t0;
    tPrev = t0;
    hLast = 0.0;
    facOld = 1e-4;
    needsStart = true;
    stepsSinceReset = 0;
    stiffCount = 0;
    nonStiffCount = 0;
    stiff = false;
    lastStiffnessEstimate = 0.0;
  }

  /** True once Hairer's test has seen h·λ > 3.25 fifteen times (see the class comment). */
  public boolean stiffnessDetected() {
    return stiff;
  }

  /** The last h·λ estimate (0 before the first accepted step). */
  public double stiffnessEstimate() {
    return lastStiffnessEstimate;
  }

  /** The size of the last accepted step (0 before the first). */
  public double lastStepSize() {
    return hLast;
  }

  private void start() {
    sys.rhs(t, y, f);
    rhsCalls++;
    int bad = StepSupport.firstNonFinite(f, n);
    if (bad >= 0) {
      throw StepSupport.notFinite(sys, bad, t, true);
    }
    if (options.initialStep() > 0) {
      h = Math.min(options.initialStep(), options.maxStep());
    } else {
      h = StepSupport.initialStep(sys, t, y, f, yTmp, k2, options.relativeTolerance(), options.absoluteTolerance(),
          options.maxStep(), 5, n);
      rhsCalls++;
    }
    System.arraycopy(f, 0, fPrev, 0, n);
    needsStart = false;
  }

  @Override
  public double step(double tStop) {
    if (needsStart) {
      start();
    }
    if (t >= tStop) {
      return t;
    }
    final double rtol = options.relativeTolerance();
    final double atol = options.absoluteTolerance();
    boolean rejectedBefore = false;
    int lastBad = -1;
    while (true) {
      if (++stepsSinceReset > options.maxSteps()) {
        throw StepSupport.tooManySteps(options.maxSteps(), t,
            StepSupport.worstVariable(sys, err, y, yNew, options.relativeTolerance(), options.absoluteTolerance(), n));
      }
      h = Math.min(h, options.maxStep());
      boolean last = false;
      if (t + 1.01 * h >= tStop) {
        h = tStop - t;
        last = true;
      }
      if (!last && h < StepSupport.minimumStep(t)) {
        if (lastBad >= 0) {
          throw StepSupport.notFinite(sys, lastBad, t, true);
        }
        throw StepSupport.stepCollapsed("dopri5", t, h,
            StepSupport.worstVariable(sys, err, y, yNew, rtol, atol, n));
      }
      attempt(h);
      for (int i = 0; i < n; i++) {
        err[i] = h * (E1 * f[i] + E3 * k3[i] + E4 * k4[i] + E5 * k5[i] + E6 * k6[i] + E7 * fNew[i]);
      }
      double e = StepSupport.errorNorm(err, y, yNew, rtol, atol, n);
      if (!Double.isFinite(e)) {
        lastBad = firstBadStage();
        rejected++;
        rejectedBefore = true;
        h *= 0.1;
        continue;
      }
      double fac11 = Math.pow(e, EXPO1);
      if (e <= 1.0) {
        // Accepted: Lund-stabilized step size (dopri5.f).
        double fac = fac11 / Math.pow(facOld, BETA);
        fac = Math.max(FACC2, Math.min(FACC1, fac / SAFE));
        double hNew = h / fac;
        facOld = Math.max(e, 1e-4);
        if (rejectedBefore) {
          hNew = Math.min(hNew, h);
        }
        detectStiffness(h);
        for (int i = 0; i < n; i++) {
          dense5[i] = h * (D1 * f[i] + D3 * k3[i] + D4 * k4[i] + D5 * k5[i] + D6 * k6[i] + D7 * fNew[i]);
        }
        double[] s = yPrev;
        yPrev = y;
        y = yNew;
        yNew = s;
        s = fPrev;
        fPrev = f;
        f = fNew;
        fNew = s;
        tPrev = t;
        t = last ? tStop : t + h;
        hLast = h;
        h = hNew;
        steps++;
        return t;
      }
      rejected++;
      rejectedBefore = true;
      h = h / Math.min(FACC1, fac11 / SAFE);
    }
  }

  /** The stages of one step of size hh from (t, y, f); writes yNew, fNew (FSAL) and k2..k6. */
  private void attempt(double hh) {
    final double[] y = this.y, f = this.f, yTmp = this.yTmp;
    for (int i = 0; i < n; i++) {
      yTmp[i] = y[i] + hh * A21 * f[i];
    }
    sys.rhs(t + C2 * hh, yTmp, k2);
    for (int i = 0; i < n; i++) {
      yTmp[i] = y[i] + hh * (A31 * f[i] + A32 * k2[i]);
    }
    sys.rhs(t + C3 * hh, yTmp, k3);
    for (int i = 0; i < n; i++) {
      yTmp[i] = y[i] + hh * (A41 * f[i] + A42 * k2[i] + A43 * k3[i]);
    }
    sys.rhs(t + C4 * hh, yTmp, k4);
    for (int i = 0; i < n; i++) {
      yTmp[i] = y[i] + hh * (A51 * f[i] + A52 * k2[i] + A53 * k3[i] + A54 * k4[i]);
    }
    sys.rhs(t + C5 * hh, yTmp, k5);
    for (int i = 0; i < n; i++) {
      ySti[i] = y[i] + hh * (A61 * f[i] + A62 * k2[i] + A63 * k3[i] + A64 * k4[i] + A65 * k5[i]);
    }
    sys.rhs(t + hh, ySti, k6);
    for (int i = 0; i < n; i++) {
      yNew[i] = y[i] + hh * (A71 * f[i] + A73 * k3[i] + A74 * k4[i] + A75 * k5[i] + A76 * k6[i]);
    }
    sys.rhs(t + hh, yNew, fNew);
    rhsCalls += 6;
  }

  private int firstBadStage() {
    int bad = StepSupport.firstNonFinite(fNew, n);
    if (bad < 0) {
      bad = StepSupport.firstNonFinite(k6, n);
    }
    if (bad < 0) {
      bad = StepSupport.firstNonFinite(yNew, n);
    }
    return bad < 0 ? 0 : bad;
  }

  /** Hairer's test (dopri5.f, lines after label 'STIFFNESS DETECTION'). */
  private void detectStiffness(double hh) {
    double num = 0.0;
    double den = 0.0;
    for (int i = 0; i < n; i++) {
      double a = fNew[i] - k6[i];
      double b = yNew[i] - ySti[i];
      num += a * a;
      den += b * b;
    }
    if (den > 0.0) {
      lastStiffnessEstimate = hh * Math.sqrt(num / den);
      if (lastStiffnessEstimate > 3.25) {
        nonStiffCount = 0;
        if (++stiffCount >= 15) {
          stiff = true;
        }
      } else if (++nonStiffCount >= 6) {
        stiffCount = 0;
      }
    }
  }

  @Override
  public double time() {
    return t;
  }

  @Override
  public double previousTime() {
    return tPrev;
  }

  @Override
  public double[] state() {
    return y;
  }

  /** Hairer's CONTD5: y0 + θ(Δ + (1−θ)(b + θ(Δ − h f1 − b + (1−θ) r5))), b = h f0 − Δ. */
  @Override
  public void interpolate(double tOut, double[] out) {
    if (t == tPrev) {
      System.arraycopy(y, 0, out, 0, n);
      return;
    }
    double hh = t - tPrev;
    double th = (tOut - tPrev) / hh;
    double th1 = 1.0 - th;
    for (int i = 0; i < n; i++) {
      double dy = y[i] - yPrev[i];
      double bspl = hh * fPrev[i] - dy;
      double r4 = dy - hh * f[i] - bspl;
      out[i] = yPrev[i] + th * (dy + th1 * (bspl + th * (r4 + th1 * dense5[i])));
    }
  }

  @Override
  public SolverStatistics statistics() {
    return new SolverStatistics(steps, rejected, rhsCalls, 0, 0);
  }
}
