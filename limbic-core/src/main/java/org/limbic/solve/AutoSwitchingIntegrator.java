package org.limbic.solve;

/**
 * The default integrator ("auto"): Dormand–Prince 5(4) while the problem is non-stiff, Rodas5P while
 * it is stiff, in the spirit of LSODA (Petzold 1983) and of OrdinaryDiffEq.jl's AutoTsit5(Rodas5P()).
 *
 * <p>Rules. To stiff: when DOPRI5's own detector fires (h·λ > 3.25 on 15 accepted steps without 6
 * non-stiff readings in between; Hairer, dopri5.f), or when every {@value #JACOBIAN_CHECK_STEPS}
 * explicit steps h·‖J‖∞ exceeds {@value #STIFF_BOUND} (the explicit step is held at its stability
 * limit: the quicker test on problems such as Robertson's, where the detector needed ~1,600 steps),
 * or when DOPRI5's step size collapses, the next step is taken by Rodas5P from the current state.
 * Back to non-stiff: when for {@value #NON_STIFF_STEPS} consecutive accepted
 * Rosenbrock steps h·‖J‖∞ &lt; {@value #NON_STIFF_BOUND} — ‖J‖∞ bounds the spectral radius, and DOPRI5
 * is stable for h·|λ| up to about 3.3 on the negative real axis, so DOPRI5 could take the same steps.
 * A switch happens at the start of the next {@link #step}, so the dense output of the last step
 * stays valid; statistics add up both methods' work.
 */
public final class AutoSwitchingIntegrator implements Integrator {

  static final int NON_STIFF_STEPS = 20;
  static final double NON_STIFF_BOUND = 2.0;
  static final int JACOBIAN_CHECK_STEPS = 10;
  static final double STIFF_BOUND = 3.0;

  private final IntegratorOptions options;
  private final DormandPrince54 explicit;
  private final RosenbrockIntegrator stiff;
  private OdeSystem sys;
  private Integrator current;
  private Integrator pending;
  private int nonStiffRun;
  private long stepsSinceReset;
  private int switches;
  private int explicitSteps;
  private double[] jacobian = new double[0];

  public AutoSwitchingIntegrator(IntegratorOptions options) {
    this.options = options;
    this.explicit = new DormandPrince54(options);
    this.stiff = new RosenbrockIntegrator(RosenbrockTableau.RODAS5P, options);
  }

  @Override
  public String name() {
    return "auto";
  }

  /**
   * A restart of the same system (after an event) keeps the method in use, so a stiff model with
   * periodic doses is not sent back through the explicit method's stiffness detection each time.
   */
  @Override
  public void reset(OdeSystem system, double t0, double[] y0) {
    boolean stayStiff = system == sys && current == stiff && pending == null;
    sys = system;
    int n = system.dimension();
    if (jacobian.length != n * n) {
      jacobian = new double[n * n];
    }
    current = stayStiff ? stiff : explicit;
    current.reset(system, t0, y0);
    pending = null;
    nonStiffRun = 0;
    explicitSteps = 0;
    stepsSinceReset = 0;
  }

  /** The method that took the last step ("dopri5" or "rodas5p"). */
  public String currentMethod() {
    return current.name();
  }

  /** Method switches since creation. */
  public int switches() {
    return switches;
  }

  @Override
  public double step(double tStop) {
    if (pending != null) {
      pending.reset(sys, current.time(), current.state());
      current = pending;
      pending = null;
      nonStiffRun = 0;
      switches++;
    }
    if (++stepsSinceReset > options.maxSteps()) {
      throw StepSupport.tooManySteps(options.maxSteps(), current.time(), "");
    }
    double tNew;
    try {
      tNew = current.step(tStop);
    } catch (SolverException e) {
      if (current != explicit || !e.getMessage().startsWith("step size collapsed")) {
        throw e;
      }
      stiff.reset(sys, explicit.time(), explicit.state());
      current = stiff;
      switches++;
      return step(tStop);
    }
    if (current == explicit) {
      if (explicit.stiffnessDetected() || (++explicitSteps % JACOBIAN_CHECK_STEPS == 0 && heldByStability())) {
        pending = stiff;
      }
    } else if (stiff.lastStepSize() * stiff.jacobianNorm() < NON_STIFF_BOUND) {
      if (++nonStiffRun >= NON_STIFF_STEPS) {
        pending = explicit;
      }
    } else {
      nonStiffRun = 0;
    }
    return tNew;
  }

  /** h·‖J‖∞ at the current state above the explicit method's stability bound. */
  private boolean heldByStability() {
    int n = sys.dimension();
    sys.jacobian(explicit.time(), explicit.state(), jacobian);
    double norm = 0;
    for (int i = 0; i < n; i++) {
      double row = 0;
      for (int j = 0; j < n; j++) {
        row += Math.abs(jacobian[i * n + j]);
      }
      norm = Math.max(norm, row);
    }
    return explicit.lastStepSize() * norm > STIFF_BOUND;
  }

  @Override
  public double time() {
    return current.time();
  }

  @Override
  public double previousTime() {
    return current.previousTime();
  }

  @Override
  public double[] state() {
    return current.state();
  }

  @Override
  public void interpolate(double t, double[] out) {
    current.interpolate(t, out);
  }

  @Override
  public SolverStatistics statistics() {
    return explicit.statistics().plus(stiff.statistics());
  }
}
