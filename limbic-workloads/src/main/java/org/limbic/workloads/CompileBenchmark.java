package org.limbic.workloads;

import java.util.Arrays;
import java.util.Locale;
import org.limbic.compile.CompiledModel;
import org.limbic.compile.ModelCompiler;
import org.limbic.model.Model;

/**
 * Time to compile a model (a generated network of {@link GeneratedNetworks}, an experiment's): validation,
 * lowering, symbolic Jacobian, bytecode generation and class definition, the median over timed
 * compilations after three that warm up the compiler itself. A benchmark, not a test: nothing
 * asserts on its timings.
 */
public final class CompileBenchmark {

  /** One model measured; {@link #line()} prints it. */
  public record Result(String model, int reactions, int events, int states, int jacobianEntries, double medianMillis,
                       double minMillis) {

    public String line() {
      return String.format(Locale.ROOT, "compile model=%s reactions=%d events=%d states=%d jacobian_entries=%d median_ms=%.1f"
          + " min_ms=%.1f", model, reactions, events, states, jacobianEntries, medianMillis, minMillis);
    }
  }

  private CompileBenchmark() {
  }

  /** Compiles the network of {@code reactions} reactions 3 + {@code reps} times, timing the last {@code reps}. */
  public static Result run(int reactions, int reps) {
    return run(GeneratedNetworks.massAction(reactions), reps);
  }

  /** Compiles {@code model} 3 + {@code reps} times, timing the last {@code reps}. */
  public static Result run(Model model, int reps) {
    if (reps < 1) {
      throw new IllegalArgumentException("need at least one timed compilation, got " + reps);
    }
    for (int i = 0; i < 3; i++) {
      ModelCompiler.compile(model);
    }
    double[] ms = new double[reps];
    CompiledModel last = null;
    for (int i = 0; i < reps; i++) {
      long t0 = System.nanoTime();
      last = ModelCompiler.compile(model);
      ms[i] = (System.nanoTime() - t0) / 1e6;
    }
    Arrays.sort(ms);
    return new Result(model.id(), model.reactions().size(), model.events().size(), last.layout().stateCount(),
        last.jacobianEntries(), ms[reps / 2], ms[0]);
  }
}
