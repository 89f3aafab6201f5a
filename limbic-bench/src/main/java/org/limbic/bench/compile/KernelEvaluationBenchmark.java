package org.limbic.bench.compile;

import java.util.concurrent.TimeUnit;
import org.limbic.compile.KernelClassWriter;
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
 * rhs and Jacobian of the 100-reaction network through the classfile kernel and the Janino kernel.
 * Both are straight-line double[] code that C2 compiles; equal times within noise mean the choice of
 * backend is a compile-time question only.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 2, jvmArgs = {"-Xss8m", "--sun-misc-unsafe-memory-access=allow"})
@State(Scope.Benchmark)
public class KernelEvaluationBenchmark {

  @Param({"classfile", "janino"})
  public String backend;

  private BenchmarkNetwork network;
  private ModelKernel kernel;

  @Setup(Level.Trial)
  public void setUp() {
    network = new BenchmarkNetwork(100);
    ModelKernel janino = JaninoKernelWriter.define(network.model.id(), network.source);
    network.requireSameResults(network.compiled.kernel(), janino, "Janino");
    kernel = backend.equals("janino") ? janino : KernelClassWriter.define(network.model.id(), network.source);
  }

  /** Writes dydt (and w); returns it so the work is not eliminated. */
  @Benchmark
  public double[] rhs() {
    kernel.rhs(0.0, network.y, network.p, network.w, network.dydt);
    return network.dydt;
  }

  @Benchmark
  public double[] jacobian() {
    kernel.jacobian(0.0, network.y, network.p, network.w, network.jac);
    return network.jac;
  }
}
