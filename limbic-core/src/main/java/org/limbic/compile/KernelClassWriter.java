package org.limbic.compile;

import static java.lang.constant.ConstantDescs.CD_Object;
import static java.lang.constant.ConstantDescs.CD_double;
import static java.lang.constant.ConstantDescs.CD_int;
import static java.lang.constant.ConstantDescs.CD_void;

import java.lang.classfile.ClassBuilder;
import java.lang.classfile.ClassFile;
import java.lang.classfile.CodeBuilder;
import java.lang.classfile.Label;
import java.lang.classfile.instruction.SwitchCase;
import java.lang.constant.ClassDesc;
import java.lang.constant.ConstantDescs;
import java.lang.constant.MethodTypeDesc;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.List;
import org.limbic.math.Expr;
import org.limbic.math.Fn;

/**
 * Generates the {@link ModelKernel} class of a model with the JDK's own {@code java.lang.classfile}
 * API and defines it as a hidden class (unloaded when no longer used).
 *
 * <p>Why bytecode and not an interpreter: the right-hand side and Jacobian are evaluated millions
 * of times per cohort; generated straight-line code on double[] is JIT-compiled like hand-written
 * Java, with no tree walking, boxing or allocation.
 *
 * <p>Why {@code java.lang.classfile} and not Janino: measured (limbic-bench, {@code
 * bench/compile-backends.sh}; JMH, 2 cores, JDK 25.0.3, November 2026, on a machine shared with other
 * builds at load average 8 to 11, hence two runs and wide spreads). Generation + class definition +
 * instantiation of the kernel of limbic-cli's generated mass-action networks (the same statements
 * handed to both writers, which give bit-identical rhs and Jacobian), as the larger of the two runs'
 * medians and, in parentheses, the fastest iteration of either run:
 * <pre>
 *                                     100 reactions     1,000 reactions
 *   warm (generators JIT-compiled)
 *     java.lang.classfile             3.7 ms  (2.3)     46 ms   (11)
 *     Janino 3.1.12 (source text)     104 ms  (16)      1.14 s  (0.53)
 *   cold (first kernel of a fresh JVM)
 *     java.lang.classfile             122 ms  (27)      335 ms  (105)
 *     Janino 3.1.12                   1.54 s  (0.70)    2.73 s  (1.70)
 *   lowering + symbolic Jacobian      6 ms    (1.4)     144 ms  (39)    (shared by both)
 * </pre>
 * Janino is 7 to 50 times slower to compile, and for 1,000 reactions it would cost several times
 * the lowering itself (likely because it prints, parses and type-checks Java source, resolving names
 * through reflection, where this writer goes straight from the tree to bytecode). The kernels run
 * alike once JIT-compiled: on the 100-reaction network rhs takes 81 ns (classfile) and 83 ns
 * (Janino), the Jacobian 229 ns and 226 ns (fastest iterations;
 * the medians, 108 to 232 ns and 230 to 737 ns, move with the load, not with the backend). So the
 * choice decides compile time only, and classfile wins it while also being part of the JDK (no
 * dependency for the core) and computing the stack maps itself. ASM was not measured: it would
 * emit the same bytecode as this writer, through an external dependency.
 *
 * <p>Statement lists are split into static chunk methods of bounded size, because HotSpot does not
 * JIT-compile methods over 8,000 bytes of bytecode and the class format caps a method at 64 KiB.
 */
public final class KernelClassWriter {

  private static final ClassDesc CD_DOUBLE_ARRAY = CD_double.arrayType();
  private static final ClassDesc CD_KERNEL = ClassDesc.of(ModelKernel.class.getName());
  private static final ClassDesc CD_MATH = ClassDesc.of("java.lang.Math");
  private static final ClassDesc CD_FUNCTIONS = ClassDesc.of("org.limbic.math.Functions");
  private static final ClassDesc CD_ARRAYS = ClassDesc.of("java.util.Arrays");
  private static final MethodTypeDesc MTD_D_D = MethodTypeDesc.of(CD_double, CD_double);
  private static final MethodTypeDesc MTD_D_DD = MethodTypeDesc.of(CD_double, CD_double, CD_double);
  /** (t, y, p, w) for instance methods without an output array. */
  private static final MethodTypeDesc MTD_STATE = MethodTypeDesc.of(CD_void, CD_double, CD_DOUBLE_ARRAY, CD_DOUBLE_ARRAY, CD_DOUBLE_ARRAY);
  /** (t, y, p, w, out) for instance methods with one, and for every chunk. */
  private static final MethodTypeDesc MTD_STATE_OUT = MethodTypeDesc.of(CD_void, CD_double, CD_DOUBLE_ARRAY, CD_DOUBLE_ARRAY,
      CD_DOUBLE_ARRAY, CD_DOUBLE_ARRAY);
  private static final MethodTypeDesc MTD_SCALAR_FN = MethodTypeDesc.of(CD_double, CD_double, CD_DOUBLE_ARRAY, CD_DOUBLE_ARRAY,
      CD_DOUBLE_ARRAY);
  private static final MethodTypeDesc MTD_SCALAR = MethodTypeDesc.of(CD_double, CD_int, CD_double, CD_DOUBLE_ARRAY,
      CD_DOUBLE_ARRAY, CD_DOUBLE_ARRAY);

  /** Local slots of static chunk and scalar methods: t (2 slots), y, p, w, out. */
  private static final int T = 0;
  private static final int Y = 2;
  private static final int P = 3;
  private static final int W = 4;
  private static final int OUT = 5;

  /** Estimated bytecode per chunk; well below HotSpot's 8,000-byte JIT limit. */
  private static final int CHUNK_BYTES = 3000;

  private static final ClassDesc CD_DELAY_HISTORY = ClassDesc.of(DelayHistory.class.getName());
  private static final MethodTypeDesc MTD_DELAY = MethodTypeDesc.of(CD_double, CD_int, CD_double, CD_double, CD_double);
  private final ClassDesc self;
  private java.util.Map<Expr, Integer> delayedScalars = java.util.Map.of();

  private KernelClassWriter(ClassDesc self) {
    this.self = self;
  }

  /** Generates, defines and instantiates the kernel of {@code source}; the JVM unloads it with its last reference. */
  public static ModelKernel define(String modelId, KernelSource source) {
    ClassDesc self = ClassDesc.of(KernelClassWriter.class.getPackageName() + ".Kernel_" + modelId);
    byte[] bytes = new KernelClassWriter(self).generate(source);
    try {
      MethodHandles.Lookup lookup = MethodHandles.lookup().defineHiddenClass(bytes, true);
      return (ModelKernel) lookup.findConstructor(lookup.lookupClass(), MethodType.methodType(void.class)).invoke();
    } catch (Throwable e) {
      throw new IllegalStateException("generated code for model '" + modelId + "' was rejected by the JVM: " + e, e);
    }
  }

  private byte[] generate(KernelSource source) {
    delayedScalars = source.delayedScalars();
    return ClassFile.of().build(self, cls -> {
      cls.withFlags(ClassFile.ACC_PUBLIC | ClassFile.ACC_FINAL);
      cls.withInterfaceSymbols(CD_KERNEL);
      cls.withMethodBody(ConstantDescs.INIT_NAME, ConstantDescs.MTD_void, ClassFile.ACC_PUBLIC, cb -> cb
          .aload(0).invokespecial(CD_Object, ConstantDescs.INIT_NAME, ConstantDescs.MTD_void).return_());
      statementMethod(cls, "initialize", MTD_STATE, source.initialize(), false, false);
      statementMethod(cls, "assignments", MTD_STATE, source.assignments(), false, false);
      statementMethod(cls, "rhs", MTD_STATE_OUT, source.rhs(), true, false);
      statementMethod(cls, "jacobian", MTD_STATE_OUT, source.jacobian(), true, true);
      scalarMethods(cls, source.scalars());
    });
  }

  /** An instance method that calls one static chunk per slice of the statements. */
  private void statementMethod(ClassBuilder cls, String name, MethodTypeDesc type, List<Statement> statements,
                               boolean hasOut, boolean zeroOutFirst) {
    List<List<Statement>> chunks = chunk(statements);
    for (int c = 0; c < chunks.size(); c++) {
      List<Statement> chunk = chunks.get(c);
      cls.withMethodBody(name + "$" + c, MTD_STATE_OUT, ClassFile.ACC_PRIVATE | ClassFile.ACC_STATIC, cb -> {
        for (Statement s : chunk) {
          cb.aload(arrayOf(s.target()));
          cb.loadConstant(s.index());
          emit(cb, s.value());
          cb.dastore();
        }
        cb.return_();
      });
    }
    cls.withMethodBody(name, type, ClassFile.ACC_PUBLIC, cb -> {
      // instance locals: this=0, t=1..2, y=3, p=4, w=5, out=6
      if (zeroOutFirst) {
        cb.aload(6).dconst_0().invokestatic(CD_ARRAYS, "fill", MethodTypeDesc.of(CD_void, CD_DOUBLE_ARRAY, CD_double));
      }
      for (int c = 0; c < chunks.size(); c++) {
        cb.dload(1).aload(3).aload(4).aload(5);
        if (hasOut) {
          cb.aload(6);
        } else {
          cb.aconst_null();
        }
        cb.invokestatic(self, name + "$" + c, MTD_STATE_OUT);
      }
      cb.return_();
    });
  }

  /**
   * The statements in consecutive slices of at most about {@value #CHUNK_BYTES} bytes of bytecode
   * each (a slice holds at least one statement); public so that other code generators measured
   * against this one split alike (limbic-bench).
   */
  public static List<List<Statement>> chunk(List<Statement> statements) {
    List<List<Statement>> chunks = new ArrayList<>();
    List<Statement> current = new ArrayList<>();
    int bytes = 0;
    for (Statement s : statements) {
      int cost = 8 + 6 * size(s.value());
      if (!current.isEmpty() && bytes + cost > CHUNK_BYTES) {
        chunks.add(current);
        current = new ArrayList<>();
        bytes = 0;
      }
      current.add(s);
      bytes += cost;
    }
    if (!current.isEmpty()) {
      chunks.add(current);
    }
    return chunks;
  }

  private static int size(Expr e) {
    return switch (e) {
      case Expr.Apply a -> 1 + a.args().stream().mapToInt(KernelClassWriter::size).sum();
      case Expr.Piecewise p -> 2 + p.values().stream().mapToInt(KernelClassWriter::size).sum()
          + p.conditions().stream().mapToInt(KernelClassWriter::size).sum() + size(p.otherwise());
      case Expr.Call c -> 1 + c.args().stream().mapToInt(KernelClassWriter::size).sum();
      default -> 1;
    };
  }

  /** One static method per scalar function, and {@code scalar(k, ...)} dispatching with a tableswitch. */
  private void scalarMethods(ClassBuilder cls, List<Expr> scalars) {
    for (int k = 0; k < scalars.size(); k++) {
      Expr e = scalars.get(k);
      cls.withMethodBody("s$" + k, MTD_SCALAR_FN, ClassFile.ACC_PRIVATE | ClassFile.ACC_STATIC, cb -> {
        emit(cb, e);
        cb.dreturn();
      });
    }
    cls.withMethodBody("scalar", MTD_SCALAR, ClassFile.ACC_PUBLIC, cb -> {
      // instance locals: this=0, k=1, t=2..3, y=4, p=5, w=6
      Label fail = cb.newLabel();
      if (!scalars.isEmpty()) {
        List<SwitchCase> cases = new ArrayList<>();
        List<Label> labels = new ArrayList<>();
        for (int k = 0; k < scalars.size(); k++) {
          Label l = cb.newLabel();
          labels.add(l);
          cases.add(SwitchCase.of(k, l));
        }
        cb.iload(1).tableswitch(0, scalars.size() - 1, fail, cases);
        for (int k = 0; k < scalars.size(); k++) {
          cb.labelBinding(labels.get(k));
          cb.dload(2).aload(4).aload(5).aload(6).invokestatic(self, "s$" + k, MTD_SCALAR_FN).dreturn();
        }
      }
      cb.labelBinding(fail);
      ClassDesc iae = ClassDesc.of("java.lang.IllegalArgumentException");
      cb.new_(iae).dup().loadConstant("no such scalar function in this model")
          .invokespecial(iae, ConstantDescs.INIT_NAME, MethodTypeDesc.of(CD_void, ConstantDescs.CD_String)).athrow();
    });
  }

  private static int arrayOf(KernelArray array) {
    return switch (array) {
      case STATE -> Y;
      case PARAMETER -> P;
      case WORK -> W;
      case DERIVATIVE, JACOBIAN -> OUT;
    };
  }

  // ---- expressions: each leaves one double on the stack ----

  private void emit(CodeBuilder cb, Expr e) {
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
      jumpIfFalse(cb, a, no);
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
