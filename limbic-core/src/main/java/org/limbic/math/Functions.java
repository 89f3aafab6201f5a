package org.limbic.math;

/**
 * The numeric meaning of every {@link Fn}, in one place: the {@link Evaluator} calls
 * {@link #apply(Fn, double[])} and compiled bytecode calls the individual static methods, so the
 * interpreter stays the reference that compiled models are tested against.
 *
 * <p>Semantics follow MathML 2.0 / SBML Level 3 (SBML L3V2 spec, section 3.4). Booleans are 1.0
 * (true) and 0.0 (false); a value counts as true when it is not 0.0 (so NaN counts as true, as in
 * libSBML's C evaluation of {@code x != 0}).
 */
public final class Functions {

  /** 170! is the largest factorial a double holds; 171! overflows to infinity. */
  private static final int LARGEST_FINITE_FACTORIAL = 170;

  private Functions() {}

  /** 1.0 for true, 0.0 for false. */
  public static double bool(boolean b) {
    return b ? 1.0 : 0.0;
  }

  /** Whether a number used as a condition holds: any value but 0.0 (and -0.0). */
  public static boolean holds(double x) {
    return x != 0.0;
  }

  /**
   * n! for a non-negative integer n by a plain product loop (exact up to 22!, correctly rounded
   * products beyond); infinity above 170; NaN for negative or non-integer arguments, which MathML
   * leaves undefined. A loop rather than exp(lgamma) keeps small factorials exact.
   */
  public static double factorial(double n) {
    if (n < 0 || n != Math.rint(n)) {
      return Double.NaN;
    }
    if (n > LARGEST_FINITE_FACTORIAL) {
      return Double.POSITIVE_INFINITY;
    }
    double product = 1.0;
    for (int k = 2; k <= (int) n; k++) {
      product *= k;
    }
    return product;
  }

  /** MathML quotient: floor(a / b). */
  public static double quotient(double a, double b) {
    return Math.floor(a / b);
  }

  /** MathML rem: a - b * trunc(a / b), which has the sign of a (Java's {@code %} on doubles). */
  public static double rem(double a, double b) {
    return a % b;
  }

  /** Truncation toward zero. */
  public static double trunc(double x) {
    return x < 0 ? Math.ceil(x) : Math.floor(x);
  }

  /** root(degree, x) = x^(1/degree) (MathML), so root(2, -4) is NaN like sqrt. */
  public static double root(double degree, double x) {
    return Math.pow(x, 1.0 / degree);
  }

  /** log(base, x) = ln x / ln base. */
  public static double log(double base, double x) {
    return Math.log(x) / Math.log(base);
  }

  public static double sec(double x) {
    return 1.0 / Math.cos(x);
  }

  public static double csc(double x) {
    return 1.0 / Math.sin(x);
  }

  public static double cot(double x) {
    return 1.0 / Math.tan(x);
  }

  public static double asec(double x) {
    return Math.acos(1.0 / x);
  }

  public static double acsc(double x) {
    return Math.asin(1.0 / x);
  }

  /**
   * acot(x) = atan(1/x), with range (-pi/2, pi/2] as in libSBML and MathML's principal value. At zero
   * the value is pi/2 whatever the zero's sign: 1/-0.0 is -infinity, which would give -pi/2, outside
   * the range, and make a rewrite that only flips a zero's sign (0 + -x → -x) change the result.
   */
  public static double acot(double x) {
    return x == 0 ? Math.PI / 2 : Math.atan(1.0 / x);
  }

  public static double sech(double x) {
    return 1.0 / Math.cosh(x);
  }

  public static double csch(double x) {
    return 1.0 / Math.sinh(x);
  }

  public static double coth(double x) {
    return 1.0 / Math.tanh(x);
  }

  /** asinh(x) = ln(x + sqrt(x^2 + 1)), written odd-symmetric so large negative x does not cancel. */
  public static double asinh(double x) {
    double a = Math.abs(x);
    double r = Math.log(a + Math.sqrt(a * a + 1.0));
    return x < 0 ? -r : r;
  }

  /** acosh(x) = ln(x + sqrt(x^2 - 1)) for x >= 1, NaN below. */
  public static double acosh(double x) {
    return Math.log(x + Math.sqrt(x * x - 1.0));
  }

  /** atanh(x) = ln((1 + x) / (1 - x)) / 2 for |x| < 1. */
  public static double atanh(double x) {
    return 0.5 * Math.log((1.0 + x) / (1.0 - x));
  }

  public static double asech(double x) {
    return acosh(1.0 / x);
  }

  public static double acsch(double x) {
    return asinh(1.0 / x);
  }

  public static double acoth(double x) {
    return atanh(1.0 / x);
  }

  /** n-ary minimum; NaN if any argument is NaN (Math.min semantics). */
  public static double min(double[] xs) {
    double m = xs[0];
    for (int i = 1; i < xs.length; i++) {
      m = Math.min(m, xs[i]);
    }
    return m;
  }

  /** n-ary maximum; NaN if any argument is NaN (Math.max semantics). */
  public static double max(double[] xs) {
    double m = xs[0];
    for (int i = 1; i < xs.length; i++) {
      m = Math.max(m, xs[i]);
    }
    return m;
  }

  /** xor of n arguments: true when an odd number of them hold (MathML); false for none. */
  public static double xor(double[] xs) {
    boolean odd = false;
    for (double x : xs) {
      odd ^= holds(x);
    }
    return bool(odd);
  }

  public static double implies(double a, double b) {
    return bool(!holds(a) || holds(b));
  }

  /**
   * A relation over n >= 2 arguments holds when it holds for every adjacent pair (MathML: eq means
   * all equal, lt a strictly increasing chain, and so on).
   */
  public static double chain(Fn relation, double[] xs) {
    for (int i = 0; i + 1 < xs.length; i++) {
      if (!pair(relation, xs[i], xs[i + 1])) {
        return 0.0;
      }
    }
    return 1.0;
  }

  private static boolean pair(Fn relation, double a, double b) {
    return switch (relation) {
      case EQ -> a == b;
      case NEQ -> a != b;
      case LT -> a < b;
      case LEQ -> a <= b;
      case GT -> a > b;
      case GEQ -> a >= b;
      default -> throw new IllegalArgumentException(relation + " is not a relation");
    };
  }

  /** The value of {@code fn} applied to already evaluated arguments (arity checked by Expr.Apply). */
  public static double apply(Fn fn, double[] x) {
    return switch (fn) {
      case PLUS -> {
        // from the first term, not from 0.0: 0.0 + -0.0 is +0.0, so a sum of negative zeros
        // (or a unary plus of -0.0) would lose its sign, which 1/x turns into -inf vs +inf
        double s = x.length == 0 ? 0.0 : x[0];
        for (int i = 1; i < x.length; i++) {
          s += x[i];
        }
        yield s;
      }
      case TIMES -> {
        double p = 1.0;
        for (double v : x) {
          p *= v;
        }
        yield p;
      }
      case MINUS -> x[0] - x[1];
      case DIVIDE -> x[0] / x[1];
      // without a history: exact for a constant, and at the start (before it, values are the initial ones)
      case DELAY -> x[0];
      case NEG -> -x[0];
      case POWER -> Math.pow(x[0], x[1]);
      case EXP -> Math.exp(x[0]);
      case LN -> Math.log(x[0]);
      case LOG10 -> Math.log10(x[0]);
      case LOG -> log(x[0], x[1]);
      case SQRT -> Math.sqrt(x[0]);
      case ROOT -> root(x[0], x[1]);
      case ABS -> Math.abs(x[0]);
      case FLOOR -> Math.floor(x[0]);
      case CEIL -> Math.ceil(x[0]);
      case FACTORIAL -> factorial(x[0]);
      case SIN -> Math.sin(x[0]);
      case COS -> Math.cos(x[0]);
      case TAN -> Math.tan(x[0]);
      case SEC -> sec(x[0]);
      case CSC -> csc(x[0]);
      case COT -> cot(x[0]);
      case ASIN -> Math.asin(x[0]);
      case ACOS -> Math.acos(x[0]);
      case ATAN -> Math.atan(x[0]);
      case ASEC -> asec(x[0]);
      case ACSC -> acsc(x[0]);
      case ACOT -> acot(x[0]);
      case SINH -> Math.sinh(x[0]);
      case COSH -> Math.cosh(x[0]);
      case TANH -> Math.tanh(x[0]);
      case SECH -> sech(x[0]);
      case CSCH -> csch(x[0]);
      case COTH -> coth(x[0]);
      case ASINH -> asinh(x[0]);
      case ACOSH -> acosh(x[0]);
      case ATANH -> atanh(x[0]);
      case ASECH -> asech(x[0]);
      case ACSCH -> acsch(x[0]);
      case ACOTH -> acoth(x[0]);
      case MIN -> min(x);
      case MAX -> max(x);
      case QUOTIENT -> quotient(x[0], x[1]);
      case REM -> rem(x[0], x[1]);
      case EQ, NEQ, LT, LEQ, GT, GEQ -> chain(fn, x);
      case AND -> {
        boolean all = true;
        for (double v : x) {
          all &= holds(v);
        }
        yield bool(all);
      }
      case OR -> {
        boolean any = false;
        for (double v : x) {
          any |= holds(v);
        }
        yield bool(any);
      }
      case XOR -> xor(x);
      case NOT -> bool(!holds(x[0]));
      case IMPLIES -> implies(x[0], x[1]);
    };
  }
}
