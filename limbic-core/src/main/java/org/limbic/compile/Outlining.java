package org.limbic.compile;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.limbic.math.Expr;
import org.limbic.math.Fn;

/**
 * Which subtrees of a large lowered expression {@link KernelClassWriter} emits as static methods of
 * their own, so that no generated method outgrows HotSpot's 8,000-byte limit for JIT compilation
 * or the class format's 64 KiB: a species that 20,000 reactions consume has a rate of 20,000
 * terms, one statement that no split of the statement list can cut.
 *
 * <p>Both steps keep the computation exact (the same floating-point operations in the same order):
 * <ol>
 *   <li>regrouping: a fold over more than {@value #WIDTH} arguments (+, *, min, max, and, or, xor)
 *       becomes a left-nested chain of folds of at most {@value #WIDTH}, since a1 + ... + ak
 *       evaluated from the left is (a1 + ... + aW) + a(W+1) + ... + ak; a piecewise of more than
 *       {@value #WIDTH} pieces nests its later pieces in its otherwise;
 *   <li>fitting: from the leaves up, a node whose inline cost exceeds {@value #PIECE} nodes outlines
 *       its costliest children until it fits, an outlined child costing {@value #CALL} (a call).
 * </ol>
 * Expressions of at most {@value #OUTLINE_ABOVE} nodes are emitted as they are: the plan is only
 * for the ones that would not be JIT-compiled, so small models' code is unchanged.
 *
 * @param root the expression to emit, regrouped where it was wide
 * @param outlined the distinct subtrees of {@code root} (by identity) to emit as methods, in the order found
 * @param inlineCost nodes of {@code root} emitted inline, outlined subtrees counted as calls
 */
record Outlining(Expr root, List<Expr> outlined, int inlineCost) {

  /** Nodes (about 6 bytes of bytecode each) above which an expression is split; about 6,000 bytes. */
  static final int OUTLINE_ABOVE = 1_000;
  /** Nodes of each method body after the split; about 2,400 bytes. */
  static final int PIECE = 400;
  /** Arguments of a fold, pieces of a piecewise, per node after regrouping. */
  static final int WIDTH = 64;
  /** An outlined subtree in its parent: loads of t, y, p, w and a static call. */
  static final int CALL = 2;

  private static final Set<Fn> FOLDS = Set.of(Fn.PLUS, Fn.TIMES, Fn.MIN, Fn.MAX, Fn.AND, Fn.OR, Fn.XOR);

  /** The plan for one expression: itself, whole, unless it has more than {@value #OUTLINE_ABOVE} nodes. */
  static Outlining of(Expr e) {
    int size = size(e);
    if (size <= OUTLINE_ABOVE) {
      return new Outlining(e, List.of(), size);
    }
    Expr root = regroup(e);
    Fitting fitting = new Fitting();
    int cost = fitting.fit(root);
    return new Outlining(root, List.copyOf(fitting.order), cost);
  }

  /** Nodes of the expression as a tree (a shared subexpression counts each time it is emitted). */
  static int size(Expr e) {
    return switch (e) {
      case Expr.Apply a -> 1 + a.args().stream().mapToInt(Outlining::size).sum();
      case Expr.Piecewise p -> 2 + p.values().stream().mapToInt(Outlining::size).sum()
          + p.conditions().stream().mapToInt(Outlining::size).sum() + size(p.otherwise());
      case Expr.Call c -> 1 + c.args().stream().mapToInt(Outlining::size).sum();
      default -> 1;
    };
  }

  private static Expr regroup(Expr e) {
    return switch (e) {
      // the first argument of a delay names its past values (KernelSource.delayedScalars) as it is
      case Expr.Apply a when a.fn() == Fn.DELAY -> new Expr.Apply(Fn.DELAY, List.of(a.arg(0), regroup(a.arg(1))));
      case Expr.Apply a -> {
        List<Expr> args = a.args().stream().map(Outlining::regroup).toList();
        yield FOLDS.contains(a.fn()) && args.size() > WIDTH ? leftNested(a.fn(), args) : new Expr.Apply(a.fn(), args);
      }
      case Expr.Piecewise p -> {
        List<Expr> values = p.values().stream().map(Outlining::regroup).toList();
        List<Expr> conditions = p.conditions().stream().map(Outlining::regroup).toList();
        Expr otherwise = regroup(p.otherwise());
        int pieces = values.size();
        int from = pieces - (pieces - 1) % WIDTH - 1; // the last group, then the ones before it
        for (; from > 0; from -= WIDTH) {
          otherwise = new Expr.Piecewise(values.subList(from, Math.min(pieces, from + WIDTH)),
              conditions.subList(from, Math.min(pieces, from + WIDTH)), otherwise);
          pieces = from;
        }
        yield new Expr.Piecewise(values.subList(0, pieces), conditions.subList(0, pieces), otherwise);
      }
      default -> e;
    };
  }

  /** fn(a1, ..., ak) as fn(fn(... fn(a1, ..., aW), ...), ..., ak), each node of at most WIDTH arguments. */
  private static Expr leftNested(Fn fn, List<Expr> args) {
    Expr folded = new Expr.Apply(fn, args.subList(0, WIDTH));
    for (int i = WIDTH; i < args.size(); i += WIDTH - 1) {
      List<Expr> group = new ArrayList<>();
      group.add(folded);
      group.addAll(args.subList(i, Math.min(args.size(), i + WIDTH - 1)));
      folded = new Expr.Apply(fn, group);
    }
    return folded;
  }

  private static List<Expr> children(Expr e) {
    return switch (e) {
      case Expr.Apply a -> a.args();
      case Expr.Piecewise p -> {
        List<Expr> all = new ArrayList<>(p.values());
        all.addAll(p.conditions());
        all.add(p.otherwise());
        yield all;
      }
      default -> List.of();
    };
  }

  /** The bottom-up pass; costs are kept per node (by identity), so a shared subexpression is fitted once. */
  private static final class Fitting {
    private final Map<Expr, Integer> costs = new IdentityHashMap<>();
    private final Set<Expr> outlined = Collections.newSetFromMap(new IdentityHashMap<>());
    private final List<Expr> order = new ArrayList<>();

    int fit(Expr e) {
      Integer known = costs.get(e);
      if (known != null) {
        return outlined.contains(e) ? CALL : known;
      }
      List<Expr> children = children(e);
      int[] cost = new int[children.size()];
      int total = e instanceof Expr.Piecewise ? 2 : 1;
      for (int i = 0; i < cost.length; i++) {
        cost[i] = fit(children.get(i));
        total += cost[i];
      }
      while (total > PIECE) {
        int costliest = -1;
        for (int i = 0; i < cost.length; i++) {
          if (cost[i] > CALL && (costliest < 0 || cost[i] > cost[costliest])) {
            costliest = i;
          }
        }
        if (costliest < 0) {
          break; // every child is a call already (a relation of more than PIECE / CALL arguments)
        }
        if (outlined.add(children.get(costliest))) {
          order.add(children.get(costliest));
        }
        total -= cost[costliest] - CALL;
        cost[costliest] = CALL;
      }
      costs.put(e, total);
      return total;
    }
  }
}
