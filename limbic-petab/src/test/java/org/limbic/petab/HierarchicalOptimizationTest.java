package org.limbic.petab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hierarchical optimization on y = s X(t), X' = −k X, X(0) = 1 (so X = exp(−k t)), normal noise
 * σ, with k, s and σ estimated on log10 scales. s and σ are read only by the observable and noise
 * formulas: the inner parameters. At fixed k the inner optimum is known in closed form: the
 * least-squares scaling s = Σ x y / Σ x² (σ is one for all the data, so it does not weigh them)
 * and σ² = the mean squared residual at that s.
 */
class HierarchicalOptimizationTest {

  @TempDir
  Path tmp;

  static final double[][] DATA = {{0, 2.1}, {1, 1.15}, {2, 0.78}, {3, 0.41}, {4, 0.29}, {6, 0.1}};
  static final String ROWS = "k\tlog10\t0.01\t100\t1\t1\ns\tlog10\t0.01\t100\t1\t1\nsigma\tlog10\t0.001\t10\t0.1\t1\n";

  private PetabProblem problem() throws IOException {
    return PetabProblem.read(ProfileProblems.write(tmp, ProfileProblems.DECAY, "s * X", "sigma", DATA, ROWS));
  }

  private static HierarchicalObjective hierarchical(PetabProblem p, boolean closedForms) {
    MultistartFit fit = new MultistartFit(p);
    // the inner solve's first start: s = 1, σ = 1 (log10 0), k's entry unused
    return new HierarchicalObjective(new PetabObjective(p), fit.estimated(), ObservationParameters.of(p), false,
        new double[] {0, 0, 0}, closedForms);
  }

  @Test
  void theScalingAndTheNoiseAreTheInnerParameters() throws IOException {
    ObservationParameters split = ObservationParameters.of(problem());
    assertThat(split.inner()).containsExactly("s", "sigma");
    assertThat(split.dynamic()).containsExactly("k");
  }

  @Test
  void theInnerOptimumIsTheClosedFormWithAndWithoutTheClosedFormStart() throws IOException {
    PetabProblem p = problem();
    for (double k : new double[] {0.1, 0.5, 2}) {
      for (boolean closedForms : new boolean[] {true, false}) {
        assertInnerOptimum(p, k, closedForms);
      }
    }
  }

  @Test
  void theClosedFormStartIsTheInnerOptimumWhereItApplies() throws IOException {
    PetabProblem p = problem();
    PetabObjective objective = new PetabObjective(p);
    InnerProblem inner = new InnerProblem(objective, objective.simulate(Map.of("k", 0.5)), p.nominalValues(),
        List.of(p.parameters().get("s"), p.parameters().get("sigma")), false, new InnerProblem.Partials(p));
    double[] closed = ClosedFormStart.improve(inner, new double[] {0, 0}, new double[] {-2, -3}, new double[] {2, 1});
    // the projected gradient there: zero but for rounding and X's integration error (rtol 1e-10)
    // times the information (about 1e3): 1e-6 tells it from any start off the optimum (gradient 1e1 and more)
    for (double g : inner.point(closed).gradient()) {
      assertThat(g).isCloseTo(0.0, within(1e-6));
    }
  }

  private static void assertInnerOptimum(PetabProblem p, double k, boolean closedForms) {
    double[] full = hierarchical(p, closedForms).full(new double[] {Math.log10(k)});
    double sxy = 0;
    double sxx = 0;
    for (double[] d : DATA) {
      double x = Math.exp(-k * d[0]);
      sxy += x * d[1];
      sxx += x * x;
    }
    double s = sxy / sxx;
    double ss = 0;
    for (double[] d : DATA) {
      double r = d[1] - s * Math.exp(-k * d[0]);
      ss += r * r;
    }
    double sigma = Math.sqrt(ss / DATA.length);
    // 1e-7 relative: X is integrated at rtol 1e-10 (so s and σ are within about 1e-10 of the
    // closed form at the exact X), and the inner solve stops at a projected gradient of 1e-9 on
    // log10 scale, where the curvature (the information, at least 1e2 here) leaves an error below
    // 1e-11 in log10 s and log10 σ; 1e-7 is a thousandfold margin over both, and still far below
    // a wrong optimum (a start of s = σ = 1 is off by a factor of 2 and more)
    assertThat(Math.pow(10, full[1])).as("s at k = " + k + (closedForms ? "" : ", numeric")).isCloseTo(s, within(1e-7 * s));
    assertThat(Math.pow(10, full[2])).as("sigma at k = " + k + (closedForms ? "" : ", numeric")).isCloseTo(sigma, within(1e-7 * sigma));
  }

  @Test
  void theOuterGradientIsTheProfiledLlhsDerivative() throws IOException {
    PetabProblem p = problem();
    HierarchicalObjective h = hierarchical(p, true);
    for (double k : new double[] {0.1, 0.5, 2}) {
      double x = Math.log10(k);
      double g = h.point(new double[] {x}).gradient()[0];
      double step = 1e-4;
      double central = (h.llh(new double[] {x + step}) - h.llh(new double[] {x - step})) / (2 * step);
      // 1e-5 (1 + |g|): the central difference's truncation, step² f'''/6, is about 1e-8 · f''' with
      // f''' of order 1e2 here; its rounding is the profiled llh's error (integration at rtol
      // 1e-10 and inner solves to 1e-9 in the gradient: below 1e-10) over the step, 1e-6
      assertThat(g).as("d llh / d log10 k at k = " + k).isCloseTo(central, within(1e-5 * (1 + Math.abs(g))));
      assertThat(Math.abs(g)).as("a point away from the optimum").isGreaterThan(1e-2);
    }
  }

  @Test
  void theFullVectorOfAPointThatCannotBeSimulatedIsItsStartsNotAFailure() throws IOException {
    PetabProblem p = problem();
    // k = NaN: the model cannot be simulated there, as at a start LM reports "could not be simulated"
    assertThatThrownBy(() -> new PetabObjective(p).simulate(Map.of("k", Double.NaN))).isInstanceOf(RuntimeException.class);
    assertThat(hierarchical(p, true).full(new double[] {Double.NaN})).containsExactly(Double.NaN, 0, 0);
  }

  @Test
  void theSchurComplementIsTheInformationLeftWhenTheInnerParametersFollow() {
    double[][] f = {{4, 2, 0}, {2, 3, 1}, {0, 1, 2}};
    // 4 − (2, 0) [[3, 1], [1, 2]]⁻¹ (2, 0)ᵀ = 4 − 4 · 2/5 = 2.4; 1e-12: rounding in a 2×2 solve
    assertThat(HierarchicalObjective.schur(f, new int[] {0}, new int[] {1, 2})[0][0]).isCloseTo(2.4, within(1e-12));
  }

  @Test
  void theHierarchicalFitReachesThePlainFitsOptimumWhateverTheThreads() throws IOException {
    PetabProblem p = problem();
    assertSameOptimum(p);
  }

  @Test
  void lbfgsbAndBobyqaOnTheDynamicParametersReachItToo() throws IOException {
    PetabProblem p = problem();
    double plain = best(new MultistartFit(p).run(4, 42, 1, 200, MultistartFit.Optimizer.LM).starts()).llh();
    MultistartFit hier = new MultistartFit(p, PetabObjective.RTOL, PetabObjective.ATOL, true, true);
    // 1e-6 as for LM (below): what each method's stopping rule leaves of the llh near the optimum
    // (on this one-parameter outer problem all three end within 1e-14 of the plain LM fit)
    assertThat(best(hier.run(4, 42, 1, 200, MultistartFit.Optimizer.LBFGSB).starts()).llh()).isCloseTo(plain, within(1e-6));
    assertThat(best(hier.run(4, 42, 1, 600, MultistartFit.Optimizer.BOBYQA).starts()).llh()).isCloseTo(plain, within(1e-6));
  }

  @Test
  void whereNoClosedFormAppliesTheNumericSolveAloneReachesThePlainFitsOptimum() throws IOException {
    // Fiedler's form: the noise is s σ, so s is in the noise and σ is not the whole noise formula
    PetabProblem p = PetabProblem.read(ProfileProblems.write(tmp, ProfileProblems.DECAY, "s * X", "s * sigma", DATA, ROWS));
    MultistartFit fit = new MultistartFit(p);
    PetabObjective objective = new PetabObjective(p);
    InnerProblem inner = new InnerProblem(objective, objective.simulate(Map.of("k", 0.5)), p.nominalValues(),
        List.of(p.parameters().get("s"), p.parameters().get("sigma")), false, new InnerProblem.Partials(p));
    double[] warm = {0.1, -1.5};
    assertThat(ClosedFormStart.improve(inner, warm, new double[] {-2, -3}, new double[] {2, 1})).containsExactly(warm);
    assertThat(fit.estimated()).hasSize(3);
    assertSameOptimum(p);
  }

  @Test
  void aPriorOnAnInnerParameterStaysInTheInnerObjective() throws IOException {
    problem();
    // a prior that pulls log10 s from the data's 0.3 towards 0 (sd 0.02, near the data's own
    // precision in log10 s, so that both weigh): the log-posterior's
    // optimum is not the likelihood's, so a fit that dropped it in the inner problem ends elsewhere
    Files.writeString(tmp.resolve("parameters.tsv"), "parameterId\tparameterScale\tlowerBound\tupperBound\tnominalValue\testimate"
        + "\tobjectivePriorType\tobjectivePriorParameters\n" + "k\tlog10\t0.01\t100\t1\t1\t\t\n"
        + "s\tlog10\t0.01\t100\t1\t1\tparameterScaleNormal\t0;0.02\n" + "sigma\tlog10\t0.001\t10\t0.1\t1\t\t\n");
    PetabProblem p = PetabProblem.read(tmp.resolve("problem.yaml"));
    MultistartFit.Start best = assertSameOptimum(p);
    MultistartFit.Start withoutPriors = new MultistartFit(p, PetabObjective.RTOL, PetabObjective.ATOL, false, true)
        .run(4, 42, 1, 200, MultistartFit.Optimizer.LM).starts().stream()
        .max(Comparator.comparingDouble(MultistartFit.Start::llh)).orElseThrow();
    // the prior moves log10 s by more than 1e-2 (half its sd): far beyond either fit's 1e-3
    assertThat(Math.abs(Math.log10(best.best()[1]) - Math.log10(withoutPriors.best()[1]))).isGreaterThan(1e-2);
  }

  /** Plain and hierarchical fits (4 starts, seed 42) agree on the optimum; the hierarchical one on 1 and 2 threads. */
  private static MultistartFit.Start assertSameOptimum(PetabProblem p) {
    MultistartFit plain = new MultistartFit(p, PetabObjective.RTOL, PetabObjective.ATOL, true, false);
    MultistartFit hier = new MultistartFit(p, PetabObjective.RTOL, PetabObjective.ATOL, true, true);
    assertThat(hier.observationParameters()).containsExactly("s", "sigma");
    MultistartFit.Start a = best(plain.run(4, 42, 1, 200, MultistartFit.Optimizer.LM).starts());
    List<MultistartFit.Start> one = hier.run(4, 42, 1, 200, MultistartFit.Optimizer.LM).starts();
    List<MultistartFit.Start> two = hier.run(4, 42, 2, 200, MultistartFit.Optimizer.LM).starts();
    MultistartFit.Start b = best(one);
    // 1e-6: both stop where the projected gradient is below 1e-6 or a step gains less than
    // 1e-8 (1 + |llh|), a few 1e-8 in llh from the optimum; 1e-3 in the parameters' logs is
    // what such an llh error allows along the flattest direction (information about 1e1 there)
    assertThat(b.llh()).isCloseTo(a.llh(), within(1e-6));
    for (int j = 0; j < 3; j++) {
      assertThat(Math.log10(b.best()[j])).as("parameter " + j).isCloseTo(Math.log10(a.best()[j]), within(1e-3));
    }
    // the reported llh is the objective's at the reported full vector
    Map<String, Double> at = new HashMap<>();
    for (int j = 0; j < 3; j++) {
      at.put(hier.estimated().get(j).id(), b.best()[j]);
    }
    PetabObjective objective = new PetabObjective(p);
    assertThat(b.llh()).isEqualTo(objective.evaluate(at).llh() + objective.logPrior(at));
    for (int i = 0; i < one.size(); i++) {
      assertThat(two.get(i).llh()).as("start " + i + " on 2 threads").isEqualTo(one.get(i).llh());
      assertThat(two.get(i).best()).as("start " + i + " on 2 threads").containsExactly(one.get(i).best());
      assertThat(one.get(i).converged()).as(one.get(i).status()).isTrue();
    }
    return b;
  }

  private static MultistartFit.Start best(List<MultistartFit.Start> starts) {
    return starts.stream().max(Comparator.comparingDouble(MultistartFit.Start::llh)).orElseThrow();
  }
}
