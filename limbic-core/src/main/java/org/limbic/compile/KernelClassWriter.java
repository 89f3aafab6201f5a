package org.limbic.compile;

import static java.lang.constant.ConstantDescs.CD_Object;
import static java.lang.constant.ConstantDescs.CD_double;
import static java.lang.constant.ConstantDescs.CD_int;
import static java.lang.constant.ConstantDescs.CD_void;
import static org.limbic.compile.BytecodeExpressions.CD_DOUBLE_ARRAY;
import static org.limbic.compile.BytecodeExpressions.MTD_SCALAR_FN;

import java.lang.classfile.ClassBuilder;
import java.lang.classfile.ClassFile;
import java.lang.classfile.CodeBuilder;
import java.lang.classfile.Label;
import java.lang.classfile.instruction.SwitchCase;
import java.lang.constant.ClassDesc;
import java.lang.constant.ConstantDescs;
import java.lang.constant.DynamicConstantDesc;
import java.lang.constant.MethodTypeDesc;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.limbic.compile.KernelPlan.Chunk;
import org.limbic.compile.KernelPlan.Part;
import org.limbic.compile.KernelPlan.StatementMethod;
import org.limbic.math.Expr;

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
 * <p>Sizes. HotSpot does not JIT-compile methods over 8,000 bytes of bytecode, and the class format
 * caps a method at 64 KiB and a class's constant pool at 65,535 entries. {@link KernelPlan} cuts the
 * code into leaves of bounded size (chunks of statements, scalar functions, and the pieces that
 * {@link Outlining} takes out of large expressions) and deals them into classes. Every caller of
 * leaves calls at most {@value #FANOUT} of them (about 5.6 KB of calls or a 7.7 KB tableswitch): a
 * kernel method with more chunks calls static methods that call them, and {@code scalar(k, ...)}
 * over more functions switches on {@code k} through a tree of such switches. A source that fits one
 * class, as a model of 1,000 mass-action reactions does, gets the kernel class alone, and up to
 * {@value #FANOUT} chunks and scalar functions the same code as before any of this was needed (so
 * the speed of small models is what the measurements above say). A larger source gets part
 * classes holding the leaves, each with static entries (its chunks of each kernel method in order,
 * the dispatch of its range of scalar functions), which the kernel class calls through constant
 * method handles from its class data: hidden classes cannot name one another, and a constant
 * handle is inlined by the JIT as a static call is.
 */
public final class KernelClassWriter {

  private static final ClassDesc CD_KERNEL = ClassDesc.of(ModelKernel.class.getName());
  private static final ClassDesc CD_ARRAYS = ClassDesc.of("java.util.Arrays");
  private static final ClassDesc CD_METHOD_HANDLE = ConstantDescs.CD_MethodHandle;
  /** (t, y, p, w) for instance methods without an output array. */
  private static final MethodTypeDesc MTD_STATE = MethodTypeDesc.of(CD_void, CD_double, CD_DOUBLE_ARRAY, CD_DOUBLE_ARRAY,
      CD_DOUBLE_ARRAY);
  /** (t, y, p, w, out) for instance methods with one, and for every static statement method. */
  private static final MethodTypeDesc MTD_STATE_OUT = MethodTypeDesc.of(CD_void, CD_double, CD_DOUBLE_ARRAY, CD_DOUBLE_ARRAY,
      CD_DOUBLE_ARRAY, CD_DOUBLE_ARRAY);
  private static final MethodType MT_STATE_OUT = MethodType.methodType(void.class, double.class, double[].class,
      double[].class, double[].class, double[].class);
  /** (k, t, y, p, w) -> double: ModelKernel.scalar, and every dispatch over scalar functions. */
  private static final MethodTypeDesc MTD_SCALAR = MethodTypeDesc.of(CD_double, CD_int, CD_double, CD_DOUBLE_ARRAY,
      CD_DOUBLE_ARRAY, CD_DOUBLE_ARRAY);
  private static final MethodType MT_SCALAR = MethodType.methodType(double.class, int.class, double.class, double[].class,
      double[].class, double[].class);
  private static final String SCALAR = "scalar";
  private static final int PRIVATE_STATIC = ClassFile.ACC_PRIVATE | ClassFile.ACC_STATIC;

  /** Calls per calling method, cases per switch: 2^9. */
  static final int FANOUT = 512;
  private static final int FANOUT_BITS = 9;

  /** Locals of the instance methods: this, t (2 slots), y, p, w, out; scalar: this, k, t, y, p, w. */
  private static final int INSTANCE_T = 1;
  private static final int INSTANCE_K = 1;
  /** Locals of static statement methods: t, y, p, w, out; of static dispatches: k, t, y, p, w. */
  private static final int STATIC_T = BytecodeExpressions.T;
  private static final int STATIC_K = 0;

  private final ClassDesc self;
  private final KernelPlan plan;
  private final BytecodeExpressions expressions;

  private KernelClassWriter(ClassDesc self, KernelSource source, KernelPlan plan) {
    this.self = self;
    this.plan = plan;
    this.expressions = new BytecodeExpressions(self, source.delayedScalars());
  }

  /** Generates, defines and instantiates the kernel of {@code source}; the JVM unloads it with its last reference. */
  public static ModelKernel define(String modelId, KernelSource source) {
    String name = KernelClassWriter.class.getPackageName() + ".Kernel_" + modelId;
    KernelPlan plan = KernelPlan.of(source);
    try {
      MethodHandles.Lookup lookup;
      if (plan.parts().size() == 1) {
        byte[] bytes = new KernelClassWriter(ClassDesc.of(name), source, plan).kernelClass(plan.parts().getFirst());
        lookup = MethodHandles.lookup().defineHiddenClass(bytes, true);
      } else {
        List<MethodHandle> entries = new ArrayList<>();
        for (int j = 0; j < plan.parts().size(); j++) {
          Part part = plan.parts().get(j);
          byte[] bytes = new KernelClassWriter(ClassDesc.of(name + "$Part" + j), source, plan).partClass(part);
          MethodHandles.Lookup partLookup = MethodHandles.lookup().defineHiddenClass(bytes, true);
          for (String entry : entries(part)) {
            entries.add(partLookup.findStatic(partLookup.lookupClass(), entry, entry.equals(SCALAR) ? MT_SCALAR : MT_STATE_OUT));
          }
        }
        byte[] bytes = new KernelClassWriter(ClassDesc.of(name), source, plan).dispatchingKernelClass();
        lookup = MethodHandles.lookup().defineHiddenClassWithClassData(bytes, List.copyOf(entries), true);
      }
      return (ModelKernel) lookup.findConstructor(lookup.lookupClass(), MethodType.methodType(void.class)).invoke();
    } catch (Throwable e) {
      throw new IllegalStateException("generated code for model '" + modelId + "' was rejected by the JVM: " + e, e);
    }
  }

  /**
   * The statements in consecutive slices of at most about {@value KernelPlan#CHUNK_BYTES} bytes of
   * bytecode each (a slice holds at least one statement), as the kernel's chunks are cut; public so
   * that other code generators measured against this one split alike (limbic-bench).
   */
  public static List<List<Statement>> chunk(List<Statement> statements) {
    List<List<Statement>> chunks = new ArrayList<>();
    int start = 0;
    for (int end : KernelPlan.chunkEnds(statements.size(), i -> Outlining.size(statements.get(i).value()))) {
      chunks.add(statements.subList(start, end));
      start = end;
    }
    return chunks;
  }

  // ---- the classes ----

  /** The whole kernel in one class: its leaves, and the ModelKernel methods calling them. */
  private byte[] kernelClass(Part part) {
    return ClassFile.of().build(self, cls -> {
      kernelHeader(cls);
      leaves(cls, part);
      for (StatementMethod method : StatementMethod.values()) {
        List<String> targets = sequence(cls, method, part.chunksOf(method));
        cls.withMethodBody(method.methodName, method.hasOut ? MTD_STATE_OUT : MTD_STATE, ClassFile.ACC_PUBLIC, cb -> {
          if (method.zeroOutFirst) {
            zeroOut(cb);
          }
          for (String target : targets) {
            statementArgs(cb, INSTANCE_T, method.hasOut);
            cb.invokestatic(self, target, MTD_STATE_OUT);
          }
          cb.return_();
        });
      }
      List<String> targets = scalarTargets(cls, part.firstScalar(), part.endScalar());
      cls.withMethodBody(SCALAR, MTD_SCALAR, ClassFile.ACC_PUBLIC,
          cb -> switchOver(cb, INSTANCE_K, part.firstScalar(), part.endScalar(), targets));
    });
  }

  /** One class of a kernel too large for one: its leaves and its static entries ({@link #entries}). */
  private byte[] partClass(Part part) {
    return ClassFile.of().build(self, cls -> {
      cls.withFlags(ClassFile.ACC_FINAL);
      leaves(cls, part);
      for (StatementMethod method : StatementMethod.values()) {
        List<Chunk> chunks = part.chunksOf(method);
        if (!chunks.isEmpty()) {
          List<String> targets = sequence(cls, method, chunks);
          cls.withMethodBody(method.methodName, MTD_STATE_OUT, ClassFile.ACC_STATIC, cb -> {
            for (String target : targets) {
              statementArgs(cb, STATIC_T, true);
              cb.invokestatic(self, target, MTD_STATE_OUT);
            }
            cb.return_();
          });
        }
      }
      if (part.hasScalars()) {
        List<String> targets = scalarTargets(cls, part.firstScalar(), part.endScalar());
        cls.withMethodBody(SCALAR, MTD_SCALAR, ClassFile.ACC_STATIC,
            cb -> switchOver(cb, STATIC_K, part.firstScalar(), part.endScalar(), targets));
      }
    });
  }

  /** A part's static entries, in the order of its method handles in the kernel's class data. */
  private static List<String> entries(Part part) {
    List<String> names = new ArrayList<>();
    for (StatementMethod method : StatementMethod.values()) {
      if (!part.chunksOf(method).isEmpty()) {
        names.add(method.methodName);
      }
    }
    if (part.hasScalars()) {
      names.add(SCALAR);
    }
    return names;
  }

  /**
   * The kernel over part classes: each ModelKernel method calls the parts' entries in order, and
   * {@code scalar} finds the part of {@code k} by binary search over their first indices.
   */
  private byte[] dispatchingKernelClass() {
    List<Part> parts = plan.parts();
    int[][] handle = new int[parts.size()][];
    int next = 0;
    for (int j = 0; j < parts.size(); j++) {
      handle[j] = new int[StatementMethod.values().length + 1];
      java.util.Arrays.fill(handle[j], -1);
      for (String entry : entries(parts.get(j))) {
        handle[j][entry.equals(SCALAR) ? StatementMethod.values().length : StatementMethod.valueOf(entryMethod(entry)).ordinal()] = next++;
      }
    }
    return ClassFile.of().build(self, cls -> {
      kernelHeader(cls);
      for (StatementMethod method : StatementMethod.values()) {
        cls.withMethodBody(method.methodName, method.hasOut ? MTD_STATE_OUT : MTD_STATE, ClassFile.ACC_PUBLIC, cb -> {
          if (method.zeroOutFirst) {
            zeroOut(cb);
          }
          for (int[] h : handle) {
            if (h[method.ordinal()] >= 0) {
              cb.loadConstant(classDataHandle(h[method.ordinal()]));
              statementArgs(cb, INSTANCE_T, method.hasOut);
              cb.invokevirtual(CD_METHOD_HANDLE, "invokeExact", MTD_STATE_OUT);
            }
          }
          cb.return_();
        });
      }
      List<int[]> ranges = new ArrayList<>(); // {first scalar, handle}
      for (int j = 0; j < parts.size(); j++) {
        if (parts.get(j).hasScalars()) {
          ranges.add(new int[] {parts.get(j).firstScalar(), handle[j][StatementMethod.values().length]});
        }
      }
      cls.withMethodBody(SCALAR, MTD_SCALAR, ClassFile.ACC_PUBLIC, cb -> {
        if (ranges.isEmpty()) {
          noSuchScalar(cb);
        } else {
          scalarOverParts(cb, ranges, 0, ranges.size());
        }
      });
    });
  }

  private static String entryMethod(String entry) {
    for (StatementMethod m : StatementMethod.values()) {
      if (m.methodName.equals(entry)) {
        return m.name();
      }
    }
    throw new IllegalArgumentException(entry);
  }

  private static void scalarOverParts(CodeBuilder cb, List<int[]> ranges, int from, int to) {
    if (to - from == 1) {
      cb.loadConstant(classDataHandle(ranges.get(from)[1]));
      cb.iload(INSTANCE_K);
      scalarArgs(cb, INSTANCE_K + 1);
      cb.invokevirtual(CD_METHOD_HANDLE, "invokeExact", MTD_SCALAR).dreturn();
      return;
    }
    int mid = (from + to) >>> 1;
    Label upper = cb.newLabel();
    cb.iload(INSTANCE_K).loadConstant(ranges.get(mid)[0]).if_icmpge(upper);
    scalarOverParts(cb, ranges, from, mid);
    cb.labelBinding(upper);
    scalarOverParts(cb, ranges, mid, to);
  }

  /** The method handle at {@code index} of the class data, a constant the JIT inlines through. */
  private static DynamicConstantDesc<MethodHandle> classDataHandle(int index) {
    return DynamicConstantDesc.ofNamed(ConstantDescs.BSM_CLASS_DATA_AT, ConstantDescs.DEFAULT_NAME, CD_METHOD_HANDLE, index);
  }

  private static void kernelHeader(ClassBuilder cls) {
    cls.withFlags(ClassFile.ACC_PUBLIC | ClassFile.ACC_FINAL);
    cls.withInterfaceSymbols(CD_KERNEL);
    cls.withMethodBody(ConstantDescs.INIT_NAME, ConstantDescs.MTD_void, ClassFile.ACC_PUBLIC, cb -> cb
        .aload(0).invokespecial(CD_Object, ConstantDescs.INIT_NAME, ConstantDescs.MTD_void).return_());
  }

  private static void zeroOut(CodeBuilder cb) {
    cb.aload(INSTANCE_T + 5).dconst_0().invokestatic(CD_ARRAYS, "fill", MethodTypeDesc.of(CD_void, CD_DOUBLE_ARRAY, CD_double));
  }

  // ---- the leaves: chunks of statements, scalar functions, and the helpers of both ----

  private void leaves(ClassBuilder cls, Part part) {
    for (Chunk chunk : part.chunks()) {
      for (int i = 0; i < chunk.values().size(); i++) {
        helpers(cls, chunk.values().get(i), chunk.name() + "$" + i);
      }
      cls.withMethodBody(chunk.name(), MTD_STATE_OUT, PRIVATE_STATIC, cb -> {
        for (int i = 0; i < chunk.statements().size(); i++) {
          Statement s = chunk.statements().get(i);
          cb.aload(BytecodeExpressions.arrayOf(s.target()));
          cb.loadConstant(s.index());
          expressions.emit(cb, chunk.values().get(i).root());
          cb.dastore();
        }
        cb.return_();
      });
    }
    for (int k = part.firstScalar(); k < part.endScalar(); k++) {
      Outlining value = plan.scalars().get(k);
      helpers(cls, value, scalarName(k));
      cls.withMethodBody(scalarName(k), MTD_SCALAR_FN, PRIVATE_STATIC, cb -> {
        expressions.emit(cb, value.root());
        cb.dreturn();
      });
    }
  }

  private void helpers(ClassBuilder cls, Outlining value, String prefix) {
    for (Map.Entry<Expr, String> helper : expressions.outline(value, prefix)) {
      cls.withMethodBody(helper.getValue(), MTD_SCALAR_FN, PRIVATE_STATIC, cb -> {
        expressions.emitInline(cb, helper.getKey());
        cb.dreturn();
      });
    }
  }

  /**
   * {@code s$} and k scrambled (times an odd constant, a bijection of int), in base 36. Why not
   * {@code s$k}: names that count up hash to a dense run of values, and the classfile API's
   * constant pool, a hash table with linear probing, then searched long clusters for each new name:
   * 400,000 scalar functions took 10 to 15 s to write, most of it there (JFR, JDK 25).
   */
  private static String scalarName(int k) {
    return "s$" + Integer.toUnsignedString(k * 0x9E3779B9, 36);
  }

  // ---- callers of leaves, at most FANOUT calls each ----

  /**
   * The methods that a kernel method calls, in order, to run {@code chunks}: the chunks themselves,
   * or static methods that call {@value #FANOUT} of them each (and so on up).
   */
  private List<String> sequence(ClassBuilder cls, StatementMethod method, List<Chunk> chunks) {
    List<String> targets = chunks.stream().map(Chunk::name).toList();
    for (int level = 0; targets.size() > FANOUT; level++) {
      List<String> groups = new ArrayList<>();
      for (int from = 0; from < targets.size(); from += FANOUT) {
        List<String> slice = targets.subList(from, Math.min(targets.size(), from + FANOUT));
        String group = method.methodName + "$seq" + level + "$" + groups.size();
        cls.withMethodBody(group, MTD_STATE_OUT, PRIVATE_STATIC, cb -> {
          for (String target : slice) {
            statementArgs(cb, STATIC_T, true);
            cb.invokestatic(self, target, MTD_STATE_OUT);
          }
          cb.return_();
        });
        groups.add(group);
      }
      targets = groups;
    }
    return targets;
  }

  /**
   * What a switch over the scalar functions {@code [lo, hi)} jumps to: the functions themselves
   * when there are at most {@value #FANOUT}, else one static dispatch per block of
   * {@value #FANOUT}^d functions (d as small as keeps the blocks at most {@value #FANOUT}), each
   * defined here, recursively.
   */
  private List<String> scalarTargets(ClassBuilder cls, int lo, int hi) {
    if (hi - lo <= FANOUT) {
      return IntStream.range(lo, hi).mapToObj(KernelClassWriter::scalarName).toList();
    }
    int span = 1 << blockBits(hi - lo);
    List<String> blocks = new ArrayList<>();
    for (int from = lo; from < hi; from += span) {
      int blockLo = from;
      int blockHi = Math.min(hi, from + span);
      List<String> targets = scalarTargets(cls, blockLo, blockHi);
      String name = SCALAR + "$" + blockLo + "$" + blockHi;
      cls.withMethodBody(name, MTD_SCALAR, PRIVATE_STATIC, cb -> switchOver(cb, STATIC_K, blockLo, blockHi, targets));
      blocks.add(name);
    }
    return blocks;
  }

  /** log2 of the block size that splits {@code width} scalar functions into at most FANOUT blocks. */
  private static int blockBits(int width) {
    int bits = FANOUT_BITS;
    while ((long) FANOUT << bits < width) {
      bits += FANOUT_BITS;
    }
    return bits;
  }

  /**
   * {@code return target(k, ...)} by a tableswitch on k (functions) or on (k - lo) >>> bits
   * (blocks), the locals starting at {@code kSlot}; an index outside [lo, hi) throws.
   */
  private void switchOver(CodeBuilder cb, int kSlot, int lo, int hi, List<String> targets) {
    if (targets.isEmpty()) {
      noSuchScalar(cb);
      return;
    }
    boolean functions = targets.size() == hi - lo;
    cb.iload(kSlot);
    if (!functions) {
      if (lo != 0) {
        cb.loadConstant(lo).isub();
      }
      cb.loadConstant(blockBits(hi - lo)).iushr();
    }
    Label fail = cb.newLabel();
    List<SwitchCase> cases = new ArrayList<>();
    List<Label> labels = new ArrayList<>();
    for (int i = 0; i < targets.size(); i++) {
      Label l = cb.newLabel();
      labels.add(l);
      cases.add(SwitchCase.of((functions ? lo : 0) + i, l));
    }
    cb.tableswitch(functions ? lo : 0, (functions ? lo : 0) + targets.size() - 1, fail, cases);
    for (int i = 0; i < targets.size(); i++) {
      cb.labelBinding(labels.get(i));
      if (functions) {
        scalarArgs(cb, kSlot + 1);
        cb.invokestatic(self, targets.get(i), MTD_SCALAR_FN);
      } else {
        cb.iload(kSlot);
        scalarArgs(cb, kSlot + 1);
        cb.invokestatic(self, targets.get(i), MTD_SCALAR);
      }
      cb.dreturn();
    }
    cb.labelBinding(fail);
    noSuchScalar(cb);
  }

  private static void noSuchScalar(CodeBuilder cb) {
    ClassDesc iae = ClassDesc.of("java.lang.IllegalArgumentException");
    cb.new_(iae).dup().loadConstant("no such scalar function in this model")
        .invokespecial(iae, ConstantDescs.INIT_NAME, MethodTypeDesc.of(CD_void, ConstantDescs.CD_String)).athrow();
  }

  /** Pushes t, y, p, w from locals starting at {@code tSlot}, and out (the next local) or null. */
  private static void statementArgs(CodeBuilder cb, int tSlot, boolean out) {
    scalarArgs(cb, tSlot);
    if (out) {
      cb.aload(tSlot + 5);
    } else {
      cb.aconst_null();
    }
  }

  /** Pushes t, y, p, w from locals starting at {@code tSlot}. */
  private static void scalarArgs(CodeBuilder cb, int tSlot) {
    cb.dload(tSlot).aload(tSlot + 2).aload(tSlot + 3).aload(tSlot + 4);
  }
}
