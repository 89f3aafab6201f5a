package org.limbic.petab;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.limbic.math.Bindings;
import org.limbic.math.Evaluator;
import org.limbic.math.Expr;
import org.limbic.math.Fn;

/**
 * The closed-form inner optima where they apply, as the numeric inner solve's start: a scaling s
 * that is a factor of a product observable (h = s x, lin, normal, s not in the noise): the
 * weighted least squares s = Σ x y/σ² / Σ x²/σ²; then a noise parameter that is the whole noise
 * formula wherever it appears (and not in an observable formula): σ² = the mean squared residual
 * (normal), σ = the mean absolute residual (Laplace). Each is the exact maximum in its own
 * coordinate with the others fixed, clamped to its bounds (the llh is unimodal in it), so the start
 * is never worse than the one it improves; a parameter with a prior, or used otherwise, keeps its
 * value, and the numeric solve (which starts here) finds the joint optimum in every case.
 */
final class ClosedFormStart {

  private ClosedFormStart() {
  }

  /** {@code warm} with the closed forms applied, scalings first (at warm's noise), then the noise parameters. */
  static double[] improve(InnerProblem problem, double[] warm, double[] lower, double[] upper) {
    double[] x = warm.clone();
    List<PetabParameter> inner = problem.inner();
    for (int k = 0; k < inner.size(); k++) {
      if (!(problem.priors() && inner.get(k).objectivePrior() != null)) {
        scaling(problem, x, k, lower[k], upper[k]);
      }
    }
    for (int k = 0; k < inner.size(); k++) {
      if (!(problem.priors() && inner.get(k).objectivePrior() != null)) {
        noise(problem, x, k, lower[k], upper[k]);
      }
    }
    return x;
  }

  private static void scaling(InnerProblem problem, double[] x, int k, double lower, double upper) {
    PetabParameter p = problem.inner().get(k);
    double sxy = 0;
    double sxx = 0;
    Map<String, Double> values = problem.values(x);
    values.put(p.id(), 1.0); // the observable at s = 1: the factor s multiplies
    boolean seen = false;
    for (PetabObjective.Row row : problem.trajectories().rows()) {
      PetabObservable o = observable(problem, row);
      boolean inFormula = reads(problem, o.formula(), row, k);
      if (!inFormula && !reads(problem, o.noise(), row, k)) {
        continue;
      }
      if (!inFormula || reads(problem, o.noise(), row, k) || o.transformation() != PetabObservable.Transformation.LIN
          || o.distribution() != PetabObservable.Noise.NORMAL || !isFactor(problem, o.formula(), row, k)) {
        return;
      }
      Bindings b = problem.objective().bindings(row.measurement(), row.variables(), row.values(), values);
      double h = Evaluator.evaluate(o.formula(), b);
      double sigma = Evaluator.evaluate(o.noise(), b);
      double w = 1 / (sigma * sigma);
      sxy += w * h * row.measurement().value();
      sxx += w * h * h;
      seen = true;
    }
    if (seen && sxx > 0 && Double.isFinite(sxy / sxx)) {
      x[k] = clamp(p.scale(), sxy / sxx, lower, upper);
    }
  }

  private static void noise(InnerProblem problem, double[] x, int k, double lower, double upper) {
    PetabParameter p = problem.inner().get(k);
    Map<String, Double> values = problem.values(x);
    List<Double> residuals = new ArrayList<>();
    PetabObservable.Noise distribution = null;
    for (PetabObjective.Row row : problem.trajectories().rows()) {
      PetabObservable o = observable(problem, row);
      boolean inNoise = reads(problem, o.noise(), row, k);
      if (!inNoise && !reads(problem, o.formula(), row, k)) {
        continue;
      }
      if (!inNoise || reads(problem, o.formula(), row, k) || !(o.noise() instanceof Expr.Sym)
          || (distribution != null && distribution != o.distribution())) {
        return;
      }
      distribution = o.distribution();
      Bindings b = problem.objective().bindings(row.measurement(), row.variables(), row.values(), values);
      double h = Evaluator.evaluate(o.formula(), b);
      double y = row.measurement().value();
      residuals.add(switch (o.transformation()) {
        case LIN -> y - h;
        case LOG -> Math.log(y) - Math.log(h);
        case LOG10 -> Math.log10(y) - Math.log10(h);
      });
    }
    if (residuals.isEmpty()) {
      return;
    }
    double sum = 0;
    for (double r : residuals) {
      sum += distribution == PetabObservable.Noise.NORMAL ? r * r : Math.abs(r);
    }
    double mean = sum / residuals.size();
    double sigma = distribution == PetabObservable.Noise.NORMAL ? Math.sqrt(mean) : mean;
    if (sigma > 0 && Double.isFinite(sigma)) {
      x[k] = clamp(p.scale(), sigma, lower, upper);
    }
  }

  private static PetabObservable observable(InnerProblem problem, PetabObjective.Row row) {
    return problem.objective().problem.observables().get(row.measurement().observableId());
  }

  /** Whether {@code e} reads inner parameter {@code k} in this measurement. */
  private static boolean reads(InnerProblem problem, Expr e, PetabObjective.Row row, int k) {
    for (String s : Expr.symbols(e)) {
      if (problem.parameterOf(s, row) == k) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code e} is a product with parameter {@code k} as one factor and not in the others. */
  private static boolean isFactor(InnerProblem problem, Expr e, PetabObjective.Row row, int k) {
    if (!(e instanceof Expr.Apply a) || a.fn() != Fn.TIMES) {
      return false;
    }
    int factors = 0;
    for (Expr arg : a.args()) {
      if (arg instanceof Expr.Sym s && problem.parameterOf(s.name(), row) == k) {
        factors++;
      } else if (reads(problem, arg, row, k)) {
        return false;
      }
    }
    return factors == 1;
  }

  private static double clamp(PetabParameter.Scale scale, double linear, double lower, double upper) {
    if (linear <= 0 && scale != PetabParameter.Scale.LIN) {
      return lower; // a log scale's least value: the closest to a non-positive optimum
    }
    return Math.min(upper, Math.max(lower, scale.toScale(linear)));
  }
}
