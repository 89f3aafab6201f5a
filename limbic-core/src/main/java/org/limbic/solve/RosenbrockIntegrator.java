package org.limbic.solve;

/**
 * Adaptive Rosenbrock–Wanner integrator for stiff problems; the method is a {@link RosenbrockTableau}
 * (Rodas5P, the default stiff method, or Rodas4). Algorithm after rodas.f (Hairer &amp; Wanner,
 * Solving ODEs II, IV.7): per step one analytic Jacobian from {@link OdeSystem#jacobian}, one LU of
 * W = I/(hγ) − J, s back-substitutions; the Jacobian is reused when a step is rejected. Step size:
 * the predictive PI controller of Gustafsson (1994) as in rodas.f (SAFE = 0.9, h_new/h in [0.2, 6]),
 * capped by maxStep, never stepping past tStop.
 *
 * <p>Default chosen by measurement (2-core machine, JDK 25, whole solves of the Test Set problems at
 * the six settings of bench/stiff-vs-cvode.sh, rtol = atol; steps / rhs evaluations / mescd):
 * <pre>
 *   problem tol     rodas5p               rodas4                CVODE (same machine)
 *   hires   1e-6     48 /  406 /  6.27     72 /  443 /  6.35    273 /  435 /  4.72
 *   hires   1e-8    131 / 1056 /  8.38    245 / 1471 /  8.11    539 /  841 /  7.04
 *   pollu   1e-6     20 /  161 /  7.79     23 /  139 /  7.35    104 /  191 /  5.89
 *   pollu   1e-8     40 /  321 /  8.59     57 /  343 /  8.51    247 /  362 /  6.50
 *   rober   1e-8    201 / 1651 / 10.61    371 / 2232 /  9.82    906 / 1464 /  8.82
 *   rober   1e-10   469 / 3795 / 12.31   1129 / 6780 / 11.21   1562 / 2221 / 10.10
 * </pre>
 * Rodas5P needs fewer steps (hence fewer Jacobians and LUs) everywhere and fewer rhs evaluations at
 * the tighter settings for as many or more correct digits, so it is the stiff default ("rodas5p").
 * Both beat CVODE's accuracy at equal tolerances by 1–2 digits; the timing ratios are in the commit
 * that added bench/stiff-vs-cvode.sh.
 *
 * <p>Hot path: {@link #step} and {@link #interpolate} allocate nothing; work arrays are allocated in
 * {@link #reset} when the dimension changes.
 */
public final class RosenbrockIntegrator implements Integrator {

  private static final double SAFE = 0.9;
  private static final double FAC_SHRINK = 5.0; // h_new >= h / 5
  private static final double FAC_GROW = 1.0 / 6.0; // h_new <= 6 h

  private final RosenbrockTableau tab;
  private final IntegratorOptions options;
  private final int s;
  private final double[] a, c, alpha, d, m, e, hd;
  private final double invQ;

  private OdeSystem sys;
  /** The system as a {@link StructuredJacobian} when it solves by blocks, else null. */
  private StructuredJacobian structured;
  private int n = -1;
  private double t, tPrev, h, hLast, hAcc, errAcc, jacNorm;
  private boolean needsStart, needsF, denseValid, autonomous;
  private long stepsSinceReset, accepted;
  private double[] y, yPrev, yNew, f0, u, ft, jac, w, err, fScratch, dense;
  private double[][] k;
  private DenseLu lu;
  private long steps, rejected, rhsCalls, jacCalls, luCalls;

  public RosenbrockIntegrator(RosenbrockTableau tableau, IntegratorOptions options) {
    this.tab = tableau;
    this.options = options;
    this.s = tableau.stages();
    this.a = tableau.a();
    this.c = tableau.c();
    this.alpha = tableau.alpha();
    this.d = tableau.d();
    this.m = tableau.m();
    this.e = tableau.e();
    this.hd = tableau.h();
    this.invQ = 1.0 / tableau.errorExponentOrder();
  }

  @Override
  public String name() {
    return tab.name();
  }

  @Override
  public void reset(OdeSystem system, double t0, double[] y0) {
    int dim = StepSupport.checkStart(system, t0, y0);
    this.sys = system;
    StructuredJacobian blocks = system instanceof StructuredJacobian sj ? sj : null;
    if (dim != n || (blocks == null) != (structured == null)) {
      n = dim;
      y = new double[n];
      yPrev = new double[n];
      yNew = new double[n];
      f0 = new double[n];
      u = new double[n];
      ft = new double[n];
      err = new double[n];
      fScratch = new double[n];
      // a structured system keeps its own matrices: n^2 here would be (n (1 + directions))^2
      jac = blocks != null ? new double[0] : new double[n * n];
      w = blocks != null ? new double[0] : new double[n * n];
      dense = new double[tab.denseRows() * n];
      k = new double[s][n];
      lu = blocks != null ? null : new DenseLu(n);
    }
    structured = blocks;
    System.arraycopy(y0, 0, y, 0, n);
    System.arraycopy(y0, 0, yPrev, 0, n);
    autonomous = system.autonomous();
    t = t0;
    tPrev = t0;
    hLast = 0.0;
    needsStart = true;
    needsF = true;
    denseValid = false;
    stepsSinceReset = 0;
    accepted = 0;
    jacNorm = 0.0;
  }

  /** The size of the last accepted step (0 before the first). */
  public double lastStepSize() {
    return hLast;
  }

  /** ‖J‖∞ at the start of the last step: a cheap upper bound of the Jacobian's spectral radius. */
  public double jacobianNorm() {
    return jacNorm;
  }

  private void evaluateF() {
    sys.rhs(t, y, f0);
    rhsCalls++;
    int bad = StepSupport.firstNonFinite(f0, n);
    if (bad >= 0) {
      throw StepSupport.notFinite(sys, bad, t, true);
    }
    needsF = false;
  }

  @Override
  public double step(double tStop) {
    if (needsF) {
      evaluateF();
    }
    if (needsStart) {
      if (options.initialStep() > 0) {
        h = Math.min(options.initialStep(), options.maxStep());
      } else {
        h = StepSupport.initialStep(sys, t, y, f0, u, fScratch, options.relativeTolerance(),
            options.absoluteTolerance(), options.maxStep(), tab.errorExponentOrder(), n);
        rhsCalls++;
      }
      needsStart = false;
    }
    if (t >= tStop) {
      return t;
    }
    final int n = this.n;
    final double rtol = options.relativeTolerance();
    final double atol = options.absoluteTolerance();
    final double[] y = this.y, jac = this.jac, w = this.w, u = this.u, yNew = this.yNew, err = this.err;

    // The Jacobian (and df/dt) at the step's start, reused by every attempt of this step.
    jacCalls++;
    if (structured != null) {
      jacNorm = structured.prepare(t, y);
    } else {
      sys.jacobian(t, y, jac);
      double norm = 0.0;
      for (int i = 0; i < n; i++) {
        double row = 0.0;
        for (int j = 0; j < n; j++) {
          row += Math.abs(jac[i * n + j]);
        }
        norm = Math.max(norm, row);
      }
      jacNorm = norm;
    }
    if (!autonomous) {
      double delta = Math.sqrt(1e-16 * Math.max(1e-5, Math.abs(t)));
      sys.rhs(t + delta, y, ft);
      rhsCalls++;
      for (int i = 0; i < n; i++) {
        ft[i] = (ft[i] - f0[i]) / delta;
      }
    }

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
        throw StepSupport.stepCollapsed(tab.name(), t, h,
            StepSupport.worstVariable(sys, err, y, yNew, rtol, atol, n));
      }
      final double hh = h;
      final double diag = 1.0 / (hh * tab.gamma());
      luCalls++;
      if (!factor(diag)) {
        rejected++;
        rejectedBefore = true;
        h *= 0.5;
        continue;
      }
      final double invH = 1.0 / hh;
      lastBad = -1;
      for (int st = 0; st < s; st++) {
        final double[] ks = k[st];
        final int row = st * s;
        if (st == 0) {
          System.arraycopy(f0, 0, ks, 0, n);
        } else {
          System.arraycopy(y, 0, u, 0, n);
          for (int j = 0; j < st; j++) {
            double aij = a[row + j];
            if (aij != 0.0) {
              final double[] kj = k[j];
              for (int i = 0; i < n; i++) {
                u[i] += aij * kj[i];
              }
            }
          }
          sys.rhs(t + alpha[st] * hh, u, ks);
          rhsCalls++;
          int bad = StepSupport.firstNonFinite(ks, n);
          if (bad >= 0) {
            // the solve would smear the NaN over every component: blame the rate that produced it
            lastBad = bad;
            break;
          }
          for (int j = 0; j < st; j++) {
            double cij = c[row + j] * invH;
            if (cij != 0.0) {
              final double[] kj = k[j];
              for (int i = 0; i < n; i++) {
                ks[i] += cij * kj[i];
              }
            }
          }
        }
        if (!autonomous && d[st] != 0.0) {
          double hdi = hh * d[st];
          for (int i = 0; i < n; i++) {
            ks[i] += hdi * ft[i];
          }
        }
        if (structured != null) {
          structured.solve(ks);
        } else {
          lu.solve(w, ks);
        }
      }
      if (lastBad >= 0) {
        rejected++;
        rejectedBefore = true;
        h *= 0.1;
        continue;
      }
      System.arraycopy(y, 0, yNew, 0, n);
      java.util.Arrays.fill(err, 0, n, 0.0);
      for (int j = 0; j < s; j++) {
        final double[] kj = k[j];
        double mj = m[j];
        double ej = e[j];
        if (mj != 0.0) {
          for (int i = 0; i < n; i++) {
            yNew[i] += mj * kj[i];
          }
        }
        if (ej != 0.0) {
          for (int i = 0; i < n; i++) {
            err[i] += ej * kj[i];
          }
        }
      }
      double en = StepSupport.errorNorm(err, y, yNew, rtol, atol, n);
      if (!Double.isFinite(en)) {
        int bad = StepSupport.firstNonFinite(yNew, n);
        lastBad = bad < 0 ? 0 : bad;
        rejected++;
        rejectedBefore = true;
        h *= 0.1;
        continue;
      }
      double fac = Math.max(FAC_GROW, Math.min(FAC_SHRINK, Math.pow(en, invQ) / SAFE));
      double hNew = hh / fac;
      if (en <= 1.0) {
        if (accepted > 0) {
          // Gustafsson's predictive controller (rodas.f, IF (PRED)).
          double facGus = (hAcc / hh) * Math.pow(en * en / errAcc, invQ) / SAFE;
          facGus = Math.max(FAC_GROW, Math.min(FAC_SHRINK, facGus));
          fac = Math.max(fac, facGus);
          hNew = hh / fac;
        }
        hAcc = hh;
        errAcc = Math.max(1e-2, en);
        if (rejectedBefore) {
          hNew = Math.min(hNew, hh);
        }
        double[] sw = yPrev;
        yPrev = this.y;
        this.y = yNew;
        this.yNew = sw;
        tPrev = t;
        t = last ? tStop : t + hh;
        hLast = hh;
        h = hNew;
        accepted++;
        steps++;
        needsF = true;
        denseValid = false;
        return t;
      }
      rejected++;
      rejectedBefore = true;
      h = accepted == 0 ? hh * 0.1 : hNew;
    }
  }

  /** W = diag I − J, factored; false when singular. */
  private boolean factor(double diag) {
    if (structured != null) {
      return structured.factor(diag);
    }
    for (int i = 0; i < n * n; i++) {
      w[i] = -jac[i];
    }
    for (int i = 0; i < n; i++) {
      w[i * n + i] += diag;
    }
    return lu.factor(w);
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

  /** The stiff-aware interpolant of the last step (see {@link RosenbrockTableau}); no allocation. */
  @Override
  public void interpolate(double tOut, double[] out) {
    if (t == tPrev) {
      System.arraycopy(y, 0, out, 0, n);
      return;
    }
    int rows = tab.denseRows();
    if (!denseValid) {
      java.util.Arrays.fill(dense, 0.0);
      for (int r = 0; r < rows; r++) {
        for (int j = 0; j < s; j++) {
          double hrj = hd[r * s + j];
          if (hrj != 0.0) {
            double[] kj = k[j];
            for (int i = 0; i < n; i++) {
              dense[r * n + i] += hrj * kj[i];
            }
          }
        }
      }
      denseValid = true;
    }
    double th = (tOut - tPrev) / (t - tPrev);
    double th1 = 1.0 - th;
    for (int i = 0; i < n; i++) {
      double inner = dense[(rows - 1) * n + i];
      for (int r = rows - 2; r >= 0; r--) {
        inner = dense[r * n + i] + th * inner;
      }
      out[i] = th1 * yPrev[i] + th * (y[i] + th1 * inner);
    }
  }

  @Override
  public SolverStatistics statistics() {
    return new SolverStatistics(steps, rejected, rhsCalls, jacCalls, luCalls);
  }
}
