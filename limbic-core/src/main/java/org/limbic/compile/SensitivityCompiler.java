package org.limbic.compile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.limbic.math.Expr;
import org.limbic.math.Fn;
import org.limbic.math.Simplifier;

/**
 * Forward sensitivities, generated symbolically and compiled to bytecode as the right-hand side is.
 *
 * <p>A direction is a seed ṗ = dp/dθ in parameter space. Along it every value has a tangent, got by
 * the chain rule over the statements in evaluation order: a state's is its sensitivity s (part of
 * the augmented state), a seeded parameter's is its seed, a work value's is
 * ẇ_k = Σ_r ∂w_k/∂r · ṙ over what w_k reads, and the sensitivity equations are
 * ds/dt = ḟ = J s + (∂f/∂p) ṗ. Each partial ∂w_k/∂r is computed once per evaluation into a work slot
 * and shared by every direction, so that a direction costs one multiply-add per nonzero partial.
 * The initial sensitivities come from the same rule over the initialization statements; a
 * parameter set by an initial assignment gets its tangent written over its seed there, so that the
 * right-hand side reads it as it reads any seed.
 *
 * <p>Augmented arrays ({@link SensitivityModel}): state [y (n), s_0 (n), s_1 (n), ...]; parameters
 * [p (P), seeds of direction 0 (C), seeds of direction 1 (C), ...] for the C seeded parameters;
 * work [the base model's (with its Jacobian's tangents), partials, tangents of every work value per
 * direction].
 */
public final class SensitivityCompiler {

  private final CompiledModel base;
  private final KernelSource source;
  private final int n;
  private final int parameterCount;
  private final int workIds;
  private final int directions;
  private final int[] seeded;
  private final Map<Integer, Integer> seedIndex = new HashMap<>();
  private final int tangentBase;
  private int nextPartial;
  private final List<Statement> partials = new ArrayList<>();
  /** Work values whose tangent is structurally nonzero. */
  private final Set<Integer> movingWork = new LinkedHashSet<>();

  private SensitivityCompiler(CompiledModel base, int[] seededParameters, int directions, int partialSlots) {
    this.base = base;
    this.source = ModelCompiler.kernelSource(base.model());
    ModelLayout layout = base.layout();
    this.n = layout.stateCount();
    this.parameterCount = layout.parameterCount();
    this.workIds = layout.workIds().size();
    this.directions = directions;
    Set<Integer> all = new LinkedHashSet<>();
    for (int k : seededParameters) {
      if (k < 0 || k >= parameterCount) {
        throw new IllegalArgumentException("no parameter " + k + " in model '" + base.model().id() + "'");
      }
      all.add(k);
    }
    for (Statement s : source.initialize()) {
      if (s.target() == KernelArray.PARAMETER) {
        all.add(s.index()); // a parameter set by an initial assignment moves with what it reads
      }
    }
    this.seeded = all.stream().mapToInt(Integer::intValue).toArray();
    for (int c = 0; c < seeded.length; c++) {
      seedIndex.put(seeded[c], c);
    }
    this.nextPartial = layout.workCount();
    this.tangentBase = layout.workCount() + partialSlots;
  }

  /**
   * The sensitivity system of {@code base} along {@code directions} directions, each a seed over
   * {@code seededParameters} (indices in the parameter vector) and over every parameter an initial
   * assignment sets.
   *
   * @throws UnsupportedOperationException for models whose sensitivities this does not yet give:
   *     with events (their jumps) or delays
   */
  public static SensitivityModel compile(CompiledModel base, int[] seededParameters, int directions) {
    if (!base.model().events().isEmpty()) {
      throw new UnsupportedOperationException("model '" + base.model().id() + "' has events; forward sensitivities with "
          + "event jumps are not implemented yet");
    }
    if (base.hasDelays()) {
      throw new UnsupportedOperationException("model '" + base.model().id() + "' reads the past (delay); forward "
          + "sensitivities of delay equations are not implemented");
    }
    if (directions < 1) {
      throw new IllegalArgumentException("need at least one direction, got " + directions);
    }
    // first pass counts the partial slots, so that the tangents can be placed after them
    SensitivityCompiler counting = new SensitivityCompiler(base, seededParameters, directions, 0);
    counting.generate();
    int partialSlots = counting.nextPartial - base.layout().workCount();
    SensitivityCompiler compiler = new SensitivityCompiler(base, seededParameters, directions, partialSlots);
    Generated g = compiler.generate();
    KernelSource augmented = new KernelSource(compiler.n * (1 + directions), g.initialize(), g.assignments(), g.rhs(),
        compiler.source.jacobian(), compiler.source.scalars(), compiler.source.delayedScalars());
    ModelKernel kernel = KernelClassWriter.define(base.model().id() + "_sensitivities", augmented);
    int workCount = compiler.tangentBase + directions * compiler.workIds;
    return new SensitivityModel(base, kernel, directions, compiler.seeded, workCount, compiler.tangentBase);
  }

  private record Generated(List<Statement> initialize, List<Statement> assignments, List<Statement> rhs) {
  }

  private Generated generate() {
    // the initialization: base statements, then the tangent of each (its own partials inline: run once)
    List<Statement> init = new ArrayList<>(source.initialize());
    Set<Integer> movingInit = new LinkedHashSet<>();
    for (Statement s : source.initialize()) {
      Map<String, Expr> grad = partialsOf(s.value(), movingInit, false);
      boolean moves = !grad.isEmpty();
      for (int j = 0; j < directions; j++) {
        Expr tangent = moves ? combination(grad, j, movingInit) : Expr.Num.ZERO;
        switch (s.target()) {
          case STATE -> init.add(new Statement(KernelArray.STATE, sensitivity(s.index(), j), tangent));
          case PARAMETER -> init.add(new Statement(KernelArray.PARAMETER, seedSlot(s.index(), j), tangent));
          case WORK -> {
            if (s.index() < workIds) {
              init.add(new Statement(KernelArray.WORK, tangentSlot(s.index(), j), tangent));
            }
          }
          default -> throw new IllegalStateException("initialization writes " + s.target());
        }
      }
      if (moves && s.target() == KernelArray.WORK) {
        movingInit.add(s.index());
      }
    }

    // the work values and their tangents
    List<Statement> work = new ArrayList<>(source.assignments());
    List<Statement> tangents = new ArrayList<>();
    for (Statement s : source.assignments()) {
      Map<String, Expr> grad = partialsOf(s.value(), movingWork, true);
      if (grad.isEmpty()) {
        continue;
      }
      movingWork.add(s.index());
      for (int j = 0; j < directions; j++) {
        tangents.add(new Statement(KernelArray.WORK, tangentSlot(s.index(), j), combination(grad, j, movingWork)));
      }
    }
    List<Statement> assignments = new ArrayList<>(work);
    List<Statement> derivativePartials = new ArrayList<>();
    List<Statement> derivatives = new ArrayList<>();
    List<Statement> sensitivities = new ArrayList<>();
    for (Statement s : source.rhs()) {
      if (s.target() != KernelArray.DERIVATIVE) {
        continue;
      }
      derivatives.add(s);
      int before = partials.size();
      Map<String, Expr> grad = partialsOf(s.value(), movingWork, true);
      derivativePartials.addAll(partials.subList(before, partials.size()));
      for (int j = 0; j < directions; j++) {
        Expr ds = grad.isEmpty() ? Expr.Num.ZERO : combination(grad, j, movingWork);
        sensitivities.add(new Statement(KernelArray.DERIVATIVE, sensitivity(s.index(), j), ds));
      }
    }
    List<Statement> workPartials = new ArrayList<>(partials);
    workPartials.removeAll(derivativePartials);
    assignments.addAll(workPartials);
    assignments.addAll(tangents);

    List<Statement> rhs = new ArrayList<>(work);
    rhs.addAll(partials);
    rhs.addAll(tangents);
    rhs.addAll(derivatives);
    rhs.addAll(sensitivities);
    return new Generated(init, assignments, rhs);
  }

  /**
   * Slot name -> ∂value/∂slot for each slot read whose tangent is structurally nonzero; a partial
   * that is not a number is computed once into a work slot when {@code shared} (the right-hand
   * side), inline otherwise (the initialization runs once).
   */
  private Map<String, Expr> partialsOf(Expr value, Set<Integer> moving, boolean shared) {
    Set<String> read = new LinkedHashSet<>();
    Rewriting.slotsRead(value, read);
    Map<String, Expr> grad = new LinkedHashMap<>();
    for (String slot : read) {
      if (!moves(slot, moving)) {
        continue;
      }
      Expr partial = Simplifier.simplify(ForwardJacobian.partialDerivative(value, slot));
      if (partial instanceof Expr.Num num) {
        if (num.value() != 0.0) {
          grad.put(slot, partial);
        }
        continue;
      }
      if (shared) {
        int index = nextPartial++;
        partials.add(new Statement(KernelArray.WORK, index, partial));
        grad.put(slot, Slots.work(index));
      } else {
        grad.put(slot, partial);
      }
    }
    return grad;
  }

  private boolean moves(String slot, Set<Integer> moving) {
    int index = Slots.index(slot);
    return switch (Slots.array(slot)) {
      case STATE -> index < n;
      case PARAMETER -> seedIndex.containsKey(index);
      case WORK -> index < workIds && moving.contains(index);
      default -> false;
    };
  }

  /** Σ partial · tangent along direction j. */
  private Expr combination(Map<String, Expr> grad, int j, Set<Integer> moving) {
    List<Expr> terms = new ArrayList<>();
    for (Map.Entry<String, Expr> e : grad.entrySet()) {
      Expr tangent = tangentOf(e.getKey(), j);
      Expr partial = e.getValue();
      terms.add(partial instanceof Expr.Num num && num.value() == 1.0 ? tangent : Expr.apply(Fn.TIMES, partial, tangent));
    }
    return terms.size() == 1 ? terms.getFirst() : new Expr.Apply(Fn.PLUS, terms);
  }

  private Expr tangentOf(String slot, int j) {
    int index = Slots.index(slot);
    return switch (Slots.array(slot)) {
      case STATE -> Slots.state(sensitivity(index, j));
      case PARAMETER -> Slots.parameter(seedSlot(index, j));
      case WORK -> Slots.work(tangentSlot(index, j));
      default -> throw new IllegalStateException(slot);
    };
  }

  private int sensitivity(int state, int j) {
    return n + j * n + state;
  }

  private int seedSlot(int parameter, int j) {
    return parameterCount + j * seeded.length + seedIndex.get(parameter);
  }

  private int tangentSlot(int work, int j) {
    return tangentBase + j * workIds + work;
  }
}
