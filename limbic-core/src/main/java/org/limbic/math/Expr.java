package org.limbic.math;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A mathematical expression: the kinetic laws, rules, triggers and observables of a model.
 * Immutable trees; compiled to bytecode by {@code org.limbic.compile}, differentiated by
 * {@link Derivative}, folded by {@link Simplifier}, read from text by {@link ExprParser}.
 */
public sealed interface Expr permits Expr.Num, Expr.Sym, Expr.Time, Expr.Apply, Expr.Piecewise, Expr.Call {

  /** A numeric constant. Booleans are 1.0 (true) and 0.0 (false) where a number is needed. */
  record Num(double value) implements Expr {
    public static final Num ZERO = new Num(0.0);
    public static final Num ONE = new Num(1.0);
  }

  /** A reference to a model symbol (species, parameter, compartment, reaction, function argument). */
  record Sym(String name) implements Expr {
    public Sym {
      Objects.requireNonNull(name, "name");
    }
  }

  /** Simulation time (SBML's csymbol time); written {@code time} in infix text. */
  record Time() implements Expr {
    public static final Time INSTANCE = new Time();
  }

  /** A built-in operator or function applied to arguments; see {@link Fn} for arities. */
  record Apply(Fn fn, List<Expr> args) implements Expr {
    public Apply {
      args = List.copyOf(args);
      if (!fn.acceptsArity(args.size())) {
        throw new IllegalArgumentException(fn.symbol() + " takes " + fn.arityText() + " argument(s), got " + args.size());
      }
    }

    public Apply(Fn fn, Expr... args) {
      this(fn, List.of(args));
    }

    public Expr arg(int i) {
      return args.get(i);
    }
  }

  /**
   * {@code piecewise(v1, c1, v2, c2, ..., otherwise)}: the value of the first piece whose condition
   * holds, else {@code otherwise} (NaN when the source gave none, as SBML leaves it undefined).
   */
  record Piecewise(List<Expr> values, List<Expr> conditions, Expr otherwise) implements Expr {
    public Piecewise {
      values = List.copyOf(values);
      conditions = List.copyOf(conditions);
      Objects.requireNonNull(otherwise, "otherwise");
      if (values.size() != conditions.size()) {
        throw new IllegalArgumentException("piecewise needs one condition per value");
      }
    }
  }

  /** A call of a user-defined function (an SBML function definition), inlined at compile time. */
  record Call(String function, List<Expr> args) implements Expr {
    public Call {
      Objects.requireNonNull(function, "function");
      args = List.copyOf(args);
    }
  }

  static Expr num(double v) {
    return new Num(v);
  }

  static Expr sym(String name) {
    return new Sym(name);
  }

  static Expr apply(Fn fn, Expr... args) {
    return new Apply(fn, List.of(args));
  }

  /** Reads infix text; see {@link ExprParser} for the syntax. */
  static Expr parse(String text) {
    return ExprParser.parse(text);
  }

  /** The names of the symbols {@code e} reads; see {@link SymbolCollector}. */
  static Set<String> symbols(Expr e) {
    return SymbolCollector.symbols(e);
  }

  /** Infix text that {@link #parse} reads back to an equal tree; see {@link ExprPrinter}. */
  static String toInfix(Expr e) {
    return ExprPrinter.print(e);
  }
}
