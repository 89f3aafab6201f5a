package org.limbic.compile;

import static java.lang.constant.ConstantDescs.CD_double;
import static java.lang.constant.ConstantDescs.CD_int;

import java.lang.classfile.CodeBuilder;
import java.lang.classfile.Label;
import java.lang.constant.ClassDesc;
import java.lang.constant.MethodTypeDesc;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.limbic.math.Expr;
import org.limbic.math.Fn;

/**
 * Lowered expressions as JVM bytecode, for the static methods of a generated kernel class: each
 * expression leaves one double on the stack, each condition jumps when false. The methods' locals
 * are t (two slots), y, p, w and, for statement chunks, out. A subtree that an {@link Outlining}
 * takes out of its expression is emitted once as a static method of the same class, {@code
 * (t, y, p, w) -> double}, and called wherever the subtree occurs.
 */
final class BytecodeExpressions {

  static final ClassDesc CD_DOUBLE_ARRAY = CD_double.arrayType();
  /** (t, y, p, w) -> double: scalar functions and outlined subtrees. */
  static final MethodTypeDesc MTD_SCALAR_FN = MethodTypeDesc.of(CD_double, CD_double, CD_DOUBLE_ARRAY, CD_DOUBLE_ARRAY,
      CD_DOUBLE_ARRAY);
  /** Local slots of the static methods: t (2 slots), y, p, w, out. */
  static final int T = 0;
  static final int Y = 2;
  static final int P = 3;
  static final int W = 4;
  static final int OUT = 5;

  private static final ClassDesc CD_MATH = ClassDesc.of("java.lang.Math");
  private static final ClassDesc CD_FUNCTIONS = ClassDesc.of("org.limbic.math.Functions");
  private static final ClassDesc CD_DELAY_HISTORY = ClassDesc.of(DelayHistory.class.getName());
  private static final MethodTypeDesc MTD_D_D = MethodTypeDesc.of(CD_double, CD_double);
  private static final MethodTypeDesc MTD_D_DD = MethodTypeDesc.of(CD_double, CD_double, CD_double);
  private static final MethodTypeDesc MTD_DELAY = MethodTypeDesc.of(CD_double, CD_int, CD_double, CD_double, CD_double);

  private final ClassDesc owner;
  private final Map<Expr, Integer> delayedScalars;
  /** Outlined subtree (by identity) -> the name of its static method in {@link #owner}. */
  private final Map<Expr, String> helpers = new IdentityHashMap<>();

  /**
   * @param owner the class being generated, which holds the helpers
   * @param delayedScalars per delayed expression, its scalar function on past states ({@link KernelSource})
   */
  BytecodeExpressions(ClassDesc owner, Map<Expr, Integer> delayedScalars) {
    this.owner = owner;
    this.delayedScalars = delayedScalars;
  }

  /**
   * Names the outlined subtrees of {@code plan} not named yet {@code prefix$h0, prefix$h1, ...}, so
   * that calls of them are emitted from now on, and returns them for the writer to define, each
   * with {@link #emitInline} as its body.
   */
  List<Map.Entry<Expr, String>> outline(Outlining plan, String prefix) {
    List<Map.Entry<Expr, String>> named = new ArrayList<>();
    for (Expr e : plan.outlined()) {
      if (!helpers.containsKey(e)) {
        String name = prefix + "$h" + named.size();
        helpers.put(e, name);
        named.add(Map.entry(e, name));
      }
    }
    return named;
  }

  private void call(CodeBuilder cb, String helper) {
    cb.dload(T).aload(Y).aload(P).aload(W).invokestatic(owner, helper, MTD_SCALAR_FN);
  }

  static int arrayOf(KernelArray array) {
    return switch (array) {
      case STATE -> Y;
      case PARAMETER -> P;
      case WORK -> W;
      case DERIVATIVE, JACOBIAN -> OUT;
    };
  }

  // ---- expressions: each leaves one double on the stack ----

  /** Leaves the value of {@code e} on the stack: a call of its helper if it is outlined, else its code. */
  void emit(CodeBuilder cb, Expr e) {
    String helper = helpers.get(e);
    if (helper != null) {
      call(cb, helper);
    } else {
      emitInline(cb, e);
    }
  }

  /** The code of {@code e} itself, its outlined subtrees as calls: the body of its helper when it has one. */
  void emitInline(CodeBuilder cb, Expr e) {
    switch (e) {
      case Expr.Num n -> cb.loadConstant(n.value());
      case Expr.Time t -> cb.dload(T);
      case Expr.Sym s -> {
        if (!Slots.isSlot(s.name())) {
          throw new IllegalStateException("symbol '" + s.name() + "' was not lowered to a slot");
        }
        cb.aload(arrayOf(Slots.array(s.name()))).loadConstant(Slots.index(s.name())).daload();
      }
      case Expr.Apply a -> emitApply(cb, a);
      case Expr.Piecewise p -> {
        Label end = cb.newLabel();
        for (int i = 0; i < p.values().size(); i++) {
          Label next = cb.newLabel();
          jumpIfFalse(cb, p.conditions().get(i), next);
          emit(cb, p.values().get(i));
          cb.goto_(end);
          cb.labelBinding(next);
        }
        emit(cb, p.otherwise());
        cb.labelBinding(end);
      }
      case Expr.Call c -> throw new IllegalStateException("call of '" + c.function() + "' was not inlined");
    }
  }

  private void emitApply(CodeBuilder cb, Expr.Apply a) {
    Fn fn = a.fn();
    if (fn.isBoolean()) {
      Label no = cb.newLabel();
      Label end = cb.newLabel();
      jumpIfFalseInline(cb, a, no);
      cb.dconst_1().goto_(end);
      cb.labelBinding(no);
      cb.dconst_0();
      cb.labelBinding(end);
      return;
    }
    List<Expr> args = a.args();
    switch (fn) {
      case PLUS -> fold(cb, args, 0.0, true);
      case TIMES -> fold(cb, args, 1.0, false);
      case MINUS -> binary(cb, args, () -> cb.dsub());
      case DIVIDE -> binary(cb, args, () -> cb.ddiv());
      case NEG -> {
        emit(cb, args.getFirst());
        cb.dneg();
      }
      case POWER -> power(cb, args.get(0), args.get(1));
      case MIN, MAX -> {
        emit(cb, args.getFirst());
        for (int i = 1; i < args.size(); i++) {
          emit(cb, args.get(i));
          cb.invokestatic(CD_MATH, fn == Fn.MIN ? "min" : "max", MTD_D_DD);
        }
      }
      case EXP, SQRT, ABS, FLOOR, CEIL, SIN, COS, TAN, ASIN, ACOS, ATAN, SINH, COSH, TANH, LOG10 -> {
        emit(cb, args.getFirst());
        cb.invokestatic(CD_MATH, fn.name().toLowerCase(), MTD_D_D);
      }
      case LN -> {
        emit(cb, args.getFirst());
        cb.invokestatic(CD_MATH, "log", MTD_D_D);
      }
      case DELAY -> {
        // DelayHistory.value(k, t, d, x now): x's past from the running simulation's history
        Integer k = delayedScalars.get(args.getFirst());
        if (k == null) {
          throw new IllegalStateException("delay of " + args.getFirst() + " has no scalar function for its past values");
        }
        cb.loadConstant(k.intValue()).dload(T);
        emit(cb, args.get(1));
        emit(cb, args.getFirst());
        cb.invokestatic(CD_DELAY_HISTORY, "value", MTD_DELAY);
      }
      default -> {
        // The remaining functions (sec, factorial, quotient, log(b, x), ...) have their one
        // definition in org.limbic.math.Functions, shared with the interpreter.
        for (Expr arg : args) {
          emit(cb, arg);
        }
        cb.invokestatic(CD_FUNCTIONS, fn.name().toLowerCase(), args.size() == 1 ? MTD_D_D : MTD_D_DD);
      }
    }
  }

  private void fold(CodeBuilder cb, List<Expr> args, double identity, boolean add) {
    if (args.isEmpty()) {
      cb.loadConstant(identity);
      return;
    }
    emit(cb, args.getFirst());
    for (int i = 1; i < args.size(); i++) {
      emit(cb, args.get(i));
      if (add) {
        cb.dadd();
      } else {
        cb.dmul();
      }
    }
  }

  private void binary(CodeBuilder cb, List<Expr> args, Runnable op) {
    emit(cb, args.get(0));
    emit(cb, args.get(1));
    op.run();
  }

  /**
   * x^1 as x and x^2 as x * x (mass action's x^2 is common), both exactly what Math.pow returns;
   * the rest through Math.pow. Not x^0.5 as sqrt(x): Math.pow(-0.0, 0.5) is +0.0 and
   * Math.pow(-inf, 0.5) is +inf, where Math.sqrt gives -0.0 and NaN.
   */
  private void power(CodeBuilder cb, Expr base, Expr exponent) {
    if (exponent instanceof Expr.Num n) {
      double k = n.value();
      if (k == 1.0) {
        emit(cb, base);
        return;
      }
      if (k == 2.0) {
        emit(cb, base);
        cb.dup2().dmul();
        return;
      }
    }
    emit(cb, base);
    emit(cb, exponent);
    cb.invokestatic(CD_MATH, "pow", MTD_D_DD);
  }

  // ---- conditions: fall through when true, jump to ifFalse when false ----

  private void jumpIfFalse(CodeBuilder cb, Expr condition, Label ifFalse) {
    if (helpers.containsKey(condition)) {
      emit(cb, condition); // an outlined condition returns its truth as 1 or 0
      cb.dconst_0().dcmpl().ifeq(ifFalse);
    } else {
      jumpIfFalseInline(cb, condition, ifFalse);
    }
  }

  private void jumpIfFalseInline(CodeBuilder cb, Expr condition, Label ifFalse) {
    if (condition instanceof Expr.Num n) {
      if (n.value() == 0.0) {
        cb.goto_(ifFalse);
      }
      return;
    }
    if (!(condition instanceof Expr.Apply a) || !a.fn().isBoolean()) {
      emit(cb, condition);
      cb.dconst_0().dcmpl().ifeq(ifFalse);
      return;
    }
    List<Expr> args = a.args();
    switch (a.fn()) {
      case GT, GEQ, LT, LEQ, EQ -> {
        for (int i = 0; i + 1 < args.size(); i++) {
          compare(cb, a.fn(), args.get(i), args.get(i + 1), ifFalse);
        }
      }
      case NEQ -> compare(cb, Fn.NEQ, args.get(0), args.get(1), ifFalse);
      case AND -> args.forEach(x -> jumpIfFalse(cb, x, ifFalse));
      case OR -> {
        if (args.isEmpty()) {
          cb.goto_(ifFalse);
          return;
        }
        Label isTrue = cb.newLabel();
        for (int i = 0; i < args.size() - 1; i++) {
          Label next = cb.newLabel();
          jumpIfFalse(cb, args.get(i), next);
          cb.goto_(isTrue);
          cb.labelBinding(next);
        }
        jumpIfFalse(cb, args.getLast(), ifFalse);
        cb.labelBinding(isTrue);
      }
      case NOT -> {
        Label argFalse = cb.newLabel();
        jumpIfFalse(cb, args.getFirst(), argFalse);
        cb.goto_(ifFalse);
        cb.labelBinding(argFalse);
      }
      case IMPLIES -> {
        Label isTrue = cb.newLabel();
        jumpIfFalse(cb, args.get(0), isTrue);
        jumpIfFalse(cb, args.get(1), ifFalse);
        cb.labelBinding(isTrue);
      }
      case XOR -> {
        // true when an odd number of arguments hold
        cb.iconst_0();
        for (Expr x : args) {
          Label no = cb.newLabel();
          Label end = cb.newLabel();
          jumpIfFalse(cb, x, no);
          cb.iconst_1().goto_(end);
          cb.labelBinding(no);
          cb.iconst_0();
          cb.labelBinding(end);
          cb.ixor();
        }
        cb.ifeq(ifFalse);
      }
      default -> throw new IllegalStateException("not a condition: " + a.fn());
    }
  }

  /**
   * dcmpl pushes -1 for NaN, dcmpg +1, chosen so that any comparison with NaN is false except
   * "!=" (IEEE 754).
   */
  private void compare(CodeBuilder cb, Fn relation, Expr left, Expr right, Label ifFalse) {
    emit(cb, left);
    emit(cb, right);
    switch (relation) {
      case GT -> cb.dcmpl().ifle(ifFalse);
      case GEQ -> cb.dcmpl().iflt(ifFalse);
      case LT -> cb.dcmpg().ifge(ifFalse);
      case LEQ -> cb.dcmpg().ifgt(ifFalse);
      case EQ -> cb.dcmpl().ifne(ifFalse);
      case NEQ -> cb.dcmpl().ifeq(ifFalse);
      default -> throw new IllegalStateException("not a relation: " + relation);
    }
  }
}
