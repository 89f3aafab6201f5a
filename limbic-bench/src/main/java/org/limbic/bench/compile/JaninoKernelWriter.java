package org.limbic.bench.compile;

import java.util.List;
import java.util.Locale;
import org.codehaus.commons.compiler.CompileException;
import org.codehaus.janino.SimpleCompiler;
import org.limbic.compile.KernelArray;
import org.limbic.compile.KernelClassWriter;
import org.limbic.compile.KernelSource;
import org.limbic.compile.ModelKernel;
import org.limbic.compile.Slot;
import org.limbic.compile.Statement;
import org.limbic.math.Expr;
import org.limbic.math.Fn;

/**
 * The alternative to {@link KernelClassWriter}, kept only to measure it: writes a {@link KernelSource}
 * as Java source text and compiles it in memory with Janino. Same shape as the bytecode writer
 * (static chunk methods of bounded size, one static method per scalar function, a switch for
 * {@code scalar(k, ...)}) and the same semantics: {@code Math.*} for the JDK's functions,
 * {@code org.limbic.math.Functions} for the rest, piecewise as nested ternaries, booleans as 1.0/0.0,
 * comparisons false on NaN except {@code !=} (which Java's operators already do).
 */
final class JaninoKernelWriter {

  private final StringBuilder out = new StringBuilder(1 << 16);

  private JaninoKernelWriter() {
  }

  /** Generates, compiles and instantiates the kernel: the whole cost the benchmark compares. */
  static ModelKernel define(String modelId, KernelSource source) {
    String className = "Kernel_" + modelId;
    String text = source(className, source);
    SimpleCompiler compiler = new SimpleCompiler();
    compiler.setParentClassLoader(ModelKernel.class.getClassLoader());
    try {
      compiler.cook(text);
      return (ModelKernel) compiler.getClassLoader().loadClass(JaninoKernelWriter.class.getPackageName() + "." + className)
          .getConstructor().newInstance();
    } catch (CompileException | ReflectiveOperationException e) {
      throw new IllegalStateException("Janino rejected the generated source of model '" + modelId + "': " + e, e);
    }
  }

  /** The Java source text alone (for measuring generation separately, and for reading). */
  static String source(String className, KernelSource source) {
    JaninoKernelWriter w = new JaninoKernelWriter();
    w.generate(className, source);
    return w.out.toString();
  }

  private void generate(String className, KernelSource source) {
    out.append("package ").append(JaninoKernelWriter.class.getPackageName()).append(";\n\n")
        .append("public final class ").append(className).append(" implements ").append(ModelKernel.class.getName()).append(" {\n\n")
        .append("  private static double sq(double x) { return x * x; }\n\n");
    statementMethod("initialize", source.initialize(), false, false);
    statementMethod("assignments", source.assignments(), false, false);
    statementMethod("rhs", source.rhs(), true, false);
    statementMethod("jacobian", source.jacobian(), true, true);
    scalarMethods(source.scalars());
    out.append("}\n");
  }

  private void statementMethod(String name, List<Statement> statements, boolean hasOut, boolean zeroOutFirst) {
    List<List<Statement>> chunks = KernelClassWriter.chunk(statements); // split alike, so the methods compare
    for (int c = 0; c < chunks.size(); c++) {
      out.append("  private static void ").append(name).append('$').append(c)
          .append("(double t, double[] y, double[] p, double[] w, double[] out) {\n");
      for (Statement s : chunks.get(c)) {
        out.append("    ").append(arrayOf(s.target())).append('[').append(s.index()).append("] = ");
        emit(s.value());
        out.append(";\n");
      }
      out.append("  }\n\n");
    }
    out.append("  public void ").append(name).append("(double t, double[] y, double[] p, double[] w")
        .append(hasOut ? ", double[] out" : "").append(") {\n");
    if (zeroOutFirst) {
      out.append("    java.util.Arrays.fill(out, 0.0);\n");
    }
    for (int c = 0; c < chunks.size(); c++) {
      out.append("    ").append(name).append('$').append(c).append("(t, y, p, w, ").append(hasOut ? "out" : "null").append(");\n");
    }
    out.append("  }\n\n");
  }

  private void scalarMethods(List<Expr> scalars) {
    for (int k = 0; k < scalars.size(); k++) {
      out.append("  private static double s$").append(k).append("(double t, double[] y, double[] p, double[] w) {\n")
          .append("    return ");
      emit(scalars.get(k));
      out.append(";\n  }\n\n");
    }
    out.append("  public double scalar(int k, double t, double[] y, double[] p, double[] w) {\n")
        .append("    switch (k) {\n");
    for (int k = 0; k < scalars.size(); k++) {
      out.append("      case ").append(k).append(": return s$").append(k).append("(t, y, p, w);\n");
    }
    out.append("      default: throw new IllegalArgumentException(\"no such scalar function in this model\");\n")
        .append("    }\n  }\n");
  }

  /** The kernel method's parameter holding an array, as {@link KernelClassWriter} names them too. */
  private static String arrayOf(KernelArray array) {
    return switch (array) {
      case STATE -> "y";
      case PARAMETER -> "p";
      case WORK -> "w";
      case DERIVATIVE, JACOBIAN -> "out";
    };
  }

  // ---- expressions: each written as one parenthesized double-valued Java expression ----

  private void emit(Expr e) {
    switch (e) {
      case Expr.Num n -> number(n.value());
      case Expr.Time t -> out.append('t');
      case Expr.Sym s -> {
        Slot slot = Slot.of(s);
        out.append(arrayOf(slot.array())).append('[').append(slot.index()).append(']');
      }
      case Expr.Apply a -> emitApply(a);
      case Expr.Piecewise p -> {
        out.append('(');
        for (int i = 0; i < p.values().size(); i++) {
          condition(p.conditions().get(i));
          out.append(" ? ");
          emit(p.values().get(i));
          out.append(" : ");
        }
        emit(p.otherwise());
        out.append(')');
      }
      case Expr.Call c -> throw new IllegalStateException("call of '" + c.function() + "' was not inlined");
    }
  }

  private void number(double v) {
    if (Double.isNaN(v)) {
      out.append("Double.NaN");
    } else if (Double.isInfinite(v)) {
      out.append(v > 0 ? "Double.POSITIVE_INFINITY" : "Double.NEGATIVE_INFINITY");
    } else {
      // Double.toString round-trips exactly; the sign and exponent need the parentheses.
      out.append('(').append(Double.toString(v)).append("D)");
    }
  }

  private void emitApply(Expr.Apply a) {
    Fn fn = a.fn();
    if (fn.isBoolean()) {
      out.append('(');
      condition(a);
      out.append(" ? 1.0 : 0.0)");
      return;
    }
    List<Expr> args = a.args();
    switch (fn) {
      case PLUS -> fold(args, "0.0", " + ");
      case TIMES -> fold(args, "1.0", " * ");
      case MINUS -> infix(args.get(0), " - ", args.get(1));
      case DIVIDE -> infix(args.get(0), " / ", args.get(1));
      case NEG -> {
        out.append("(-");
        emit(args.getFirst());
        out.append(')');
      }
      case POWER -> power(args.get(0), args.get(1));
      case MIN, MAX -> {
        // left fold, like the bytecode writer: min(min(a, b), c)
        String name = fn == Fn.MIN ? "Math.min(" : "Math.max(";
        out.append(name.repeat(args.size() - 1));
        emit(args.getFirst());
        for (int i = 1; i < args.size(); i++) {
          out.append(", ");
          emit(args.get(i));
          out.append(')');
        }
      }
      case EXP, SQRT, ABS, FLOOR, CEIL, SIN, COS, TAN, ASIN, ACOS, ATAN, SINH, COSH, TANH, LOG10 ->
          call("Math." + fn.name().toLowerCase(Locale.ROOT), args);
      case LN -> call("Math.log", args);
      default -> call("org.limbic.math.Functions." + fn.name().toLowerCase(Locale.ROOT), args);
    }
  }

  private void call(String function, List<Expr> args) {
    out.append(function).append('(');
    for (int i = 0; i < args.size(); i++) {
      if (i > 0) {
        out.append(", ");
      }
      emit(args.get(i));
    }
    out.append(')');
  }

  /** Java's + and * associate to the left, the order the bytecode writer folds in. */
  private void fold(List<Expr> args, String identity, String operator) {
    if (args.isEmpty()) {
      out.append(identity);
      return;
    }
    out.append('(');
    for (int i = 0; i < args.size(); i++) {
      if (i > 0) {
        out.append(operator);
      }
      emit(args.get(i));
    }
    out.append(')');
  }

  private void infix(Expr left, String operator, Expr right) {
    out.append('(');
    emit(left);
    out.append(operator);
    emit(right);
    out.append(')');
  }

  /** x^2 through sq(x) so the base is written (and evaluated) once, as the bytecode writer's dup2. */
  private void power(Expr base, Expr exponent) {
    if (exponent instanceof Expr.Num n) {
      double k = n.value();
      if (k == 1.0) {
        emit(base);
        return;
      }
      if (k == 2.0) {
        call("sq", List.of(base));
        return;
      }
      if (k == 0.5) {
        call("Math.sqrt", List.of(base));
        return;
      }
    }
    call("Math.pow", List.of(base, exponent));
  }

  // ---- conditions: each written as one parenthesized boolean Java expression ----

  private void condition(Expr c) {
    if (c instanceof Expr.Num n) {
      out.append(n.value() != 0.0 || Double.isNaN(n.value()) ? "true" : "false");
      return;
    }
    if (!(c instanceof Expr.Apply a) || !a.fn().isBoolean()) {
      // a number as a condition: true unless exactly 0 (NaN counts as true, as dcmpl/ifeq does)
      out.append('(');
      emit(c);
      out.append(" != 0.0)");
      return;
    }
    List<Expr> args = a.args();
    switch (a.fn()) {
      case GT, GEQ, LT, LEQ, EQ -> {
        String op = switch (a.fn()) {
          case GT -> " > ";
          case GEQ -> " >= ";
          case LT -> " < ";
          case LEQ -> " <= ";
          default -> " == ";
        };
        out.append('(');
        for (int i = 0; i + 1 < args.size(); i++) {
          if (i > 0) {
            out.append(" && ");
          }
          infix(args.get(i), op, args.get(i + 1));
        }
        out.append(')');
      }
      case NEQ -> infix(args.get(0), " != ", args.get(1));
      case AND -> junction(args, " && ", "true");
      case OR -> junction(args, " || ", "false");
      case XOR -> junction(args, " ^ ", "false"); // odd number true; evaluates every argument, as the bytecode does
      case NOT -> {
        out.append("(!");
        condition(args.getFirst());
        out.append(')');
      }
      case IMPLIES -> {
        out.append("(!");
        condition(args.get(0));
        out.append(" || ");
        condition(args.get(1));
        out.append(')');
      }
      default -> throw new IllegalStateException("not a condition: " + a.fn());
    }
  }

  private void junction(List<Expr> args, String operator, String empty) {
    if (args.isEmpty()) {
      out.append(empty);
      return;
    }
    out.append('(');
    for (int i = 0; i < args.size(); i++) {
      if (i > 0) {
        out.append(operator);
      }
      condition(args.get(i));
    }
    out.append(')');
  }
}
