package org.limbic.bench.compile;

import java.util.Random;
import org.limbic.compile.CompiledModel;
import org.limbic.compile.KernelSource;
import org.limbic.compile.ModelCompiler;
import org.limbic.compile.ModelKernel;
import org.limbic.compile.ModelLayout;
import org.limbic.model.Model;
import org.limbic.workloads.GeneratedNetworks;

/**
 * A generated mass-action network, lowered once, with arrays to evaluate its kernels on. The
 * generator is {@link GeneratedNetworks#massAction}, the one {@code limbic bench compile} uses, so
 * the numbers here and there are for the same models.
 */
final class BenchmarkNetwork {

  final Model model;
  final CompiledModel compiled;
  final KernelSource source;
  final double[] y;
  final double[] p;
  final double[] w;
  final double[] dydt;
  final double[] jac;

  BenchmarkNetwork(int reactions) {
    model = network(reactions);
    compiled = ModelCompiler.compile(model);
    source = ModelCompiler.kernelSource(model);
    ModelLayout layout = compiled.layout();
    int n = layout.stateCount();
    Random random = new Random(7);
    y = new double[n];
    for (int i = 0; i < n; i++) {
      y[i] = 0.5 + random.nextDouble();
    }
    p = compiled.newParameters();
    w = new double[layout.workCount()];
    dydt = new double[n];
    jac = new double[n * n];
  }

  static Model network(int reactions) {
    return GeneratedNetworks.massAction(reactions);
  }

  /**
   * Throws unless both kernels give bit-identical rhs and Jacobian here: the generators emit the
   * same operations in the same order, so any difference is a bug in one of them, not rounding.
   */
  void requireSameResults(ModelKernel reference, ModelKernel candidate, String candidateName) {
    int n = y.length;
    double[] d1 = new double[n];
    double[] d2 = new double[n];
    double[] j1 = new double[n * n];
    double[] j2 = new double[n * n];
    reference.rhs(0.0, y, p, new double[w.length], d1);
    candidate.rhs(0.0, y, p, new double[w.length], d2);
    reference.jacobian(0.0, y, p, new double[w.length], j1);
    candidate.jacobian(0.0, y, p, new double[w.length], j2);
    compare(d1, d2, candidateName + " rhs");
    compare(j1, j2, candidateName + " jacobian");
  }

  private void compare(double[] expected, double[] actual, String what) {
    for (int i = 0; i < expected.length; i++) {
      if (Double.doubleToLongBits(expected[i]) != Double.doubleToLongBits(actual[i])) {
        throw new IllegalStateException(what + " of model '" + model.id() + "' differs from the classfile kernel at index "
            + i + ": " + actual[i] + " instead of " + expected[i]);
      }
    }
  }
}
