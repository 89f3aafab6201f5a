package org.limbic.cli;

import java.util.Arrays;
import org.limbic.compile.CompiledModel;
import org.limbic.compile.ModelCompiler;
import org.limbic.model.Model;
import org.limbic.workloads.GeneratedNetworks;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code limbic bench compile}: time to compile generated mass-action networks (validation, lowering,
 * symbolic Jacobian, bytecode generation and class definition), median over repetitions after warm-up.
 */
@Command(name = "compile", mixinStandardHelpOptions = true,
    description = "Compile time of generated mass-action networks (median of --reps after warm-up).")
final class BenchCompileCommand implements Runnable {

  @Option(names = "--reactions", split = ",", defaultValue = "100,1000", description = "Network sizes (default: ${DEFAULT-VALUE}).")
  int[] sizes;

  @Option(names = "--reps", defaultValue = "11", description = "Timed compilations per size (default: ${DEFAULT-VALUE}).")
  int reps;

  @Override
  public void run() {
    for (int size : sizes) {
      Model model = network(size);
      for (int i = 0; i < 3; i++) {
        ModelCompiler.compile(model); // warm-up: JIT-compile the compiler itself
      }
      double[] ms = new double[reps];
      CompiledModel last = null;
      for (int i = 0; i < reps; i++) {
        long t0 = System.nanoTime();
        last = ModelCompiler.compile(model);
        ms[i] = (System.nanoTime() - t0) / 1e6;
      }
      Arrays.sort(ms);
      System.out.printf(java.util.Locale.ROOT, "compile reactions=%d states=%d jacobian_entries=%d median_ms=%.1f min_ms=%.1f%n",
          size, last.layout().stateCount(), last.jacobianEntries(), ms[reps / 2], ms[0]);
    }
  }

  static Model network(int reactions) {
    return GeneratedNetworks.massAction(reactions);
  }
}
