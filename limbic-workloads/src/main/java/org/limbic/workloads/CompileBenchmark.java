package org.limbic.workloads;

import java.util.Arrays;
import java.util.Locale;
import org.limbic.compile.CompiledModel;
import org.limbic.compile.ModelCompiler;
import org.limbic.model.Model;

/**
 * Time to compile a generated mass-action network ({@link GeneratedNetworks#massAction}): validation,
 * lowering, symbolic Jacobian, bytecode generation and class definition, the median over timed
 * compilations after three that warm up the compiler itself. A benchmark, not a test: nothing
 * asserts on its timings.
 */
public final class CompileBenchmark {

  /** One network size measured; {@link #line()} prints it. */
  public record Result(int reactions, int states, int jacobianEntries, double medianMillis, double minMillis) {

    public String line() {
      return String.format(Locale.ROOT, "compile reactions=%d states=%d jacobian_entries=%d median_ms=%.1f min_ms=%.1f",
          reactions, states, jacobianEntries, medianMillis, minMillis);
    }
  }

  private CompileBenchmark() {
  }

  /** Compiles the network of {@code reactions} reactions 3 + {@code reps} times, timing the last {@code reps}. */
  public static Result run(int reactions, int reps) {
    if (reps < 1) {
      throw new IllegalArgumentException("need at least one timed compilation, got " + reps);
    }
    Model model = GeneratedNetworks.massAction(reactions);
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
    return new Result(reactions, last.layout().stateCount(), last.jacobianEntries(), ms[reps / 2], ms[0]);
  }
}
