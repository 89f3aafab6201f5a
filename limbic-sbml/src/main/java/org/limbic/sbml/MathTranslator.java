package org.limbic.sbml;

import java.util.ArrayList;
import java.util.List;
import org.limbic.math.Expr;
import org.limbic.math.Fn;
import org.sbml.jsbml.ASTNode;

/**
 * JSBML's MathML trees ({@link ASTNode}) to Limbic {@link Expr} trees. Operators map one to one onto
 * {@link Fn} (whose names follow MathML); the csymbols time and avogadro become {@link Expr.Time} and
 * a number; delay becomes {@link Fn#DELAY}; rateOf becomes {@link #RATE_OF}, a call the importer resolves once the
 * whole model is known.
 */
final class MathTranslator {

  /**
   * Avogadro's number as SBML L3 defines the avogadro csymbol (L3V1 section 3.4.6, kept in L3V2):
   * 6.02214179e23, the CODATA 2006 value, not the exact 2019 SI value.
   */
  static final double AVOGADRO = 6.02214179e23;

  /** The placeholder call for the rateOf csymbol. */
  static final String RATE_OF = "rateOf";

  private final String element;

  private MathTranslator(String element) {
    this.element = element;
  }

  /** Translates the math of {@code element} (its id, for messages). */
  static Expr translate(ASTNode node, String element) {
    return new MathTranslator(element).expr(node);
  }

  private Expr expr(ASTNode n) {
    List<Expr> args = new ArrayList<>();
    for (int i = 0; i < n.getChildCount(); i++) {
      args.add(expr(n.getChild(i)));
    }
    return switch (n.getType()) {
      case INTEGER -> new Expr.Num(n.getInteger());
      case REAL, REAL_E -> new Expr.Num(n.getReal());
      case RATIONAL -> new Expr.Num((double) n.getNumerator() / n.getDenominator());
      case CONSTANT_E -> new Expr.Num(Math.E);
      case CONSTANT_PI -> new Expr.Num(Math.PI);
      case CONSTANT_TRUE -> Expr.Num.ONE;
      case CONSTANT_FALSE -> Expr.Num.ZERO;
      case NAME -> new Expr.Sym(n.getName());
      case NAME_TIME -> Expr.Time.INSTANCE;
      case NAME_AVOGADRO -> new Expr.Num(AVOGADRO);
      case PLUS, SUM -> args.isEmpty() ? Expr.Num.ZERO : args.size() == 1 ? args.getFirst() : new Expr.Apply(Fn.PLUS, args);
      case TIMES, PRODUCT -> args.isEmpty() ? Expr.Num.ONE : args.size() == 1 ? args.getFirst() : new Expr.Apply(Fn.TIMES, args);
      case MINUS -> args.size() == 1 ? new Expr.Apply(Fn.NEG, args) : apply(Fn.MINUS, args, n);
      case DIVIDE -> apply(Fn.DIVIDE, args, n);
      case POWER, FUNCTION_POWER -> apply(Fn.POWER, args, n);
      case FUNCTION_ROOT -> args.size() == 1 ? new Expr.Apply(Fn.SQRT, args) : apply(Fn.ROOT, args, n);
      case FUNCTION_LOG -> args.size() == 1 ? new Expr.Apply(Fn.LOG10, args) : apply(Fn.LOG, args, n);
      case FUNCTION_EXP -> apply(Fn.EXP, args, n);
      case FUNCTION_LN -> apply(Fn.LN, args, n);
      case FUNCTION_ABS -> apply(Fn.ABS, args, n);
      case FUNCTION_FLOOR -> apply(Fn.FLOOR, args, n);
      case FUNCTION_CEILING -> apply(Fn.CEIL, args, n);
      case FUNCTION_FACTORIAL -> apply(Fn.FACTORIAL, args, n);
      case FUNCTION_SIN -> apply(Fn.SIN, args, n);
      case FUNCTION_COS -> apply(Fn.COS, args, n);
      case FUNCTION_TAN -> apply(Fn.TAN, args, n);
      case FUNCTION_SEC -> apply(Fn.SEC, args, n);
      case FUNCTION_CSC -> apply(Fn.CSC, args, n);
      case FUNCTION_COT -> apply(Fn.COT, args, n);
      case FUNCTION_SINH -> apply(Fn.SINH, args, n);
      case FUNCTION_COSH -> apply(Fn.COSH, args, n);
      case FUNCTION_TANH -> apply(Fn.TANH, args, n);
      case FUNCTION_SECH -> apply(Fn.SECH, args, n);
      case FUNCTION_CSCH -> apply(Fn.CSCH, args, n);
      case FUNCTION_COTH -> apply(Fn.COTH, args, n);
      case FUNCTION_ARCSIN -> apply(Fn.ASIN, args, n);
      case FUNCTION_ARCCOS -> apply(Fn.ACOS, args, n);
      case FUNCTION_ARCTAN -> apply(Fn.ATAN, args, n);
      case FUNCTION_ARCSEC -> apply(Fn.ASEC, args, n);
      case FUNCTION_ARCCSC -> apply(Fn.ACSC, args, n);
      case FUNCTION_ARCCOT -> apply(Fn.ACOT, args, n);
      case FUNCTION_ARCSINH -> apply(Fn.ASINH, args, n);
      case FUNCTION_ARCCOSH -> apply(Fn.ACOSH, args, n);
      case FUNCTION_ARCTANH -> apply(Fn.ATANH, args, n);
      case FUNCTION_ARCSECH -> apply(Fn.ASECH, args, n);
      case FUNCTION_ARCCSCH -> apply(Fn.ACSCH, args, n);
      case FUNCTION_ARCCOTH -> apply(Fn.ACOTH, args, n);
      case FUNCTION_MIN -> apply(Fn.MIN, args, n);
      case FUNCTION_MAX -> apply(Fn.MAX, args, n);
      case FUNCTION_QUOTIENT -> apply(Fn.QUOTIENT, args, n);
      case FUNCTION_REM -> apply(Fn.REM, args, n);
      case LOGICAL_AND -> new Expr.Apply(Fn.AND, args);
      case LOGICAL_OR -> new Expr.Apply(Fn.OR, args);
      case LOGICAL_XOR -> new Expr.Apply(Fn.XOR, args);
      case LOGICAL_NOT -> apply(Fn.NOT, args, n);
      case LOGICAL_IMPLIES -> apply(Fn.IMPLIES, args, n);
      case RELATIONAL_EQ -> relation(Fn.EQ, args, n);
      case RELATIONAL_NEQ -> relation(Fn.NEQ, args, n);
      case RELATIONAL_LT -> relation(Fn.LT, args, n);
      case RELATIONAL_LEQ -> relation(Fn.LEQ, args, n);
      case RELATIONAL_GT -> relation(Fn.GT, args, n);
      case RELATIONAL_GEQ -> relation(Fn.GEQ, args, n);
      case FUNCTION_PIECEWISE -> piecewise(args);
      case FUNCTION -> new Expr.Call(n.getName(), args);
      case FUNCTION_RATE_OF -> rateOf(n, args);
      case FUNCTION_DELAY -> delay(args, n);
      case LAMBDA -> throw new UnsupportedSbmlException(element, "a lambda outside a function definition");
      default -> throw new UnsupportedSbmlException(element, "MathML element of type " + n.getType() + " is not supported");
    };
  }

  private Expr apply(Fn fn, List<Expr> args, ASTNode n) {
    if (!fn.acceptsArity(args.size())) {
      throw new UnsupportedSbmlException(element, "MathML " + n.getType() + " with " + args.size() + " argument(s); "
          + fn.symbol() + " takes " + fn.arityText());
    }
    return new Expr.Apply(fn, args);
  }

  /** A relation over fewer than two arguments holds vacuously (MathML n-ary relations, SBML L3V2 section 3.4.2). */
  private Expr relation(Fn fn, List<Expr> args, ASTNode n) {
    if (args.size() < 2) {
      return Expr.Num.ONE;
    }
    return apply(fn, args, n);
  }

  private static Expr piecewise(List<Expr> args) {
    List<Expr> values = new ArrayList<>();
    List<Expr> conditions = new ArrayList<>();
    int pairs = args.size() / 2;
    for (int i = 0; i < pairs; i++) {
      values.add(args.get(2 * i));
      conditions.add(args.get(2 * i + 1));
    }
    Expr otherwise = args.size() % 2 == 1 ? args.getLast() : new Expr.Num(Double.NaN);
    return new Expr.Piecewise(values, conditions, otherwise);
  }

  /**
   * delay(x, d). Refused when x contains rateOf: before the start the suite takes a rate as zero
   * (nothing changes yet) while the initial state's rate is not, and the history does not know which.
   */
  private Expr delay(List<Expr> args, ASTNode n) {
    if (!args.isEmpty() && containsRateOf(args.getFirst())) {
      throw new UnsupportedSbmlException(element, "delay of an expression containing rateOf (its value before the start is not modelled)");
    }
    return apply(Fn.DELAY, args, n);
  }

  private static boolean containsRateOf(Expr e) {
    return switch (e) {
      case Expr.Call c -> c.function().equals(RATE_OF) || c.args().stream().anyMatch(MathTranslator::containsRateOf);
      case Expr.Apply a -> a.args().stream().anyMatch(MathTranslator::containsRateOf);
      case Expr.Piecewise p -> p.values().stream().anyMatch(MathTranslator::containsRateOf)
          || p.conditions().stream().anyMatch(MathTranslator::containsRateOf) || containsRateOf(p.otherwise());
      default -> false;
    };
  }

  private Expr rateOf(ASTNode n, List<Expr> args) {
    if (args.size() != 1 || !(args.getFirst() instanceof Expr.Sym)) {
      throw new UnsupportedSbmlException(element, "rateOf takes one symbol, got " + n);
    }
    return new Expr.Call(RATE_OF, args);
  }
}
