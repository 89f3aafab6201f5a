package org.limbic.petab;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.SingularValueDecomposition;

/**
 * Hierarchical optimization (Loos et al., Bioinformatics 34 (2018) 4266; Schmiester et al.,
 * Bioinformatics 36 (2020) 2530): the objective of the dynamic parameters alone, each point's llh
 * maximized over the observation-only parameters ({@link ObservationParameters}) on that point's
 * trajectories ({@link InnerProblem}, solved by {@link FisherLevenbergMarquardt} within their
 * bounds, on their scales, with their priors). The outer optimizer then sees a smaller problem
 * without the local optima that come from scalings and noise levels alone (data explained as noise).
 *
 * <p>By the envelope theorem the gradient of the profiled llh is the partial gradient in the
 * dynamic parameters at the inner optimum; its Fisher information is the Schur complement
 * F_dd − F_di F_ii⁺ F_id, the information left about the dynamic parameters once the inner ones
 * follow them (inner parameters held at a bound do not follow, and are left out of F_ii).
 *
 * <p>Each inner solve starts where the last accepted outer point's ended (the start's own draw at
 * first), improved by the closed forms where they apply ({@link ClosedFormStart}): one start's
 * sequence of points, so the same on any thread count. One instance per start.
 */
final class HierarchicalObjective implements FisherLevenbergMarquardt.Objective {

  /** Iterations of one inner solve: far more than the few a problem of scalings and σ takes. */
  static final int INNER_ITERATIONS = 500;
  /**
   * The inner solve stops on the projected gradient alone, at 1e-9 (not the outer 1e-6, nor on a
   * small gain): its llh error, about g²/(2F), must be far below the gains the outer method compares
   * (1e-8 (1 + |llh|)), and its iterations cost no simulation.
   */
  static final double INNER_GRADIENT_TOLERANCE = 1e-9;

  private final PetabObjective objective;
  private final List<PetabParameter> estimated;
  private final int[] dynamic;
  private final int[] inner;
  private final List<PetabParameter> innerParameters;
  private final boolean priors;
  private final boolean closedForms;
  private final InnerProblem.Partials partials;
  private final double[] innerLower;
  private final double[] innerUpper;
  /** Where the next inner solve starts: the inner optimum of the last point a gradient was taken at. */
  private double[] warm;
  /** The last solve, reused when the optimizer asks for the gradient where it just asked for the llh. */
  private Solved last;
  /** The solve at the last point a gradient was taken at: where LM and L-BFGS-B end. */
  private Solved accepted;

  /** A solve: the outer point, its inner optimum (scaled), and the llh (log-posterior with priors) there. */
  private record Solved(double[] outer, double[] inner, double llh) {
  }

  /** {@code start}: a full vector on the scales (of {@code estimated}), whose inner part begins the first inner solve. */
  HierarchicalObjective(PetabObjective objective, List<PetabParameter> estimated, ObservationParameters split, boolean priors,
                        double[] start) {
    this(objective, estimated, split, priors, start, true);
  }

  /** With {@code closedForms} false, each inner solve starts where the last ended, without {@link ClosedFormStart}. */
  HierarchicalObjective(PetabObjective objective, List<PetabParameter> estimated, ObservationParameters split, boolean priors,
                        double[] start, boolean closedForms) {
    this.closedForms = closedForms;
    this.objective = objective;
    this.estimated = estimated;
    this.priors = priors;
    List<String> ids = estimated.stream().map(PetabParameter::id).toList();
    this.dynamic = split.dynamic().stream().mapToInt(ids::indexOf).toArray();
    this.inner = split.inner().stream().mapToInt(ids::indexOf).toArray();
    this.innerParameters = Arrays.stream(inner).mapToObj(estimated::get).toList();
    this.partials = new InnerProblem.Partials(objective.problem);
    this.innerLower = innerParameters.stream().mapToDouble(p -> p.scale().toScale(p.lowerBound())).toArray();
    this.innerUpper = innerParameters.stream().mapToDouble(p -> p.scale().toScale(p.upperBound())).toArray();
    this.warm = new double[inner.length];
    for (int i = 0; i < inner.length; i++) {
      warm[i] = Math.min(innerUpper[i], Math.max(innerLower[i], start[inner[i]]));
    }
  }

  /** The dynamic part of a full vector. */
  double[] outer(double[] full) {
    return Arrays.stream(dynamic).mapToDouble(j -> full[j]).toArray();
  }

  /** The full vector (scaled) of an outer point and an inner one. */
  double[] full(double[] outer, double[] innerScaled) {
    double[] x = new double[estimated.size()];
    for (int k = 0; k < dynamic.length; k++) {
      x[dynamic[k]] = outer[k];
    }
    for (int k = 0; k < inner.length; k++) {
      x[inner[k]] = innerScaled[k];
    }
    return x;
  }

  /** The full vector (scaled) at an outer point's inner optimum: where a fit that ended at {@code outer} is. */
  double[] full(double[] outer) {
    if (accepted != null && Arrays.equals(accepted.outer(), outer)) {
      return full(outer, accepted.inner());
    }
    if (last != null && Arrays.equals(last.outer(), outer)) {
      return full(outer, last.inner());
    }
    try {
      Solved s = solve(outer);
      return full(outer, s == null ? warm : s.inner());
    } catch (RuntimeException e) {
      // a start whose first point cannot be simulated ends there: its result (llh −inf, and the
      // local method's reason) is already made; the inner part it reports is where it began
      return full(outer, warm);
    }
  }

  private Map<String, Double> linear(double[] full) {
    Map<String, Double> values = new HashMap<>();
    for (int j = 0; j < full.length; j++) {
      PetabParameter p = estimated.get(j);
      values.put(p.id(), p.scale().toLinear(full[j]));
    }
    return values;
  }

  /** The inner optimum at an outer point; null where its llh is not finite there. Throws where the model cannot be simulated. */
  private Solved solve(double[] outer) {
    Map<String, Double> values = objective.problem.nominalValues();
    values.putAll(linear(full(outer, warm)));
    PetabObjective.Trajectories trajectories = objective.simulate(values);
    InnerProblem problem = new InnerProblem(objective, trajectories, values, innerParameters, priors, partials);
    double[] from = warm;
    if (closedForms) {
      double[] closed = ClosedFormStart.improve(problem, warm, innerLower, innerUpper);
      // each closed form is its coordinate's maximum, so this only guards rounding
      from = problem.llh(closed) >= problem.llh(warm) ? closed : warm;
    }
    FisherLevenbergMarquardt.Result r = FisherLevenbergMarquardt.maximize(problem, from, innerLower, innerUpper,
        INNER_ITERATIONS, INNER_GRADIENT_TOLERANCE, 0);
    if (!Double.isFinite(r.llh())) {
      return null;
    }
    Map<String, Double> at = problem.values(r.best());
    // the outer llh is the plain objective's at the full vector, as a fit without the split computes it
    double llh = objective.evaluate(trajectories, at).llh() + (priors ? objective.logPrior(at) : 0);
    Solved s = new Solved(outer.clone(), r.best(), Double.isNaN(llh) ? Double.NEGATIVE_INFINITY : llh);
    last = s;
    return s;
  }

  @Override
  public double llh(double[] outer) {
    if (last != null && Arrays.equals(last.outer(), outer)) {
      return last.llh(); // the llh of a point the gradient was just taken at (LM's first point)
    }
    try {
      Solved s = solve(outer);
      return s == null ? Double.NEGATIVE_INFINITY : s.llh();
    } catch (org.limbic.solve.SolverException | IllegalArgumentException | org.limbic.model.ModelException e) {
      // as in a fit without the split: a point the model cannot be simulated at is a very poor one
      return Double.NEGATIVE_INFINITY;
    }
  }

  @Override
  public FisherLevenbergMarquardt.Point point(double[] outer) {
    Solved s = last != null && Arrays.equals(last.outer(), outer) ? last : solve(outer);
    if (s == null) {
      throw new IllegalStateException("no finite llh over the observation parameters at this point");
    }
    Map<String, Double> values = linear(full(outer, s.inner()));
    PetabObjective.Gradient g = priors ? objective.posteriorGradient(values) : objective.gradient(values);
    if (FisherLevenbergMarquardt.finite(g.gradient())) {
      // the optimizer takes this point: the next inner solves start from its inner optimum
      warm = s.inner();
      accepted = s;
    }
    List<String> order = g.parameters();
    int[] d = Arrays.stream(dynamic).map(j -> order.indexOf(estimated.get(j).id())).toArray();
    int[] free = freeInner(g, order, s.inner());
    double[] gradient = Arrays.stream(d).mapToDouble(j -> g.gradient()[j]).toArray();
    return new FisherLevenbergMarquardt.Point(s.llh(), gradient, schur(g.fisher(), d, free));
  }

  /** The inner parameters (positions in the gradient's order) not held at a bound by a gradient pointing out of the box. */
  private int[] freeInner(PetabObjective.Gradient g, List<String> order, double[] innerScaled) {
    return java.util.stream.IntStream.range(0, inner.length).filter(k -> {
      double grad = g.gradient()[order.indexOf(innerParameters.get(k).id())];
      return !(innerScaled[k] <= innerLower[k] && grad <= 0) && !(innerScaled[k] >= innerUpper[k] && grad >= 0);
    }).map(k -> order.indexOf(innerParameters.get(k).id())).toArray();
  }

  /**
   * F_dd − F_di F_ii⁺ F_id over rows and columns {@code d} and {@code i} of {@code f}, symmetrized;
   * the pseudo-inverse because an inner parameter the data do not inform has no information.
   */
  static double[][] schur(double[][] f, int[] d, int[] i) {
    double[][] out = new double[d.length][d.length];
    for (int a = 0; a < d.length; a++) {
      for (int b = 0; b < d.length; b++) {
        out[a][b] = f[d[a]][d[b]];
      }
    }
    if (i.length == 0) {
      return out;
    }
    RealMatrix fii = new Array2DRowRealMatrix(i.length, i.length);
    RealMatrix fid = new Array2DRowRealMatrix(i.length, d.length);
    for (int a = 0; a < i.length; a++) {
      for (int b = 0; b < i.length; b++) {
        fii.setEntry(a, b, f[i[a]][i[b]]);
      }
      for (int b = 0; b < d.length; b++) {
        fid.setEntry(a, b, f[i[a]][d[b]]);
      }
    }
    RealMatrix correction = fid.transpose().multiply(new SingularValueDecomposition(fii).getSolver().getInverse()).multiply(fid);
    for (int a = 0; a < d.length; a++) {
      for (int b = 0; b <= a; b++) {
        double v = out[a][b] - 0.5 * (correction.getEntry(a, b) + correction.getEntry(b, a));
        out[a][b] = v;
        out[b][a] = v;
      }
    }
    return out;
  }
}
