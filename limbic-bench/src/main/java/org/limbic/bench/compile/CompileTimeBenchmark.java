package org.limbic.bench.compile;

import java.util.concurrent.TimeUnit;
import org.limbic.compile.KernelClassWriter;
import org.limbic.compile.KernelSource;
import org.limbic.compile.ModelCompiler;
import org.limbic.compile.ModelKernel;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Code generation + class definition + instantiation of a lowered model's kernel, with the JDK's
 * {@code java.lang.classfile} (hidden class) and with Janino (Java source text, compiled in memory,
 * loaded by Janino's class loader). Lowering, common to both, is timed separately as {@code lower}.
 *
 * <p>Warm: the generators themselves are JIT-compiled (a cohort or a scan compiling many models).
 * {@link FirstCompileBenchmark} measures the cold case (one model per JVM, as {@code limbic run}).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 2, jvmArgs = {"-Xss8m", "--sun-misc-unsafe-memory-access=allow"})
@State(Scope.Benchmark)
public class CompileTimeBenchmark {

  @Param({"100", "1000"})
  public int reactions;

  private BenchmarkNetwork network;

  @Setup(Level.Trial)
  public void setUp() {
    network = new BenchmarkNetwork(reactions);
    network.requireSameResults(network.compiled.kernel(), JaninoKernelWriter.define(network.model.id(), network.source), "Janino");
  }

  @Benchmark
  public ModelKernel classfile() {
    return KernelClassWriter.define(network.model.id(), network.source);
  }

  @Benchmark
  public ModelKernel janino() {
    return JaninoKernelWriter.define(network.model.id(), network.source);
  }

  /** Layout, lowering, ordering and the symbolic Jacobian: what either backend is handed. */
  @Benchmark
  public KernelSource lower() {
    return ModelCompiler.kernelSource(network.model);
  }
}
