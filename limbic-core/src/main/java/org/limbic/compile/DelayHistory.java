package org.limbic.compile;

import java.util.Arrays;

/**
 * The past of one simulation, for the delay function: compiled code calls {@link #value} for
 * {@code delay(x, d)}, which evaluates x on the state at t - d.
 *
 * <p>The simulator records the state y, its derivative y' and the parameter vector at every accepted
 * step and around every event; a past state between two records is the cubic Hermite interpolant of
 * y and y' (fourth-order accurate, enough when steps are kept below the shortest delay, which the
 * simulator does). A past state within the step being taken (a delay shorter than the step) is
 * interpolated linearly between the last record and now. Before the first record, x is evaluated on
 * the state the model's initialization gives at time t - d: variables keep their initial values,
 * while what follows time itself (sin(time) in an assignment rule or an initial assignment) takes its
 * earlier value, as the SBML Test Suite's expected results do (cases 00937, 00938, 01318).
 *
 * <p>Evaluating x on a past state runs the model's assignment rules there; a delay met inside that
 * evaluation (delays of delays, or rules with delays) is not expanded again, which would recurse
 * once per delay and step back to the start: it reads the values every delayed x had at the
 * records, interpolated linearly (second order; those values are recorded for this purpose).
 *
 * <p>The history running on this thread is found through a ThreadLocal the simulator sets, since
 * the generated kernel's signature carries only arrays. Not thread-safe; one per simulation.
 */
public final class DelayHistory {

  private static final ThreadLocal<DelayHistory> CURRENT = new ThreadLocal<>();
  /** Nesting depth of past evaluations (a delayed expression may itself contain delays) handled with preallocated buffers. */
  private static final int MAX_DEPTH = 8;

  private final ModelKernel kernel;
  private final CompiledModel.ModelOde ode;
  private final int n;
  private double[] times = new double[64];
  private double[][] states = new double[64][];
  private double[][] slopes = new double[64][];
  private double[][] parameters = new double[64][];
  /** Per record, the value of each delayed expression (column = position in {@link #valueScalars}). */
  private double[][] values = new double[64][];
  private final int[] valueScalars;
  /** Scalar index to column of {@link #values}. */
  private final int[] column;
  private int size;
  private int depth;
  private final double[][] yBuffers;
  private final double[][] wBuffers;

  public DelayHistory(CompiledModel model, CompiledModel.ModelOde ode) {
    this.kernel = model.kernel();
    this.ode = ode;
    this.n = model.layout().stateCount();
    this.valueScalars = model.delayValueScalars();
    int maxScalar = Arrays.stream(valueScalars).max().orElse(-1);
    this.column = new int[maxScalar + 1];
    Arrays.fill(column, -1);
    for (int c = 0; c < valueScalars.length; c++) {
      column[valueScalars[c]] = c;
    }
    this.yBuffers = new double[MAX_DEPTH][n];
    this.wBuffers = new double[MAX_DEPTH][model.layout().workCount()];
  }

  /** Makes this the history that compiled code on this thread reads; {@link #detach} undoes it. */
  public void attach() {
    CURRENT.set(this);
  }

  public void detach() {
    CURRENT.remove();
  }

  /** Records the state at time t (after the previous record; equal times mark a discontinuity, the later record wins). */
  public void record(double t, double[] y) {
    if (size == times.length) {
      int capacity = 2 * size;
      times = Arrays.copyOf(times, capacity);
      states = Arrays.copyOf(states, capacity);
      slopes = Arrays.copyOf(slopes, capacity);
      parameters = Arrays.copyOf(parameters, capacity);
      values = Arrays.copyOf(values, capacity);
    }
    double[] slope = new double[n];
    if (n > 0) {
      ode.rhs(t, y, slope);
    }
    double[] p = ode.parameters().clone();
    double[] x = new double[valueScalars.length];
    for (int c = 0; c < x.length; c++) {
      x[c] = evaluate(valueScalars[c], t, y, p);
    }
    times[size] = t;
    states[size] = y.clone();
    slopes[size] = slope;
    parameters[size] = p;
    values[size] = x;
    size++;
  }

  /** Called by compiled code: the value scalar function k (delay's first argument) had at t - d; {@code now} is its value at t. */
  public static double value(int k, double t, double d, double now) {
    DelayHistory h = CURRENT.get();
    if (h == null || h.size == 0 || !(d > 0)) {
      return now; // no history yet (initial values: the past equals the start), or no delay
    }
    return h.depth == 0 ? h.past(k, t - d, t, now) : h.recorded(k, t - d, t, now);
  }

  /** Scalar k at tPast from its recorded values, linearly interpolated (inside a past evaluation). */
  private double recorded(int k, double tPast, double t, double now) {
    int c = column[k];
    if (tPast <= times[0]) {
      return values[0][c];
    }
    int last = size - 1;
    if (tPast >= times[last]) {
      double atLast = values[last][c];
      return t > times[last] ? atLast + (now - atLast) * (tPast - times[last]) / (t - times[last]) : atLast;
    }
    int i = Arrays.binarySearch(times, 0, size, tPast);
    if (i >= 0) {
      while (i + 1 < size && times[i + 1] == tPast) {
        i++;
      }
      return values[i][c];
    }
    int right = -i - 1;
    int left = right - 1;
    double s = (tPast - times[left]) / (times[right] - times[left]);
    return values[left][c] + s * (values[right][c] - values[left][c]);
  }

  private double past(int k, double tPast, double t, double now) {
    if (tPast <= times[0]) {
      return beforeStart(k, tPast);
    }
    int last = size - 1;
    if (tPast >= times[last]) {
      double atLast = evaluate(k, times[last], states[last], parameters[last]);
      return t > times[last] ? atLast + (now - atLast) * (tPast - times[last]) / (t - times[last]) : atLast;
    }
    int i = Arrays.binarySearch(times, 0, size, tPast);
    if (i >= 0) {
      while (i + 1 < size && times[i + 1] == tPast) {
        i++;
      }
      return evaluate(k, tPast, states[i], parameters[i]);
    }
    int right = -i - 1;
    int left = right - 1;
    if (depth >= MAX_DEPTH) {
      throw new IllegalStateException("delays nested more than " + MAX_DEPTH + " deep");
    }
    double[] y = yBuffers[depth];
    hermite(left, right, tPast, y);
    return evaluate(k, tPast, y, parameters[left]);
  }

  /** Scalar k on the state the model's initialization gives at tPast (initial assignments of time included). */
  private double beforeStart(int k, double tPast) {
    double[] y = yBuffers[depth];
    double[] p = parameters[0].clone();
    double[] w = wBuffers[depth];
    depth++;
    try {
      kernel.initialize(tPast, y, p, w);
    } finally {
      depth--;
    }
    return evaluate(k, tPast, y, p);
  }

  /** Cubic Hermite interpolation of y between records a and b (Hairer, Nørsett and Wanner I, section II.6). */
  private void hermite(int a, int b, double t, double[] out) {
    double h = times[b] - times[a];
    double s = (t - times[a]) / h;
    double h00 = (1 + 2 * s) * (1 - s) * (1 - s);
    double h10 = s * (1 - s) * (1 - s);
    double h01 = s * s * (3 - 2 * s);
    double h11 = s * s * (s - 1);
    for (int j = 0; j < n; j++) {
      out[j] = h00 * states[a][j] + h10 * h * slopes[a][j] + h01 * states[b][j] + h11 * h * slopes[b][j];
    }
  }

  private double evaluate(int k, double t, double[] y, double[] p) {
    if (depth >= MAX_DEPTH) {
      throw new IllegalStateException("delays nested more than " + MAX_DEPTH + " deep");
    }
    double[] w = wBuffers[depth];
    depth++;
    try {
      kernel.assignments(t, y, p, w);
      return kernel.scalar(k, t, y, p, w);
    } finally {
      depth--;
    }
  }
}
