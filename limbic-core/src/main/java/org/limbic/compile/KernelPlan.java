package org.limbic.compile;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;
import org.limbic.math.Expr;
import org.limbic.math.Fn;

/**
 * How a {@link KernelSource} is cut into methods and classes of legal size before any bytecode is
 * written. The code is made of leaves, the static methods that compute: chunks of each statement
 * list (at most about {@value #CHUNK_BYTES} bytes) and one method per scalar function, each with
 * the helpers its {@link Outlining}s take out of large expressions. Leaves are dealt, in order,
 * into classes whose constant pools stay below {@value #POOL_BUDGET} entries (the format's limit is
 * 65,535): a method, its helpers and every distinct number they load take entries. The budget is
 * far below the limit because writing a class costs more than linearly in its pool (the classfile
 * API's pool lookups, JFR): 400,000 scalar functions (100,000 events) took 7.5 s warm to write at
 * 60,000 entries a class, 4.6 s at 8,000 (about 150 classes), 4.2 s at 3,000. A source that fits
 * one class, as a model of 1,000 mass-action reactions does, gets exactly one: the kernel class itself.
 *
 * @param parts the classes, in order; each statement list's chunks and the scalar functions run
 *     through them in this order
 * @param scalars the plan of each scalar function, emitted as the static method {@code s$<index>}
 */
record KernelPlan(List<Part> parts, List<Outlining> scalars) {

  /** Estimated bytecode per chunk; well below HotSpot's 8,000-byte JIT limit. */
  static final int CHUNK_BYTES = 3000;
  /** Constant-pool entries per class (see above why so far below the format's 65,535). */
  static final int POOL_BUDGET = 8_000;
  /** Entries of a method that others call: its name, its name-and-type, its reference. */
  private static final int PER_METHOD = 3;

  /** The kernel methods made of statements, in the order their chunks are dealt. */
  enum StatementMethod {
    INITIALIZE("initialize", false, false), ASSIGNMENTS("assignments", false, false), RHS("rhs", true, false),
    JACOBIAN("jacobian", true, true);

    final String methodName;
    /** Whether the kernel method has an output array (the chunks get null otherwise). */
    final boolean hasOut;
    /** Whether the output is zeroed before the statements (a Jacobian writes its nonzero entries only). */
    final boolean zeroOutFirst;

    StatementMethod(String methodName, boolean hasOut, boolean zeroOutFirst) {
      this.methodName = methodName;
      this.hasOut = hasOut;
      this.zeroOutFirst = zeroOutFirst;
    }

    List<Statement> of(KernelSource source) {
      return switch (this) {
        case INITIALIZE -> source.initialize();
        case ASSIGNMENTS -> source.assignments();
        case RHS -> source.rhs();
        case JACOBIAN -> source.jacobian();
      };
    }
  }

  /** Consecutive statements of one method, emitted as the static method {@code <method>$<number>}. */
  record Chunk(StatementMethod method, int number, List<Statement> statements, List<Outlining> values) {
    String name() {
      return method.methodName + "$" + number;
    }
  }

  /** One class: chunks in method order, and the scalar functions {@code firstScalar} to {@code endScalar - 1}. */
  record Part(List<Chunk> chunks, int firstScalar, int endScalar) {
    List<Chunk> chunksOf(StatementMethod method) {
      return chunks.stream().filter(c -> c.method() == method).toList();
    }

    boolean hasScalars() {
      return endScalar > firstScalar;
    }
  }

  static KernelPlan of(KernelSource source) {
    Dealer dealer = new Dealer(source.delayedScalars());
    for (StatementMethod method : StatementMethod.values()) {
      List<Statement> statements = method.of(source);
      List<Outlining> values = statements.stream().map(s -> Outlining.of(s.value())).toList();
      List<Integer> ends = chunkEnds(statements.size(), i -> values.get(i).inlineCost());
      int start = 0;
      for (int c = 0; c < ends.size(); c++) {
        int end = ends.get(c);
        dealer.add(new Chunk(method, c, statements.subList(start, end), values.subList(start, end)));
        start = end;
      }
    }
    List<Outlining> scalars = source.scalars().stream().map(Outlining::of).toList();
    for (int k = 0; k < scalars.size(); k++) {
      dealer.add(k, scalars.get(k));
    }
    return new KernelPlan(dealer.finish(scalars.size()), scalars);
  }

  /**
   * Where consecutive chunks of about {@value #CHUNK_BYTES} bytes end, for {@code count} statements
   * of {@code nodes} each (8 bytes for the store, 6 per node); a chunk holds at least one statement.
   */
  static List<Integer> chunkEnds(int count, ToIntFunction<Integer> nodes) {
    List<Integer> ends = new ArrayList<>();
    int bytes = 0;
    for (int i = 0; i < count; i++) {
      int cost = 8 + 6 * nodes.applyAsInt(i);
      if (i > 0 && bytes + cost > CHUNK_BYTES) {
        ends.add(i);
        bytes = 0;
      }
      bytes += cost;
    }
    if (count > 0) {
      ends.add(count);
    }
    return ends;
  }

  /** Deals leaves into classes, counting each class's constant-pool entries. */
  private static final class Dealer {
    private final Map<Expr, Integer> delayedScalars;
    private final List<Part> parts = new ArrayList<>();
    private List<Chunk> chunks = new ArrayList<>();
    private int firstScalar;
    private int nextScalar;
    private int entries;
    private final Set<Long> doubles = new HashSet<>();
    private final Set<Integer> ints = new HashSet<>();

    Dealer(Map<Expr, Integer> delayedScalars) {
      this.delayedScalars = delayedScalars;
    }

    void add(Chunk chunk) {
      Constants c = new Constants();
      for (int i = 0; i < chunk.statements().size(); i++) {
        c.index(chunk.statements().get(i).index());
        c.of(chunk.values().get(i));
      }
      makeRoom(c);
      chunks.add(chunk);
    }

    void add(int scalar, Outlining value) {
      Constants c = new Constants();
      c.of(value);
      makeRoom(c);
      nextScalar = scalar + 1;
    }

    /** Starts a new class if this leaf's entries do not fit in the current one (which is never left empty). */
    private void makeRoom(Constants leaf) {
      int cost = leaf.entries();
      boolean empty = chunks.isEmpty() && nextScalar == firstScalar;
      if (!empty && entries + cost > POOL_BUDGET) {
        parts.add(new Part(List.copyOf(chunks), firstScalar, nextScalar));
        chunks = new ArrayList<>();
        firstScalar = nextScalar;
        entries = 0;
        doubles.clear();
        ints.clear();
        cost = leaf.entries();
      }
      entries += cost;
      doubles.addAll(leaf.doubles);
      ints.addAll(leaf.ints);
    }

    List<Part> finish(int scalarCount) {
      parts.add(new Part(List.copyOf(chunks), firstScalar, scalarCount));
      return List.copyOf(parts);
    }

    /** The entries one leaf adds to the current class: its methods, and the numbers the class does not load yet. */
    private final class Constants {
      private final Set<Long> doubles = new HashSet<>();
      private final Set<Integer> ints = new HashSet<>();
      private int methods = 1;

      int entries() {
        int fresh = 0;
        for (long d : doubles) {
          fresh += Dealer.this.doubles.contains(d) ? 0 : 2; // a double takes two entries
        }
        for (int i : ints) {
          fresh += Dealer.this.ints.contains(i) ? 0 : 1;
        }
        return PER_METHOD * methods + fresh;
      }

      void of(Outlining plan) {
        methods += plan.outlined().size();
        collect(plan.root());
      }

      /** An int beyond a short is loaded from the pool (iconst, bipush and sipush cover the rest). */
      void index(int i) {
        if (i != (short) i) {
          ints.add(i);
        }
      }

      private void collect(Expr e) {
        switch (e) {
          case Expr.Num n -> {
            long bits = Double.doubleToRawLongBits(n.value());
            if (bits != Double.doubleToRawLongBits(0.0) && bits != Double.doubleToRawLongBits(1.0)) {
              doubles.add(bits); // 0.0 and 1.0 are dconst_0 and dconst_1
            }
          }
          case Expr.Sym s -> {
            if (Slots.isSlot(s.name())) {
              index(Slots.index(s.name()));
            }
          }
          case Expr.Apply a -> {
            if (a.fn() == Fn.DELAY) {
              index(delayedScalars.getOrDefault(a.arg(0), 0));
            }
            a.args().forEach(this::collect);
          }
          case Expr.Piecewise p -> {
            p.values().forEach(this::collect);
            p.conditions().forEach(this::collect);
            collect(p.otherwise());
          }
          default -> {
          }
        }
      }
    }
  }
}
