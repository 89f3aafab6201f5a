package org.limbic.petab;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.limbic.math.Bindings;
import org.limbic.math.Derivative;
import org.limbic.math.Evaluator;
import org.limbic.math.Expr;

/**
 * The inner problem of hierarchical optimization: the llh (plus the inner parameters' objective
 * priors, with {@code priors}) as a function of the observation-only parameters alone, on
 * trajectories simulated once. Its gradient and Fisher information come from the formulas'
 * symbolic derivatives and {@link NoiseTerm}, with no sensitivities: the trajectories do not
 * depend on these parameters. Coordinates are the inner parameters' scales, in {@code inner}'s order.
 */
final class InnerProblem implements FisherLevenbergMarquardt.Objective {

  /** d formula / d symbol, by observable and symbol; shared by the inner problems of one fit's start. */
  static final class Partials {
    private final Map<String, Map<String, Expr>> formula = new HashMap<>();
    private final Map<String, Map<String, Expr>> noise = new HashMap<>();

    Partials(PetabProblem problem) {
      for (PetabObservable o : problem.observables().values()) {
        formula.put(o.id(), of(o.formula()));
        noise.put(o.id(), of(o.noise()));
      }
    }

    private static Map<String, Expr> of(Expr e) {
      Map<String, Expr> out = new LinkedHashMap<>();
      for (String s : Expr.symbols(e)) {
        out.put(s, Derivative.of(e, s));
      }
      return out;
    }
  }

  private final PetabObjective objective;
  private final PetabObjective.Trajectories trajectories;
  private final Map<String, Double> fixed;
  private final List<PetabParameter> inner;
  private final Map<String, Integer> position = new HashMap<>();
  private final boolean priors;
  private final Partials partials;

  /** On {@code trajectories}, with the other parameters at {@code fixed} (linear, by id). */
  InnerProblem(PetabObjective objective, PetabObjective.Trajectories trajectories, Map<String, Double> fixed,
               List<PetabParameter> inner, boolean priors, Partials partials) {
    this.objective = objective;
    this.trajectories = trajectories;
    this.fixed = fixed;
    this.inner = inner;
    this.priors = priors;
    this.partials = partials;
    for (int i = 0; i < inner.size(); i++) {
      position.put(inner.get(i).id(), i);
    }
  }

  /** All parameters' linear values: the fixed ones, and the inner ones at {@code scaled}. */
  Map<String, Double> values(double[] scaled) {
    Map<String, Double> all = new HashMap<>(fixed);
    for (int i = 0; i < scaled.length; i++) {
      PetabParameter p = inner.get(i);
      all.put(p.id(), p.scale().toLinear(scaled[i]));
    }
    return all;
  }

  @Override
  public double llh(double[] scaled) {
    double llh = objective.evaluate(trajectories, values(scaled)).llh() + (priors ? logPrior(scaled) : 0);
    return Double.isNaN(llh) ? Double.NEGATIVE_INFINITY : llh;
  }

  private double logPrior(double[] scaled) {
    double sum = 0;
    for (int i = 0; i < scaled.length; i++) {
      PetabParameter p = inner.get(i);
      if (p.objectivePrior() != null) {
        sum += p.objectivePrior().logDensity(scaled[i], p.scale());
      }
    }
    return sum;
  }

  @Override
  public FisherLevenbergMarquardt.Point point(double[] scaled) {
    Map<String, Double> values = values(scaled);
    int n = inner.size();
    double[] gradient = new double[n];
    double[][] fisher = new double[n][n];
    double llh = 0;
    for (PetabObjective.Row row : trajectories.rows()) {
      PetabMeasurement m = row.measurement();
      PetabObservable o = objective.problem.observables().get(m.observableId());
      Bindings bindings = objective.bindings(m, row.variables(), row.values(), values);
      double h = Evaluator.evaluate(o.formula(), bindings);
      double sigma = Evaluator.evaluate(o.noise(), bindings);
      NoiseTerm noise = NoiseTerm.of(o, m.value(), h, sigma);
      double[] dh = derivative(partials.formula.get(o.id()), m, row, bindings);
      double[] dsigma = derivative(partials.noise.get(o.id()), m, row, bindings);
      llh += noise.llh();
      for (int i = 0; i < n; i++) {
        gradient[i] += noise.byH() * dh[i] + noise.bySigma() * dsigma[i];
        for (int j = 0; j <= i; j++) {
          fisher[i][j] += noise.fisherH() * dh[i] * dh[j] + noise.fisherSigma() * dsigma[i] * dsigma[j];
        }
      }
    }
    for (int i = 0; i < n; i++) {
      PetabParameter p = inner.get(i);
      double x = values.get(p.id());
      double scale = switch (p.scale()) {
        case LIN -> 1.0;
        case LOG -> x;
        case LOG10 -> x * Math.log(10);
      };
      gradient[i] *= scale;
      for (int j = 0; j <= i; j++) {
        PetabParameter q = inner.get(j);
        double y = values.get(q.id());
        fisher[i][j] *= scale * switch (q.scale()) {
          case LIN -> 1.0;
          case LOG -> y;
          case LOG10 -> y * Math.log(10);
        };
      }
    }
    for (int i = 0; i < n; i++) {
      PetabParameter p = inner.get(i);
      if (priors && p.objectivePrior() != null) {
        gradient[i] += p.objectivePrior().gradient(scaled[i], p.scale());
        fisher[i][i] += p.objectivePrior().information(scaled[i], p.scale());
      }
      for (int j = 0; j < i; j++) {
        fisher[j][i] = fisher[i][j];
      }
    }
    return new FisherLevenbergMarquardt.Point(llh + (priors ? logPrior(scaled) : 0), gradient, fisher);
  }

  /** The inner parameter (its position) a formula's symbol stands for in a measurement, directly or as its override; -1 if none. */
  int parameterOf(String symbol, PetabObjective.Row row) {
    String override = objective.override(symbol, row.measurement());
    String id = override != null ? override : row.variables().contains(symbol) ? null : symbol;
    Integer at = id == null ? null : position.get(id);
    return at == null ? -1 : at;
  }

  PetabObjective objective() {
    return objective;
  }

  PetabObjective.Trajectories trajectories() {
    return trajectories;
  }

  List<PetabParameter> inner() {
    return inner;
  }

  boolean priors() {
    return priors;
  }

  /** d formula / d inner parameters (linear): through the symbols that are inner parameters or overrides naming one. */
  private double[] derivative(Map<String, Expr> partial, PetabMeasurement m, PetabObjective.Row row, Bindings bindings) {
    double[] out = new double[inner.size()];
    for (Map.Entry<String, Expr> e : partial.entrySet()) {
      int at = parameterOf(e.getKey(), row);
      if (at >= 0) {
        out[at] += Evaluator.evaluate(e.getValue(), bindings);
      }
    }
    return out;
  }
}
