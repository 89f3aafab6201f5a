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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The first kernel a fresh JVM generates (one shot per fork, no warm-up): what a single
 * {@code limbic run} pays, including loading and interpreting the generator's own classes. The model
 * is lowered in the set-up (untimed), and the check against the other backend runs only after the
 * shot, so neither backend is warmed before it is timed.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(value = 5, jvmArgs = {"-Xss8m", "--sun-misc-unsafe-memory-access=allow"})
@State(Scope.Benchmark)
public class FirstCompileBenchmark {

  @Param({"100", "1000"})
  public int reactions;

  private String id;
  private KernelSource source;
  private ModelKernel kernel;

  @Setup(Level.Trial)
  public void setUp() {
    id = BenchmarkNetwork.network(reactions).id();
    source = ModelCompiler.kernelSource(BenchmarkNetwork.network(reactions));
  }

  @Benchmark
  public void classfile() {
    kernel = KernelClassWriter.define(id, source);
  }

  @Benchmark
  public void janino() {
    kernel = JaninoKernelWriter.define(id, source);
  }

  @TearDown(Level.Trial)
  public void check() {
    BenchmarkNetwork network = new BenchmarkNetwork(reactions);
    network.requireSameResults(network.compiled.kernel(), kernel, "the timed kernel");
  }
}
