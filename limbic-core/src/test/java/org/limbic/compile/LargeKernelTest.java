package org.limbic.compile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.limbic.math.Expr;
import org.limbic.math.Fn;

/**
 * Issue #15, item 2: generated code of any size stays within the class format's limits (64 KiB per
 * method, 65,535 constant-pool entries and methods per class). On main before the split, 2,001
 * event scalars already made {@code scalar(...)} 120,192 bytes long and the JVM refused the class.
 */
class LargeKernelTest {

  private static final double[] T_Y_P_W = {};

  private static KernelSource source(List<Statement> rhs, List<Expr> scalars) {
    return new KernelSource(0, List.of(), List.of(), rhs, List.of(), scalars, Map.of());
  }

  /** 400,000 scalar functions (100,000 events' trigger, root, value and size) over several classes. */
  @Test
  void fourHundredThousandScalarFunctionsEachAnswerForItself() {
    int n = 400_000;
    List<Expr> scalars = new ArrayList<>(n);
    for (int k = 0; k < n; k++) {
      // distinct constants: each takes its own constant-pool entries, the worst case for the pool
      scalars.add(new Expr.Apply(Fn.MINUS, List.of(new Expr.Time(), new Expr.Num(k + 0.5))));
    }
    KernelSource source = source(List.of(), scalars);
    assertThat(KernelPlan.of(source).parts()).as("more than one class is needed").hasSizeGreaterThan(1);
    ModelKernel kernel = KernelClassWriter.define("scalars", source);
    double t = 1e6;
    for (int k = 0; k < n; k++) {
      // t - (k + 0.5) is exact in doubles here (integers and halves far below 2^52): compared exactly
      double value = kernel.scalar(k, t, T_Y_P_W, T_Y_P_W, T_Y_P_W);
      if (value != t - (k + 0.5)) {
        throw new AssertionError("scalar " + k + " = " + value);
      }
    }
  }

  /**
   * One statement of 30,000 terms (a species that 30,000 reactions make): no split of the statement
   * list can cut it, so its expression is outlined into methods of their own.
   */
  @Test
  void oneStatementTooLargeForAMethodIsOutlined() {
    int terms = 30_000;
    List<Expr> sum = new ArrayList<>();
    for (int i = 0; i < terms; i++) {
      sum.add(new Expr.Apply(Fn.TIMES, List.of(new Expr.Num(i), Slots.state(i % 7))));
    }
    Expr value = new Expr.Apply(Fn.PLUS, sum);
    KernelSource source = source(List.of(new Statement(KernelArray.DERIVATIVE, 0, value)), List.of());
    assertThat(Outlining.of(value).outlined()).as("outlined pieces").isNotEmpty();
    ModelKernel kernel = KernelClassWriter.define("wide", source);
    double[] y = {1, 2, 3, 4, 5, 6, 7};
    double[] out = new double[1];
    kernel.rhs(0, y, new double[0], new double[0], out);
    // the same operations in the same order (left to right), so equal to the last bit
    double expected = 0;
    for (int i = 0; i < terms; i++) {
      expected = i == 0 ? i * y[0] : expected + i * y[i % 7];
    }
    assertThat(out[0]).isEqualTo(expected);
  }

  /** An ordinary model keeps the code it had: one class, each kernel method calling its chunks directly. */
  @Test
  void aSmallModelIsOneClassWithNothingOutlined() {
    KernelSource source = ModelCompiler.kernelSource(RandomMassActionNetwork.massAction("small", 20, 50, 7));
    KernelPlan plan = KernelPlan.of(source);
    assertThat(plan.parts()).hasSize(1);
    assertThat(plan.parts().getFirst().chunks()).allSatisfy(c -> assertThat(c.values()).allSatisfy(v ->
        assertThat(v.outlined()).isEmpty()));
    assertThat(plan.parts().getFirst().chunksOf(KernelPlan.StatementMethod.RHS)).hasSizeLessThanOrEqualTo(KernelClassWriter.FANOUT);
    KernelSource thousand = ModelCompiler.kernelSource(RandomMassActionNetwork.massAction("thousand", 500, 1_000, 7));
    assertThat(KernelPlan.of(thousand).parts()).as("1,000 reactions: one class, as KernelPlan says").hasSize(1);
  }
}
