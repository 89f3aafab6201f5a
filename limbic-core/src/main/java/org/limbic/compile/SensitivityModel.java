package org.limbic.compile;

import org.limbic.solve.DenseLu;
import org.limbic.solve.StructuredJacobian;

/**
 * A compiled model with its forward sensitivities along some directions in parameter space (see
 * {@link SensitivityCompiler} for the arrays). Immutable and thread-safe; each run works on its own
 * arrays ({@link #parameters}, {@link #odeSystem}).
 */
public final class SensitivityModel {

  private static final double SQRT_U = Math.sqrt(0x1.0p-52);
  private static final double CBRT_U = Math.cbrt(0x1.0p-52);
  private final CompiledModel base;
  private final ModelKernel kernel;
  private final int directions;
  private final int[] seeded;
  private final int workCount;
  private final int tangentBase;
  /** Per parameter index, its place among the seeded ones, or -1: read per output and direction. */
  private final int[] seedIndex;

  SensitivityModel(CompiledModel base, ModelKernel kernel, int directions, int[] seeded, int workCount, int tangentBase) {
    this.base = base;
    this.kernel = kernel;
    this.directions = directions;
    this.seeded = seeded;
    this.workCount = workCount;
    this.tangentBase = tangentBase;
    this.seedIndex = new int[base.layout().parameterCount()];
    java.util.Arrays.fill(seedIndex, -1);
    for (int c = 0; c < seeded.length; c++) {
      seedIndex[seeded[c]] = c;
    }
  }

  public CompiledModel base() {
    return base;
  }

  public int directions() {
    return directions;
  }

  /** States of the model (n); the augmented state has n (1 + directions). */
  public int stateCount() {
    return base.layout().stateCount();
  }

  /**
   * The augmented parameter vector: {@code p}, then per direction the seed dp/dθ of each seeded
   * parameter, read from {@code seed(direction, parameterIndex)}.
   */
  public double[] parameters(double[] p, Seed seed) {
    int count = base.layout().parameterCount();
    if (p.length != count) {
      throw new IllegalArgumentException("parameter vector has " + p.length + " entries; the model has " + count);
    }
    double[] out = new double[count + directions * seeded.length];
    System.arraycopy(p, 0, out, 0, count);
    for (int j = 0; j < directions; j++) {
      for (int c = 0; c < seeded.length; c++) {
        out[count + j * seeded.length + c] = seed.of(j, seeded[c]);
      }
    }
    return out;
  }

  /** Writes the seed of direction j over the whole parameter vector into {@code out} (zero where not seeded). */
  public void seeds(double[] augmentedParameters, int j, double[] out) {
    int count = base.layout().parameterCount();
    java.util.Arrays.fill(out, 0, count, 0.0);
    for (int c = 0; c < seeded.length; c++) {
      out[seeded[c]] = augmentedParameters[count + j * seeded.length + c];
    }
  }

  /** dp/dθ_j for parameter index k. */
  @FunctionalInterface
  public interface Seed {
    double of(int direction, int parameterIndex);
  }

  /** The augmented state at t0: initial values and their sensitivities (may update the seeds of assigned parameters). */
  public double[] initialState(double t0, double[] augmentedParameters) {
    double[] y = new double[stateCount() * (1 + directions)];
    kernel.initialize(t0, y, augmentedParameters, new double[workCount]);
    return y;
  }

  /** A work array for {@link #read} and {@link #tangent}. */
  public double[] newWork() {
    return new double[workCount];
  }

  /** Brings {@code w} up to date (values and tangents) for the augmented state {@code y}. */
  public void update(double t, double[] y, double[] augmentedParameters, double[] w) {
    kernel.assignments(t, y, augmentedParameters, w);
  }

  /** A symbol's value, after {@link #update}. */
  public double read(SymbolRead symbol, double[] y, double[] p, double[] w) {
    return symbol.value(y, p, w);
  }

  /** The symbol's derivative along direction j, after {@link #update}. */
  public double tangent(SymbolRead symbol, double[] y, double[] p, double[] w, int j) {
    return switch (symbol) {
      case SymbolRead.Stored s -> tangent(s.slot(), y, p, w, j);
      case SymbolRead.Concentration c -> {
        double amount = c.slot().read(y, p, w);
        double size = c.size().read(y, p, w);
        yield tangent(c.slot(), y, p, w, j) / size - amount * tangent(c.size(), y, p, w, j) / (size * size);
      }
    };
  }

  private double tangent(Slot slot, double[] y, double[] p, double[] w, int j) {
    int n = stateCount();
    return switch (slot.array()) {
      case STATE -> y[n + j * n + slot.index()];
      case PARAMETER -> {
        int c = seedIndex[slot.index()];
        yield c < 0 ? 0.0 : p[base.layout().parameterCount() + j * seeded.length + c];
      }
      case WORK -> slot.index() < base.layout().workIds().size()
          ? w[tangentBase + j * base.layout().workIds().size() + slot.index()] : 0.0;
      default -> throw new IllegalArgumentException("not readable: " + slot);
    };
  }

  /** The augmented system bound to one augmented parameter vector, for a Rosenbrock integrator. Not thread-safe. */
  public Ode odeSystem(double[] augmentedParameters) {
    return new Ode(augmentedParameters);
  }

  /**
   * y' = f, s_j' = J s_j + (∂f/∂p) ṗ_j, solved by blocks: the augmented Jacobian is block lower
   * triangular, [[J, 0], [H_j, J]] with H_j = ∂(J s_j + f_p ṗ_j)/∂y, so W x = b is one LU of the
   * model's size and 1 + directions back-substitutions: x_y = W⁻¹ b_y, x_j = W⁻¹ (b_j + H_j x_y).
   *
   * <p>H_j x_y is a central difference of the sensitivity equations along x_y (two evaluations per
   * solve), with a step that moves every state by at most cbrt(u) of its own size:
   * ε = cbrt(u) / max_i |x_i| / max(|y_i|, sqrt(u) (1 + ‖y‖)). Its error, truncation and rounding,
   * is near u^(2/3) ≈ 4e-11 relative. A Rosenbrock method is of its order only with the exact
   * Jacobian, and its error estimate does not see an error in it: the forward difference used
   * before, with the step of Knoll and Keyes (2004, eq. 14) sqrt(u) (1 + ‖y‖) / ‖x_y‖, moved a small
   * state by a step scaled to the largest, and its error made the sensitivities converge hardly at
   * all as the tolerances tightened (Bachmann's d llh/d log10 init_SHP1: 4.715e-6, 4.698e-6, 4.688e-6
   * at rtol 1e-10, 1e-12, 1e-13, for 4.6845e-6; dB/dk of B' = -k B² beside an idle state of 1e6:
   * 6e-4 relative at rtol 1e-10, and no end at 1e-12).
   */
  public final class Ode implements StructuredJacobian {
    private final double[] p;
    private final double[] w = new double[workCount];
    private final double[] baseWork = new double[base.layout().workCount()];
    private final int n = stateCount();
    private final int size = n * (1 + directions);
    private final double[] jac = new double[n * n];
    private final double[] matrix = new double[n * n];
    private final DenseLu lu = new DenseLu(n);
    private final double[] start = new double[size];
    private final double[] shifted = new double[size];
    private final double[] atShifted = new double[size];
    private final double[] atShiftedDown = new double[size];
    private final double[] block = new double[n];
    private double startTime;
    /** ‖y‖₂ at the step's start, for the difference step of every solve of the step. */
    private double startNorm;
    private double below = Double.POSITIVE_INFINITY;

    Ode(double[] p) {
      this.p = p;
    }

    /** Time held just below {@code time} (a switch), as the simulator does for the model alone. */
    public void holdBelow(double time) {
      below = time == Double.POSITIVE_INFINITY ? time : Math.nextDown(time);
    }

    private double held(double t) {
      return Math.min(t, below);
    }

    public double[] parameters() {
      return p;
    }

    @Override
    public int dimension() {
      return size;
    }

    @Override
    public void rhs(double t, double[] y, double[] dydt) {
      kernel.rhs(held(t), y, p, w, dydt);
    }

    /** Only the blocks are formed; a dense Jacobian of the augmented system is what this class avoids. */
    @Override
    public void jacobian(double t, double[] y, double[] out) {
      throw new UnsupportedOperationException("the sensitivity system is solved by blocks (StructuredJacobian)");
    }

    @Override
    public boolean autonomous() {
      return base.autonomous() && below == Double.POSITIVE_INFINITY;
    }

    @Override
    public String variableName(int i) {
      var ids = base.layout().stateIds();
      return i < n ? ids.get(i) : "d" + ids.get(i % n) + "/dθ" + (i / n - 1);
    }

    @Override
    public double prepare(double t, double[] y) {
      startTime = held(t);
      base.kernel().jacobian(startTime, y, p, baseWork, jac);
      System.arraycopy(y, 0, start, 0, size);
      double squares = 0.0;
      for (int i = 0; i < n; i++) {
        squares += y[i] * y[i];
      }
      startNorm = Math.sqrt(squares);
      double norm = 0.0;
      for (int i = 0; i < n; i++) {
        double row = 0.0;
        for (int k = 0; k < n; k++) {
          row += Math.abs(jac[i * n + k]);
        }
        norm = Math.max(norm, row);
      }
      return norm;
    }

    @Override
    public boolean factor(double diagonal) {
      for (int i = 0; i < n * n; i++) {
        matrix[i] = -jac[i];
      }
      for (int i = 0; i < n; i++) {
        matrix[i * n + i] += diagonal;
      }
      return lu.factor(matrix);
    }

    @Override
    public void solve(double[] b) {
      System.arraycopy(b, 0, block, 0, n);
      lu.solve(matrix, block);
      System.arraycopy(block, 0, b, 0, n);
      double normX = 0.0;
      for (int i = 0; i < n; i++) {
        normX += block[i] * block[i];
      }
      boolean coupled = normX > 0.0;
      double eps = 0.0;
      if (coupled) {
        double floor = SQRT_U * (1.0 + startNorm);
        double reach = 0.0;
        for (int i = 0; i < n; i++) {
          reach = Math.max(reach, Math.abs(block[i]) / Math.max(Math.abs(start[i]), floor));
        }
        eps = CBRT_U / reach;
        System.arraycopy(start, 0, shifted, 0, size);
        for (int i = 0; i < n; i++) {
          shifted[i] = start[i] + eps * block[i];
        }
        kernel.rhs(startTime, shifted, p, w, atShifted);
        for (int i = 0; i < n; i++) {
          shifted[i] = start[i] - eps * block[i];
        }
        kernel.rhs(startTime, shifted, p, w, atShiftedDown);
      }
      for (int j = 0; j < directions; j++) {
        int offset = n + j * n;
        for (int i = 0; i < n; i++) {
          double coupling = coupled ? (atShifted[offset + i] - atShiftedDown[offset + i]) / (2 * eps) : 0.0;
          block[i] = b[offset + i] + coupling;
        }
        lu.solve(matrix, block);
        System.arraycopy(block, 0, b, offset, n);
      }
    }
  }
}
