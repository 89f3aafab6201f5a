package org.limbic.steady;

import java.util.BitSet;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import org.limbic.compile.CompiledModel;
import org.limbic.compile.StateStoichiometry;
import org.limbic.simulation.Simulator;
import org.limbic.simulation.TimeSwitches;
import org.limbic.solve.DenseLu;
import org.limbic.solve.Eigenvalues;
import org.limbic.solve.SolverException;

/**
 * A steady state of a compiled model: a state y with f(y) = 0 in the stoichiometric class of the
 * start (every conserved total g . y of {@link ConservationLaws} as at the start).
 *
 * <p>The steady state wanted is the one the dynamics reach from the start (PEtab's and AMICI's
 * pre-equilibration): what simulation finds. Newton's method finds a root, which may be another
 * one: of another stoichiometric class when a conservation law is not known (rate rules hide theirs
 * from the stoichiometry; PEtab test case 0018 at k2 = 0.5995 gave A + B = 6.0017 for the start's 2),
 * an unstable one, or a stable one in another basin (AMICI made simulation its default in 2024 for
 * such reasons, AMICI-dev/AMICI#2571). So Newton's root is used only where it can be told to be the
 * flow's, and otherwise the solver simulates.
 *
 * <p>Newton's method first (damped, with a backtracking line search on the weighted residual norm),
 * on the reduced system: the equation of each law's dependent state is replaced by the law, so that
 * the Jacobian is not singular because of moieties; the reduced Jacobian is equilibrated and must
 * have a reciprocal condition of at least 1e-12 at every iterate (a law
 * the stoichiometry does not show makes it singular; rounding can hide that from the LU's zero-pivot
 * test). Its result is accepted only if it passes the steady-state test on every state of the full
 * system (|f_i| <= atol + rtol |y_i|), holds every total of the start, has no negative amount of a
 * species that started nonnegative (another root of mass-action equations, never reached from the
 * start), the start is in its linear regime (f is nearly its linearization at the root from the start
 * to the root) and it is linearly stable on its stoichiometric class (every eigenvalue of the
 * Jacobian there with a negative real part), as {@code certify} says. Otherwise, or when Newton's method
 * does not apply, simulation: the model runs on from the start over decades of time (t0 + 10, 100,
 * ... up to t0 + lastTime) until the test passes, Newton's method being tried again, with the same
 * checks, from the state at each decade; PEtab's pre-equilibration as AMICI does it.
 *
 * <p>Newton's method does not apply, and simulation alone is used, when: the model has events (a
 * fixed point of f ignores them, but one may fire on the way and change the state or a parameter);
 * f depends on time after t0 other than through switches at or before t0 ({@link TimeSwitches#autonomousAfter}:
 * then f has no time-independent root; a switch at or before t0, as PEtab's stimuli from t = 0, is
 * evaluated after it); the model has delays; or the conservation laws found from the stoichiometry
 * do not hold for the compiled right-hand side at the start and at two other states (a structure this
 * class does not understand: refused rather than trusted).
 *
 * <p>Thread-safe: every {@link #solve} works on its own arrays.
 */
public final class SteadyStateSolver {

  /** Laws per compiled model, found once (they depend on the structure only). */
  private static final Map<CompiledModel, ConservationLaws> LAWS = Collections.synchronizedMap(new WeakHashMap<>());

  /** The largest |g . f| / sum |g_j| |fluxes of j| rounding can leave in a true law (terms of relative error 1e-16). */
  private static final double LAW_CHECK = 1e-9;

  private final CompiledModel model;
  private final SteadyStateOptions options;
  private final ConservationLaws laws;
  private static final Map<CompiledModel, StateStoichiometry> STOICHIOMETRY = Collections.synchronizedMap(new WeakHashMap<>());

  /** Per compiled model, the laws per set of reactions off (rate 0 for the parameters at hand), found once each. */
  private static final Map<CompiledModel, Map<BitSet, ConservationLaws>> LAWS_WITH_OFF =
      Collections.synchronizedMap(new WeakHashMap<>());

  public SteadyStateSolver(CompiledModel model, SteadyStateOptions options) {
    this.model = model;
    this.options = options;
    this.laws = LAWS.computeIfAbsent(model, ConservationLaws::of);
  }

  public SteadyStateSolver(CompiledModel model) {
    this(model, SteadyStateOptions.DEFAULTS);
  }

  /**
   * The conservation laws of the model's structure. A Newton solution holds to these and to those
   * of reactions that are off for its parameters ({@link SteadyStateResult#conservationLaws()}).
   */
  public ConservationLaws conservationLaws() {
    return laws;
  }

  /** The steady state reached from the model's initial state at t = 0 for parameter vector {@code p}. */
  public SteadyStateResult solve(double[] p) {
    double[] q = p.clone();
    return solve(q, model.initialState(0, q), 0);
  }

  /**
   * The steady state reached from {@code y0} (amounts, in the layout's state order) at time t0.
   *
   * @throws SteadyStateException when neither method reaches one, with the residual reached
   */
  public SteadyStateResult solve(double[] p, double[] y0, double t0) {
    if (y0.length != model.layout().stateCount()) {
      throw new IllegalArgumentException("initial state has " + y0.length + " entries; model '" + model.model().id()
          + "' has " + model.layout().stateCount() + " states");
    }
    p = p.clone();
    String note = "simulation was asked for";
    Newton newton = null;
    BitSet off = new BitSet();
    ConservationLaws laws = this.laws;
    if (options.strategy() != SteadyStateOptions.Strategy.SIMULATION) {
      note = newtonDoesNotApply(p, y0, t0);
      if (note.isEmpty()) {
        off = reactionsOff(p, y0, t0);
        laws = off.isEmpty() ? this.laws : LAWS_WITH_OFF.computeIfAbsent(model, m -> new ConcurrentHashMap<>())
            .computeIfAbsent(off, o -> ConservationLaws.of(model, o));
        note = lawsContradicted(p, y0, t0, laws);
      }
      if (note.isEmpty()) {
        newton = newton(p, y0, t0, laws, off, laws.totals(y0));
        if (newton.failure().isEmpty()) {
          return new SteadyStateResult(model.layout().stateIds(), newton.y(), SteadyStateResult.Method.NEWTON,
              newton.iterations(), newton.residual(), name(newton.worst()), Double.NaN, laws, "");
        }
        note = "Newton's method " + newton.failure();
      }
      if (options.strategy() == SteadyStateOptions.Strategy.NEWTON) {
        int worst = newton == null ? 0 : newton.worst();
        double residual = newton == null ? Double.NaN : newton.residual();
        throw new SteadyStateException("no steady state reached: " + note, t0, newton == null ? "" : name(worst),
            residual, "try the simulation fallback (strategy NEWTON_THEN_SIMULATION)");
      }
    }
    return simulate(p, y0, t0, note, laws, off);
  }

  // ---- Newton ----

  /** Why Newton's method does not apply to this model and start, or "" when it does. */
  private String newtonDoesNotApply(double[] p, double[] y0, double t0) {
    if (!model.model().events().isEmpty()) {
      return "not used: the model has events, which a root of the right-hand side would ignore";
    }
    double after = TimeSwitches.autonomousAfter(model, p);
    if (after == Double.POSITIVE_INFINITY) {
      return "not used: the right-hand side reads time (or a delay) otherwise than in switches at fixed times";
    }
    if (after > t0) {
      return "not used: the right-hand side switches at t = " + after + ", after the start " + t0;
    }
    return "";
  }

  /**
   * The reactions whose rate is 0 at the start and at four states spread over two orders of
   * magnitude around it, for the parameters at hand (a rate constant, an inhibitor or a stimulus
   * at 0): while they stay off, a species only they change is constant, a conservation law the
   * structure alone does not show (PEtab's Isensee model: PDE and pPDE in its pre-equilibration).
   * Newton's iteration checks that they stay off at every iterate.
   */
  private BitSet reactionsOff(double[] p, double[] y0, double t0) {
    int reactions = model.model().reactions().size();
    BitSet off = new BitSet();
    off.set(0, reactions);
    int[] work = model.layout().reactionWorkIndex();
    CompiledModel.ModelOde ode = model.odeSystem(p);
    double[] f = new double[y0.length];
    double offset = offset(y0);
    for (int point = 0; point < 5 && !off.isEmpty(); point++) {
      double[] y = y0.clone();
      for (int j = 0; j < y.length && point > 0; j++) {
        y[j] = (Math.abs(y0[j]) + offset) * Math.exp(2.3 * Math.sin(11.0 * j + 5.0 * point));
      }
      ode.rhs(evaluationTime(t0), y, f);
      double[] w = ode.work();
      for (int r = off.nextSetBit(0); r >= 0; r = off.nextSetBit(r + 1)) {
        if (w[work[r]] != 0.0) {
          off.clear(r);
        }
      }
    }
    return off;
  }

  private static double offset(double[] y0) {
    double mean = 0;
    for (double v : y0) {
      mean += Math.abs(v) / Math.max(1, y0.length);
    }
    return Math.max(mean, 1e-3);
  }

  /** Checks every law against the compiled right-hand side at the start and at two other states. */
  private String lawsContradicted(double[] p, double[] y0, double t0, ConservationLaws laws) {
    int n = y0.length;
    CompiledModel.ModelOde ode = model.odeSystem(p);
    StateStoichiometry stoichiometry = STOICHIOMETRY.computeIfAbsent(model, StateStoichiometry::of);
    double[][] matrix = stoichiometry.matrix();
    int[] reaction = stoichiometry.columnReaction();
    int[] work = model.layout().reactionWorkIndex();
    double[] f = new double[n];
    double[] flux = new double[n];
    double offset = offset(y0);
    for (int point = 0; point < 3; point++) {
      double[] y = y0.clone();
      for (int j = 0; j < n && point > 0; j++) {
        y[j] = Math.abs(y0[j]) * (1 + 0.25 * Math.sin(7.0 * j + point)) + offset * (0.5 + 0.25 * Math.cos(3.0 * j + point));
      }
      ode.rhs(evaluationTime(t0), y, f);
      // the scale of rounding in f_j is that of the fluxes it sums, not of f_j (near a steady state
      // f_j is their small difference): |f_j| + sum_c |N_jc v_c|
      double[] w = ode.work();
      for (int j = 0; j < n; j++) {
        flux[j] = Math.abs(f[j]);
        for (int c = 0; c < reaction.length; c++) {
          if (reaction[c] >= 0 && matrix[j][c] != 0) {
            flux[j] += Math.abs(matrix[j][c] * w[work[reaction[c]]]);
          }
        }
      }
      for (int k = 0; k < laws.count(); k++) {
        double[] g = laws.law(k);
        double sum = 0;
        double scale = 0;
        boolean inexact = false;
        for (int j = 0; j < n; j++) {
          sum += g[j] * f[j];
          scale += Math.abs(g[j]) * flux[j];
          inexact |= Math.abs(g[j]) >= 0x1p53;
        }
        if (inexact || (Double.isFinite(scale) && Math.abs(sum) > LAW_CHECK * scale)) {
          return String.format(Locale.ROOT, "not used: the conservation law %s found from the stoichiometry does not hold"
              + " for the compiled right-hand side (d/dt = %.3g, fluxes %.3g); the structure is not understood",
              laws.describe(k), sum, scale);
        }
      }
    }
    return "";
  }


  /** f at a time after every switch at or before t0 (the same f as at any later time). */
  private double evaluationTime(double t0) {
    return model.autonomous() ? t0 : Math.max(t0 + 1, Math.nextUp(t0));
  }

  /** Newton's outcome: converged when failure is "", else what went wrong. */
  private record Newton(double[] y, int iterations, double residual, int worst, String failure) {
  }

  /**
   * Newton's method from {@code start} (the start of the solve, or a state simulated from it),
   * holding the laws to {@code totals}; a root it converges to is returned only if {@link #certify}
   * finds it regular, stable and the one the flow from {@code start} runs into.
   */
  private Newton newton(double[] p, double[] start, double t0, ConservationLaws conservation, BitSet off, double[] totals) {
    int n = start.length;
    int laws = conservation.count();
    int[] work = model.layout().reactionWorkIndex();
    double t = evaluationTime(t0);
    CompiledModel.ModelOde ode = model.odeSystem(p);
    double[] totalScale = new double[laws];
    for (int k = 0; k < laws; k++) {
      totalScale[k] = conservation.totalScale(k, start);
    }
    double[][] g = new double[laws][];
    int[] dependent = new int[laws];
    for (int k = 0; k < laws; k++) {
      g[k] = conservation.law(k);
      dependent[k] = conservation.dependent(k);
    }
    double[] y = start.clone();
    double[] f = new double[n];
    double[] residual = new double[n];
    double[] weight = new double[n];
    double[] step = new double[n];
    double[] trial = new double[n];
    double[] fTrial = new double[n];
    double[] rTrial = new double[n];
    Reduced jacobian = new Reduced(n);
    Ratio ratio = new Ratio();
    boolean[] species = new boolean[n];
    for (int i = 0; i < n; i++) {
      species[i] = model.model().speciesById(model.layout().stateIds().get(i)).isPresent();
    }
    int iteration = 0;
    while (true) {
      ode.rhs(t, y, f);
      ratio.of(y, f, options);
      for (int r = off.nextSetBit(0); r >= 0; r = off.nextSetBit(r + 1)) {
        if (ode.work()[work[r]] != 0.0) {
          return failed(y, iteration, ratio, "stopped at iteration " + iteration + ": reaction '"
              + model.model().reactions().get(r).id() + "', off at the start, is not off there, so the laws it kept do not hold");
        }
      }
      String totalsBroken = totalsBroken(y, conservation, g, totals, totalScale);
      for (int i = 0; i < n; i++) {
        weight[i] = 1 / (options.atol() + options.rtol() * Math.abs(y[i]));
      }
      for (int k = 0; k < laws; k++) {
        weight[dependent[k]] = 1 / (options.atol() + options.rtol() * totalScale[k]);
      }
      reduced(y, f, g, dependent, totals, residual);
      double phi = norm2(residual, weight);
      String singular = jacobian.factor(ode, t, y, g, dependent);
      if (!singular.isEmpty()) {
        return failed(y, iteration, ratio, "stopped at iteration " + iteration + ": the reduced Jacobian is singular" + singular);
      }
      for (int i = 0; i < n; i++) {
        step[i] = -residual[i];
      }
      jacobian.solve(step);
      // converged: the test passes, the totals hold, and the next correction is within the
      // tolerances too (the test alone passes for a large y moving at a small relative rate)
      if (ratio.worst <= 1 && totalsBroken.isEmpty() && withinTolerance(step, y)) {
        String negative = negativeAmount(start, y);
        if (!negative.isEmpty()) {
          return failed(y, iteration, ratio, "reached " + negative + ", another root than the one the start leads to");
        }
        // rounding leaves species whose steady amount is 0 at -1e-20 or so; a run from there takes
        // rates such as x^1.5 of a negative amount (NaN, rejected steps: Isensee's runs took 1.6 times
        // as long): such amounts become 0 if the state still passes every check
        double[] root = y;
        double worst = ratio.worst;
        int at = ratio.at;
        double[] clamped = y.clone();
        boolean changed = false;
        for (int i = 0; i < n; i++) {
          if (clamped[i] < 0 && start[i] >= 0 && species[i]) {
            clamped[i] = 0;
            changed = true;
          }
        }
        if (changed) {
          ode.rhs(t, clamped, fTrial);
          Ratio again = new Ratio();
          again.of(clamped, fTrial, options);
          if (again.worst <= 1 && totalsBroken(clamped, conservation, g, totals, totalScale).isEmpty()) {
            root = clamped;
            worst = again.worst;
            at = again.at;
          }
        }
        String doubt = certify(ode, t, start, root, jacobian, g, dependent, totals);
        if (!doubt.isEmpty()) {
          return failed(root, iteration, ratio, "converged in " + iteration + " iterations to " + doubt);
        }
        return new Newton(root, iteration, worst, at, "");
      }
      if (iteration == options.maxNewtonIterations()) {
        return failed(y, iteration, ratio, "did not converge in " + iteration + " iterations" + totalsBroken);
      }
      // backtracking on phi = |W F|^2 (Armijo condition, Dennis & Schnabel 1983, sec. 6.3)
      double lambda = 1;
      boolean accepted = false;
      for (int halving = 0; halving < 40 && !accepted; halving++) {
        for (int i = 0; i < n; i++) {
          trial[i] = y[i] + lambda * step[i];
        }
        ode.rhs(t, trial, fTrial);
        reduced(trial, fTrial, g, dependent, totals, rTrial);
        double phiTrial = norm2(rTrial, weight);
        if (phiTrial <= (1 - 1e-4 * lambda) * phi) {
          accepted = true;
        } else {
          lambda /= 2;
        }
      }
      if (!accepted) {
        return failed(y, iteration, ratio, "stopped at iteration " + iteration + ": no step along Newton's direction"
            + " lowers the residual");
      }
      System.arraycopy(trial, 0, y, 0, n);
      iteration++;
    }
  }

  /**
   * Why the flow from {@code start} need not run into the root {@code root} Newton's iteration
   * converged to, or "" when it does as far as can be told without simulating: the root is
   *
   * <ol>
   *   <li>regular, with its laws (checked at every iteration, {@link Reduced#factor}): a root of
   *       another stoichiometric class is found when a conservation law is not known;
   *   <li>in the linear regime seen from the start: the Newton correction that f's linearization
   *       at the root predicts from the start, J(root)^-1 F(start), and from halfway, is within
   *       {@value #LINEAR_REGIME} of the actual distance to the root (in the tolerances' weights,
   *       every component). Then f is nearly J(root) (y - root) over the way, which leaves no room
   *       for another steady state or a separatrix between: a damped Newton iteration from a start
   *       outside it goes to any root, e.g. Schlögl's model from X = 2.5 to X = 1 while the flow
   *       goes to 3, or to the unstable X = 2 from anywhere between 1.55 and 2.45;
   *   <li>linearly stable: every eigenvalue of the Jacobian on the stoichiometric class (in the
   *       independent states' coordinates) has a real part below -{@value #STABLE} times the norm
   *       of the balanced matrix (clearly below 0 for the eigenvalues' rounding errors). The flow
   *       does not settle on an unstable root; near one (slow passage by a saddle) the linear regime
   *       alone would accept it.
   * </ol>
   *
   * Together: the flow from the start stays where f is its linearization at a stable root, and so
   * converges to it (exactly so for a linear f). Not a proof for every nonlinear f (a strongly
   * non-normal Jacobian can carry the state out of that region first), but a start outside the
   * regime is left to simulation, and Newton is tried again from the simulated states, which come
   * ever closer to the root the flow reaches.
   */
  private String certify(CompiledModel.ModelOde ode, double t, double[] start, double[] root, Reduced jacobian, double[][] g,
                         int[] dependent, double[] totals) {
    int n = root.length;
    double[] q = new double[n];
    double[] f = new double[n];
    double[] d = new double[n];
    for (double fraction : new double[] {1.0, 0.5}) {
      for (int i = 0; i < n; i++) {
        q[i] = root[i] + fraction * (start[i] - root[i]);
      }
      ode.rhs(t, q, f);
      reduced(q, f, g, dependent, totals, d);
      jacobian.solve(d);
      double distance = 0;
      double mismatch = 0;
      int at = 0;
      for (int i = 0; i < n; i++) {
        double w = 1 / (options.atol() + options.rtol() * Math.max(Math.abs(q[i]), Math.abs(root[i])));
        double e = q[i] - root[i];
        distance = Math.max(distance, w * Math.abs(e));
        double m = w * Math.abs(e - d[i]);
        if (!(m <= mismatch)) {
          mismatch = m;
          at = i;
        }
      }
      if (!(mismatch <= LINEAR_REGIME * distance + 1)) {
        return String.format(Locale.ROOT, "a root the flow from the start need not reach: f is not near its linearization"
            + " there on the way (at %s of the way from the root to the start, the predicted distance in %s is off by"
            + " %.3g of the distance; %.2g allowed), so another steady state or a separatrix may lie between",
            fraction == 1 ? "the whole" : "half", name(at), Double.isFinite(mismatch) ? mismatch / distance : Double.NaN,
            LINEAR_REGIME);
      }
    }
    // the Jacobian on the class: J restricted to {v : g_k . v = 0}, in the independent states' coordinates
    double[] jac = new double[n * n];
    ode.jacobian(t, root, jac);
    boolean[] isDependent = new boolean[n];
    for (int k : dependent) {
      isDependent[k] = true;
    }
    int[] independent = new int[n - dependent.length];
    for (int i = 0, m = 0; i < n; i++) {
      if (!isDependent[i]) {
        independent[m++] = i;
      }
    }
    int m = independent.length;
    double[] onClass = new double[m * m];
    for (int a = 0; a < m; a++) {
      int row = independent[a] * n;
      for (int b = 0; b < m; b++) {
        double v = jac[row + independent[b]];
        for (int k = 0; k < dependent.length; k++) {
          double coefficient = g[k][independent[b]];
          if (coefficient != 0) {
            v -= jac[row + dependent[k]] * coefficient / g[k][dependent[k]];
          }
        }
        onClass[a * m + b] = v;
      }
    }
    Eigenvalues.Spectrum spectrum = Eigenvalues.of(onClass, m);
    if (spectrum == null) {
      return "a root whose stability is not known: the eigenvalues of its Jacobian were not found";
    }
    double largest = spectrum.maxRealPart();
    if (!(largest < -STABLE * spectrum.norm())) {
      return String.format(Locale.ROOT, "a root the flow does not settle on: an eigenvalue of the Jacobian on the"
          + " stoichiometric class has real part %.3g (%s), not clearly below 0 (the balanced matrix has norm %.3g)", largest,
          largest > 0 ? "unstable" : "not clearly stable", spectrum.norm());
    }
    return "";
  }

  /** How far f's linearization at a root may miss the distance to it from the start and from halfway. */
  private static final double LINEAR_REGIME = 0.1;

  /** The margin below 0, relative to the balanced Jacobian's norm, of a stable root's eigenvalues. */
  private static final double STABLE = 1e-12;

  /**
   * Rounding leaves a reciprocal condition near eps (2.2e-16) in a singular matrix; below this the
   * reduced Jacobian is taken for singular. A regular one this ill-conditioned gives Newton steps with
   * no correct digits beyond 1e-4 relative; such roots are left to simulation.
   */
  static final double MIN_RECIPROCAL_CONDITION = 1e-12;

  /**
   * The reduced Jacobian (each law's dependent row replaced by the law), equilibrated (rows, then
   * columns scaled by their largest entry) and factored, with its estimated condition: the LU's own
   * test, an exactly zero pivot, misses singular matrices whose pivots rounding leaves at 1e-17 (case
   * 0018 of the PEtab test suite at k2 = 0.5995 before the scaling, where 0.5995 * (1 / 0.5995) rounds
   * below 1; a chain of three rate rules, NewtonMatchesSimulationTest, after it).
   */
  private static final class Reduced {
    final int n;
    final double[] a;
    final double[] rows;
    final double[] columns;
    final DenseLu lu;
    double reciprocalCondition;

    Reduced(int n) {
      this.n = n;
      this.a = new double[n * n];
      this.rows = new double[n];
      this.columns = new double[n];
      this.lu = new DenseLu(Math.max(1, n));
    }

    /** Factors the reduced Jacobian at y: "" if regular, else why not (starting with "; " or " ("). */
    String factor(CompiledModel.ModelOde ode, double t, double[] y, double[][] g, int[] dependent) {
      ode.jacobian(t, y, a);
      for (int k = 0; k < g.length; k++) {
        System.arraycopy(g[k], 0, a, dependent[k] * n, n);
      }
      java.util.Arrays.fill(columns, 0);
      for (int i = 0; i < n; i++) {
        double max = 0;
        for (int j = 0; j < n; j++) {
          max = Math.max(max, Math.abs(a[i * n + j]));
        }
        if (!(max > 0) || !Double.isFinite(max)) {
          return " (a row of it is " + (max == 0 ? "0" : "not finite") + ")";
        }
        rows[i] = 1 / max;
        for (int j = 0; j < n; j++) {
          a[i * n + j] *= rows[i];
          columns[j] = Math.max(columns[j], Math.abs(a[i * n + j]));
        }
      }
      for (int j = 0; j < n; j++) {
        if (columns[j] == 0) {
          return " (a column of it is 0)";
        }
        columns[j] = 1 / columns[j];
      }
      double norm = 0;
      for (int j = 0; j < n; j++) {
        double sum = 0;
        for (int i = 0; i < n; i++) {
          a[i * n + j] *= columns[j];
          sum += Math.abs(a[i * n + j]);
        }
        norm = Math.max(norm, sum);
      }
      if (!lu.factor(a)) {
        return " (a zero pivot)";
      }
      reciprocalCondition = lu.reciprocalCondition(a, norm);
      if (!(reciprocalCondition >= MIN_RECIPROCAL_CONDITION)) {
        return String.format(Locale.ROOT, " to working precision (reciprocal condition %.2g, equilibrated): a conservation law"
            + " the stoichiometry does not show (rate rules), or a root that is not isolated", reciprocalCondition);
      }
      return "";
    }

    /** x := J^-1 x with the factors of the last {@link #factor}. */
    void solve(double[] x) {
      for (int i = 0; i < n; i++) {
        x[i] *= rows[i];
      }
      lu.solve(a, x);
      for (int j = 0; j < n; j++) {
        x[j] *= columns[j];
      }
    }
  }

  private boolean withinTolerance(double[] step, double[] y) {
    for (int i = 0; i < y.length; i++) {
      if (!(Math.abs(step[i]) <= options.atol() + options.rtol() * Math.abs(y[i]))) {
        return false;
      }
    }
    return true;
  }

  private Newton failed(double[] y, int iteration, Ratio ratio, String why) {
    return new Newton(y, iteration, ratio.worst, ratio.at, String.format(Locale.ROOT, "%s (residual %.3g at %s)", why,
        ratio.worst, name(ratio.at)));
  }

  /** F: f with each law's dependent row replaced by g_k . y - total_k. */
  private static void reduced(double[] y, double[] f, double[][] g, int[] dependent, double[] totals, double[] out) {
    System.arraycopy(f, 0, out, 0, f.length);
    for (int k = 0; k < g.length; k++) {
      out[dependent[k]] = ConservationLaws.dot(g[k], y) - totals[k];
    }
  }

  private static double norm2(double[] r, double[] w) {
    double s = 0;
    for (int i = 0; i < r.length; i++) {
      double v = r[i] * w[i];
      s += v * v;
    }
    return Double.isNaN(s) ? Double.POSITIVE_INFINITY : s;
  }

  /** "" if every total holds to atol + rtol sum |g_j y_j|, else which does not. */
  private String totalsBroken(double[] y, ConservationLaws laws, double[][] g, double[] totals, double[] scale0) {
    for (int k = 0; k < g.length; k++) {
      double scale = Math.max(scale0[k], laws.totalScale(k, y));
      double drift = ConservationLaws.dot(g[k], y) - totals[k];
      if (!(Math.abs(drift) <= options.atol() + options.rtol() * scale)) {
        return String.format(Locale.ROOT, "; the total %s is %.17g, not %.17g as at the start", laws.describe(k),
            totals[k] + drift, totals[k]);
      }
    }
    return "";
  }

  /** "" unless a species that started at a nonnegative amount ended clearly below 0. */
  private String negativeAmount(double[] y0, double[] y) {
    double largest = 0;
    for (double v : y0) {
      largest = Math.max(largest, Math.abs(v));
    }
    List<String> ids = model.layout().stateIds();
    for (int i = 0; i < y.length; i++) {
      boolean species = model.model().speciesById(ids.get(i)).isPresent();
      if (species && y0[i] >= 0 && y[i] < -(options.atol() + options.rtol() * largest)) {
        return "a negative amount of " + ids.get(i) + " (" + y[i] + ")";
      }
    }
    return "";
  }

  /** The largest |f_i| / (atol + rtol |y_i|) and where it is (NaN counts as the largest). */
  private static final class Ratio {
    double worst;
    int at;

    void of(double[] y, double[] f, SteadyStateOptions options) {
      worst = 0;
      at = 0;
      for (int i = 0; i < y.length; i++) {
        double r = Math.abs(f[i]) / (options.atol() + options.rtol() * Math.abs(y[i]));
        if (!(r <= worst)) {
          worst = r;
          at = i;
          if (Double.isNaN(r)) {
            return;
          }
        }
      }
    }
  }

  // ---- simulation ----

  /**
   * Simulation over decades of time. Where Newton's method applies (no events), the decades are
   * simulated one after the other, and where the test does not pass yet Newton's method is tried
   * again from the simulated state (as COPASI does: a start far from the root, where Newton's
   * iteration goes astray, is brought near it by integration), holding the totals of the start.
   * With events, one run over all decades, so that events go on as in one simulation (a restart per
   * decade would re-arm every trigger). No decade before the last switch of time is taken (the state
   * may stand still only because a stimulus has not come yet).
   */
  private SteadyStateResult simulate(double[] p, double[] y0, double t0, String newtonNote, ConservationLaws laws, BitSet off) {
    int decades = (int) Math.ceil(Math.log10(options.lastTime()) - 1e-12);
    double[] times = new double[decades + 1];
    times[0] = t0;
    for (int k = 1; k <= decades; k++) {
      times[k] = t0 + Math.min(Math.pow(10, k), options.lastTime());
    }
    boolean newtonOnTheWay = newtonApplies(newtonNote);
    Simulator simulator = new Simulator(model, options.simulation());
    double[][] states = newtonOnTheWay ? null : run(simulator, p, y0, times, newtonNote);
    CompiledModel.ModelOde ode = model.odeSystem(p);
    double[] f = new double[y0.length];
    double[] y = y0;
    Ratio ratio = new Ratio();
    String moving = "";
    String note = newtonNote;
    String lastOnTheWay = "";
    // a state checked before the last switch of time may stand still only because the stimulus has not come yet
    double settled = TimeSwitches.autonomousAfter(model, p);
    for (int k = 1; k <= decades; k++) {
      y = newtonOnTheWay ? run(simulator, p, y, new double[] {times[k - 1], times[k]}, note)[1] : states[k];
      if (times[k] <= settled && settled < Double.POSITIVE_INFINITY && k < decades) {
        continue;
      }
      ode.rhs(times[k], y, f);
      ratio.of(y, f, options);
      moving = stillMoving(y, f, times[k] - t0);
      if (ratio.worst <= 1 && moving.isEmpty()) {
        return new SteadyStateResult(model.layout().stateIds(), y, SteadyStateResult.Method.SIMULATION, k,
            ratio.worst, name(ratio.at), times[k], laws, note + lastOnTheWay);
      }
      if (newtonOnTheWay) {
        Newton newton = newton(p, y, t0, laws, off, laws.totals(y0));
        if (newton.failure().isEmpty()) {
          return new SteadyStateResult(model.layout().stateIds(), newton.y(), SteadyStateResult.Method.NEWTON,
              newton.iterations(), newton.residual(), name(newton.worst()), times[k], laws,
              note + "; from the state simulated to t = " + times[k] + " it converged");
        }
        lastOnTheWay = "; from the state simulated to t = " + times[k] + " it " + newton.failure();
      }
    }
    throw new SteadyStateException(String.format(Locale.ROOT, "no steady state reached: %s; simulated to t = %.6g,"
            + " d%s/dt is still %.6g at %s = %.6g (residual |f|/(atol + rtol |y|) = %.3g; the test needs <= 1)%s",
        note + lastOnTheWay, times[decades], name(ratio.at), f[ratio.at], name(ratio.at), y[ratio.at], ratio.worst, moving),
        times[decades], name(ratio.at), ratio.worst,
        "check that the model has a steady state for these parameters (a production without degradation has none)");
  }

  /** True when the note says Newton's method was tried (and failed), not that it does not apply. */
  private boolean newtonApplies(String note) {
    return options.strategy() == SteadyStateOptions.Strategy.NEWTON_THEN_SIMULATION && note.startsWith("Newton's method ");
  }

  private double[][] run(Simulator simulator, double[] p, double[] y, double[] times, String note) {
    try {
      return simulator.statesAt(p, y, times);
    } catch (SolverException e) {
      throw new SteadyStateException("no steady state reached: " + note + "; the simulation failed: " + e.getMessage(),
          e.time(), e.variable(), Double.NaN, "check the model and its parameters near that time");
    }
  }

  /**
   * The relative test alone passes for a state that grows without bound: at t = 10^8, X = t has
   * |f| / (rtol |X|) = 1. A state is still moving if going on at its present rate for the time
   * already simulated would change it by more than 1 % of |y_i| + atol / rtol: "" if none is.
   */
  private String stillMoving(double[] y, double[] f, double elapsed) {
    for (int i = 0; i < y.length; i++) {
      double change = Math.abs(f[i]) * elapsed * options.rtol();
      if (change > 0.01 * (options.rtol() * Math.abs(y[i]) + options.atol())) {
        return String.format(Locale.ROOT, "; %s is still moving: at d/dt = %.3g for the %.3g time units simulated it would"
            + " change by %.3g, more than 1 %% of its value %.6g", name(i), f[i], elapsed, Math.abs(f[i]) * elapsed, y[i]);
      }
    }
    return "";
  }

  private String name(int i) {
    List<String> ids = model.layout().stateIds();
    return i < ids.size() ? ids.get(i) : "";
  }
}
