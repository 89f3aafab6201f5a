package org.limbic.compile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.limbic.math.Derivative;
import org.limbic.math.Expr;
import org.limbic.math.Fn;
import org.limbic.math.Simplifier;
import org.limbic.math.Substitution;

/**
 * The analytic Jacobian by forward-mode chain rule over the work statements, instead of inlining
 * every assignment rule into every rate (which grows exponentially along chains of rules: a chain
 * of 8 rules that each use the previous twice overflowed a method, 16 ran out of memory).
 *
 * <p>For each work value w_k (assignment rule or reaction rate, in evaluation order) and each state
 * y_j it depends on, a tangent t_kj = dw_k/dy_j is computed into an extra slot of the work array:
 * t_kj = ∂w_k/∂y_j + Σ_m ∂w_k/∂w_m · t_mj. Then J_ij = ∂f_i/∂y_j + Σ_m ∂f_i/∂w_m · t_mj. Each
 * partial is differentiated once; shared subexpressions are computed once, into their slot.
 */
final class ForwardJacobian {

  private final int firstTangentSlot;
  private final List<Statement> statements = new ArrayList<>();
  /** Per work index: state index -> tangent slot. */
  private final Map<Integer, Map<Integer, Integer>> tangents = new HashMap<>();
  private int tangentCount;

  private ForwardJacobian(int workCount) {
    this.firstTangentSlot = workCount;
  }

  /**
   * @param work the work statements in evaluation order (slot reads not inlined)
   * @param derivatives dy/dt per state, reading work slots
   * @param workCount named work values; tangents are stored after them
   */
  static ForwardJacobian of(List<Statement> work, List<Expr> derivatives, int workCount) {
    ForwardJacobian j = new ForwardJacobian(workCount);
    j.statements.addAll(work); // bring w up to date for (t, y) first
    for (Statement s : work) {
      j.tangentsOf(s.index(), s.value());
    }
    int n = derivatives.size();
    for (int i = 0; i < n; i++) {
      for (Map.Entry<Integer, Expr> e : j.gradient(derivatives.get(i)).entrySet()) {
        j.statements.add(new Statement(KernelArray.JACOBIAN, i * n + e.getKey(), e.getValue()));
      }
    }
    return j;
  }

  /** Statements of the jacobian method: work values, tangents, then nonzero entries. */
  List<Statement> statements() {
    return statements;
  }

  int tangentCount() {
    return tangentCount;
  }

  /** Nonzero Jacobian entries generated. */
  int entries() {
    return (int) statements.stream().filter(s -> s.target() == KernelArray.JACOBIAN).count();
  }

  private void tangentsOf(int workIndex, Expr definition) {
    Map<Integer, Integer> slots = new LinkedHashMap<>();
    for (Map.Entry<Integer, Expr> e : gradient(definition).entrySet()) {
      int slot = firstTangentSlot + tangentCount++;
      statements.add(new Statement(KernelArray.WORK, slot, e.getValue()));
      slots.put(e.getKey(), slot);
    }
    tangents.put(workIndex, slots);
  }

  /** State index -> d expr / d y_j (simplified, nonzero), through work values' tangents. */
  private Map<Integer, Expr> gradient(Expr expression) {
    Set<String> read = new LinkedHashSet<>();
    Rewriting.slotsRead(expression, read);
    Map<Integer, List<Expr>> terms = new HashMap<>();
    Set<Integer> states = new TreeSet<>();
    for (String slot : read) {
      KernelArray kind = Slots.array(slot);
      if (kind == KernelArray.STATE) {
        Expr partial = Simplifier.simplify(partialDerivative(expression, slot));
        if (!isZero(partial)) {
          terms.computeIfAbsent(Slots.index(slot), k -> new ArrayList<>()).add(partial);
          states.add(Slots.index(slot));
        }
      } else if (kind == KernelArray.WORK && Slots.index(slot) < firstTangentSlot) {
        Map<Integer, Integer> chain = tangents.getOrDefault(Slots.index(slot), Map.of());
        if (chain.isEmpty()) {
          continue;
        }
        Expr partial = Simplifier.simplify(partialDerivative(expression, slot));
        if (isZero(partial)) {
          continue;
        }
        for (Map.Entry<Integer, Integer> c : chain.entrySet()) {
          Expr tangent = Slots.work(c.getValue());
          Expr term = partial instanceof Expr.Num n && n.value() == 1.0 ? tangent : Expr.apply(Fn.TIMES, partial, tangent);
          terms.computeIfAbsent(c.getKey(), k -> new ArrayList<>()).add(term);
          states.add(c.getKey());
        }
      }
    }
    Map<Integer, Expr> gradient = new LinkedHashMap<>();
    for (int j : states) {
      List<Expr> t = terms.get(j);
      Expr sum = Simplifier.simplify(t.size() == 1 ? t.getFirst() : new Expr.Apply(Fn.PLUS, t));
      if (!isZero(sum)) {
        gradient.put(j, sum);
      }
    }
    return gradient;
  }

  /**
   * The symbolic partial derivative, or where a function has none (factorial, defined on integers
   * only) a central difference with step 1e-7 max(1, |v|), about the square root of the rounding
   * error times the curvature scale: the Jacobian only steers the stiff solver's stages.
   */
  static Expr partialDerivative(Expr f, String slot) {
    try {
      return Derivative.of(f, slot);
    } catch (UnsupportedOperationException notDifferentiable) {
      Expr v = new Expr.Sym(slot);
      Expr h = Expr.apply(Fn.TIMES, new Expr.Num(1e-7), Expr.apply(Fn.MAX, Expr.Num.ONE, Expr.apply(Fn.ABS, v)));
      Expr up = Substitution.apply(f, Map.of(slot, Expr.apply(Fn.PLUS, v, h)));
      Expr down = Substitution.apply(f, Map.of(slot, Expr.apply(Fn.MINUS, v, h)));
      return Expr.apply(Fn.DIVIDE, Expr.apply(Fn.MINUS, up, down), Expr.apply(Fn.TIMES, new Expr.Num(2), h));
    }
  }

  private static boolean isZero(Expr e) {
    return e instanceof Expr.Num n && n.value() == 0.0;
  }
}
