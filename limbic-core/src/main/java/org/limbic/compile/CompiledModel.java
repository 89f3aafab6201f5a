package org.limbic.compile;

import java.util.Arrays;
import org.limbic.model.Model;
import org.limbic.model.Suggestions;
import org.limbic.model.ModelException;
import org.limbic.solve.OdeSystem;

/**
 * A model ready to simulate: its generated {@link ModelKernel}, the {@link ModelLayout} that says
 * where each symbol lives, and the default parameter vector. Immutable and thread-safe; each
 * simulation works on its own arrays ({@link #newParameters()}, {@link #odeSystem(double[])}).
 */
public final class CompiledModel {

  private final Model model;
  private final ModelLayout layout;
  private final ModelKernel kernel;
  private final double[] defaultParameters;
  private final boolean autonomous;
  private final int jacobianEntries;
  private final long compileNanos;
  private final int[] delayValueScalars;
  private final int[] delayTimeScalars;

  CompiledModel(Model model, ModelLayout layout, ModelKernel kernel, double[] defaultParameters, boolean autonomous,
                int jacobianEntries, int[] delayValueScalars, int[] delayTimeScalars, long compileNanos) {
    this.delayValueScalars = delayValueScalars;
    this.delayTimeScalars = delayTimeScalars;
    this.jacobianEntries = jacobianEntries;
    this.model = model;
    this.layout = layout;
    this.kernel = kernel;
    this.defaultParameters = defaultParameters;
    this.autonomous = autonomous;
    this.compileNanos = compileNanos;
  }

  /** Structurally nonzero entries of the Jacobian, each one generated statement. */
  public int jacobianEntries() {
    return jacobianEntries;
  }

  /** True when no rate, rule or kinetic law reads time (the ODEs are autonomous). */
  public boolean autonomous() {
    return autonomous;
  }

  /** The scalar functions giving the delay d of each delay(x, d) in the model; empty without delays. */
  public int[] delayTimeScalars() {
    return delayTimeScalars.clone();
  }

  /** The scalar functions giving the delayed expression x of each distinct delay(x, d); empty without delays. */
  public int[] delayValueScalars() {
    return delayValueScalars.clone();
  }

  /** True when some expression reads the past (the delay function): a simulation keeps a history. */
  public boolean hasDelays() {
    return delayTimeScalars.length > 0;
  }

  public Model model() {
    return model;
  }

  public ModelLayout layout() {
    return layout;
  }

  public ModelKernel kernel() {
    return kernel;
  }

  /** Wall time of {@link ModelCompiler#compile}, code generation and class definition included. */
  public long compileNanos() {
    return compileNanos;
  }

  /** A fresh copy of the model's parameter vector (parameters, sizes, initial values). */
  public double[] newParameters() {
    return defaultParameters.clone();
  }

  /**
   * The index in the parameter vector of a parameter, compartment size or initial value.
   *
   * @throws ModelException if the model has no such symbol, with the closest name
   */
  public int parameterIndex(String id) {
    int i = layout.parameterIndex(id);
    if (i < 0) {
      throw new ModelException(id, "model '" + model.id() + "' has no parameter, compartment or species of that name"
          + Suggestions.closest(id, layout.parameterIds()));
    }
    return i;
  }

  /** The state at t0 for the given parameter vector (initial assignments applied; may update p). */
  public double[] initialState(double t0, double[] p) {
    double[] y = new double[layout.stateCount()];
    double[] w = new double[layout.workCount()];
    kernel.initialize(t0, y, p, w);
    return y;
  }

  /** The model's equations bound to one parameter vector, for an integrator. Not thread-safe. */
  public ModelOde odeSystem(double[] p) {
    return new ModelOde(this, p);
  }

  @Override
  public String toString() {
    return "CompiledModel[" + model.id() + ", states=" + layout.stateIds() + ", parameters=" + Arrays.toString(defaultParameters) + "]";
  }

  /** The model's ODEs with their own work array: y' = f(t, y; p). */
  public static final class ModelOde implements OdeSystem {
    private final CompiledModel compiled;
    private final ModelKernel kernel;
    private final double[] p;
    private final double[] w;

    ModelOde(CompiledModel compiled, double[] p) {
      this.compiled = compiled;
      this.kernel = compiled.kernel;
      this.p = p;
      this.w = new double[compiled.layout.workCount()];
    }

    @Override
    public int dimension() {
      return compiled.layout.stateCount();
    }

    @Override
    public void rhs(double t, double[] y, double[] dydt) {
      kernel.rhs(t, y, p, w, dydt);
    }

    @Override
    public void jacobian(double t, double[] y, double[] jac) {
      kernel.jacobian(t, y, p, w, jac);
    }

    @Override
    public boolean autonomous() {
      return compiled.autonomous;
    }

    @Override
    public String variableName(int i) {
      return compiled.layout.stateIds().get(i);
    }

    /** The parameter vector this system reads (events may write to it). */
    public double[] parameters() {
      return p;
    }

    /** The work array, up to date after {@link #rhs} or {@link #updateWork}. */
    public double[] work() {
      return w;
    }

    public void updateWork(double t, double[] y) {
      kernel.assignments(t, y, p, w);
    }

    public double scalar(int k, double t, double[] y) {
      return kernel.scalar(k, t, y, p, w);
    }
  }
}
