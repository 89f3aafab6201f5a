package org.limbic.sbml;

import java.util.List;
import java.util.Map;
import org.limbic.math.Expr;
import org.limbic.math.Fn;
import org.sbml.jsbml.ASTNode;

/**
 * Limbic {@link Expr} trees to JSBML's MathML trees ({@link ASTNode}): the inverse of
 * {@link MathTranslator}, so that reading back what this writes gives the same numbers.
 *
 * <p>Two details keep the round trip exact. JSBML writes a real {@code <cn>} in plain decimal with
 * at most 50 fraction digits, which rounds away magnitudes below about 1e-33, and reads e-notation
 * as mantissa times a power of ten, which is not correctly rounded; so a tiny number x is written as
 * {@code y / 2^k} with y = x·2^k of ordinary size: both parts print exactly and the division by a
 * power of two is exact. And SBML math is typed: a number where a condition is expected (a trigger,
 * a piecewise condition, an argument of and/or/not) is written as {@code true} or {@code false},
 * which {@link MathTranslator} reads back as 1 and 0.
 */
final class MathWriter {

  /** Below this magnitude JSBML's plain-decimal {@code <cn>} would drop significant digits (50 fraction digits). */
  private static final double PLAIN_DECIMAL_FLOOR = 1e-30;

  private static final Map<Fn, ASTNode.Type> TYPES = Map.ofEntries(
      Map.entry(Fn.PLUS, ASTNode.Type.PLUS), Map.entry(Fn.MINUS, ASTNode.Type.MINUS), Map.entry(Fn.NEG, ASTNode.Type.MINUS),
      Map.entry(Fn.TIMES, ASTNode.Type.TIMES), Map.entry(Fn.DIVIDE, ASTNode.Type.DIVIDE), Map.entry(Fn.POWER, ASTNode.Type.POWER),
      Map.entry(Fn.EXP, ASTNode.Type.FUNCTION_EXP), Map.entry(Fn.LN, ASTNode.Type.FUNCTION_LN),
      Map.entry(Fn.LOG10, ASTNode.Type.FUNCTION_LOG), Map.entry(Fn.LOG, ASTNode.Type.FUNCTION_LOG),
      Map.entry(Fn.SQRT, ASTNode.Type.FUNCTION_ROOT), Map.entry(Fn.ROOT, ASTNode.Type.FUNCTION_ROOT),
      Map.entry(Fn.ABS, ASTNode.Type.FUNCTION_ABS), Map.entry(Fn.FLOOR, ASTNode.Type.FUNCTION_FLOOR),
      Map.entry(Fn.CEIL, ASTNode.Type.FUNCTION_CEILING), Map.entry(Fn.FACTORIAL, ASTNode.Type.FUNCTION_FACTORIAL),
      Map.entry(Fn.SIN, ASTNode.Type.FUNCTION_SIN), Map.entry(Fn.COS, ASTNode.Type.FUNCTION_COS),
      Map.entry(Fn.TAN, ASTNode.Type.FUNCTION_TAN), Map.entry(Fn.SEC, ASTNode.Type.FUNCTION_SEC),
      Map.entry(Fn.CSC, ASTNode.Type.FUNCTION_CSC), Map.entry(Fn.COT, ASTNode.Type.FUNCTION_COT),
      Map.entry(Fn.ASIN, ASTNode.Type.FUNCTION_ARCSIN), Map.entry(Fn.ACOS, ASTNode.Type.FUNCTION_ARCCOS),
      Map.entry(Fn.ATAN, ASTNode.Type.FUNCTION_ARCTAN), Map.entry(Fn.ASEC, ASTNode.Type.FUNCTION_ARCSEC),
      Map.entry(Fn.ACSC, ASTNode.Type.FUNCTION_ARCCSC), Map.entry(Fn.ACOT, ASTNode.Type.FUNCTION_ARCCOT),
      Map.entry(Fn.SINH, ASTNode.Type.FUNCTION_SINH), Map.entry(Fn.COSH, ASTNode.Type.FUNCTION_COSH),
      Map.entry(Fn.TANH, ASTNode.Type.FUNCTION_TANH), Map.entry(Fn.SECH, ASTNode.Type.FUNCTION_SECH),
      Map.entry(Fn.CSCH, ASTNode.Type.FUNCTION_CSCH), Map.entry(Fn.COTH, ASTNode.Type.FUNCTION_COTH),
      Map.entry(Fn.ASINH, ASTNode.Type.FUNCTION_ARCSINH), Map.entry(Fn.ACOSH, ASTNode.Type.FUNCTION_ARCCOSH),
      Map.entry(Fn.ATANH, ASTNode.Type.FUNCTION_ARCTANH), Map.entry(Fn.ASECH, ASTNode.Type.FUNCTION_ARCSECH),
      Map.entry(Fn.ACSCH, ASTNode.Type.FUNCTION_ARCCSCH), Map.entry(Fn.ACOTH, ASTNode.Type.FUNCTION_ARCCOTH),
      Map.entry(Fn.MIN, ASTNode.Type.FUNCTION_MIN), Map.entry(Fn.MAX, ASTNode.Type.FUNCTION_MAX),
      Map.entry(Fn.QUOTIENT, ASTNode.Type.FUNCTION_QUOTIENT), Map.entry(Fn.REM, ASTNode.Type.FUNCTION_REM),
      Map.entry(Fn.EQ, ASTNode.Type.RELATIONAL_EQ), Map.entry(Fn.NEQ, ASTNode.Type.RELATIONAL_NEQ),
      Map.entry(Fn.LT, ASTNode.Type.RELATIONAL_LT), Map.entry(Fn.LEQ, ASTNode.Type.RELATIONAL_LEQ),
      Map.entry(Fn.GT, ASTNode.Type.RELATIONAL_GT), Map.entry(Fn.GEQ, ASTNode.Type.RELATIONAL_GEQ),
      Map.entry(Fn.AND, ASTNode.Type.LOGICAL_AND), Map.entry(Fn.OR, ASTNode.Type.LOGICAL_OR),
      Map.entry(Fn.XOR, ASTNode.Type.LOGICAL_XOR), Map.entry(Fn.NOT, ASTNode.Type.LOGICAL_NOT),
      Map.entry(Fn.IMPLIES, ASTNode.Type.LOGICAL_IMPLIES));

  private MathWriter() {
  }

  /** {@code e} as a MathML tree, read as a number. */
  static ASTNode number(Expr e) {
    return write(e, false);
  }

  /** {@code e} as a MathML tree, read as a condition (event triggers). */
  static ASTNode condition(Expr e) {
    return write(e, true);
  }

  /** A lambda for a function definition: bound variables, then the body. */
  static ASTNode lambda(List<String> arguments, Expr body) {
    ASTNode lambda = new ASTNode(ASTNode.Type.LAMBDA);
    for (String a : arguments) {
      lambda.addChild(new ASTNode(a));
    }
    lambda.addChild(number(body));
    return lambda;
  }

  private static ASTNode write(Expr e, boolean asCondition) {
    return switch (e) {
      case Expr.Num n -> asCondition ? new ASTNode(n.value() != 0.0 ? ASTNode.Type.CONSTANT_TRUE : ASTNode.Type.CONSTANT_FALSE)
          : number(n.value());
      case Expr.Sym s -> new ASTNode(s.name());
      case Expr.Time t -> {
        ASTNode time = new ASTNode(ASTNode.Type.NAME_TIME);
        time.setName("time");
        yield time;
      }
      case Expr.Call c -> {
        ASTNode call = new ASTNode(ASTNode.Type.FUNCTION);
        call.setName(c.function());
        c.args().forEach(a -> call.addChild(write(a, false)));
        yield call;
      }
      case Expr.Piecewise p -> {
        ASTNode pw = new ASTNode(ASTNode.Type.FUNCTION_PIECEWISE);
        for (int i = 0; i < p.values().size(); i++) {
          pw.addChild(write(p.values().get(i), asCondition));
          pw.addChild(write(p.conditions().get(i), true));
        }
        // MathTranslator reads a piecewise without otherwise as otherwise NaN, so NaN need not be written.
        if (!(p.otherwise() instanceof Expr.Num n && Double.isNaN(n.value()))) {
          pw.addChild(write(p.otherwise(), asCondition));
        }
        yield pw;
      }
      case Expr.Apply a -> apply(a);
    };
  }

  private static ASTNode apply(Expr.Apply a) {
    if (a.fn() == Fn.DELAY) { // the delay csymbol: its value d time units ago
      ASTNode delay = new ASTNode(ASTNode.Type.FUNCTION_DELAY);
      delay.setName("delay");
      a.args().forEach(arg -> delay.addChild(write(arg, false)));
      return delay;
    }
    ASTNode node = new ASTNode(TYPES.get(a.fn()));
    boolean logical = a.fn() == Fn.AND || a.fn() == Fn.OR || a.fn() == Fn.XOR || a.fn() == Fn.NOT || a.fn() == Fn.IMPLIES;
    a.args().forEach(arg -> node.addChild(write(arg, logical)));
    return node;
  }

  private static ASTNode number(double v) {
    double magnitude = Math.abs(v);
    if (magnitude != 0.0 && magnitude < PLAIN_DECIMAL_FLOOR && magnitude >= Double.MIN_NORMAL) {
      int k = -Math.getExponent(v);
      ASTNode quotient = new ASTNode(ASTNode.Type.DIVIDE);
      quotient.addChild(new ASTNode(Math.scalb(v, k)));
      quotient.addChild(new ASTNode(Math.scalb(1.0, k)));
      return quotient;
    }
    return new ASTNode(v);
  }
}
