package org.limbic.petab;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The forward-sensitivity gradient against central finite differences of the log-likelihood, each
 * component on its estimation scale. The differences are Ridders' extrapolation of central
 * differences (Ridders 1982; Press et al., Numerical Recipes, 3rd ed., section 5.7, dfridr): from
 * h = 1e-3 on the scale, halved per step down to 5e-7, Neville's table extrapolates to h = 0 and keeps the
 * estimate of least estimated error, so that the step adapts to each component. A fixed step does
 * not do: Borghans' log-likelihood falls from 83 to -9 within 0.2 % of K_par, so that central
 * differences at h = 1e-3, 1e-4, 1e-5 and 1e-6 give -21537, 310, -92.5 and -96.53 for a derivative
 * of -96.568. Nor does dfridr's stop (when the extrapolation's error grows by SAFE over the best so
 * far): on Borghans it stopped at h = 2.5e-4, among differences still off by orders of magnitude
 * (-21537, 2779, 2191), and returned 1995; the table here runs to its end unless the estimate has
 * converged to {@value #CONVERGED} relative. The objective is integrated at rtol 1e-12, atol 1e-14.
 * The check (relative error below {@value #RELATIVE}) covers the components larger than
 * {@value #SMALL} ‖g‖ (‖g‖ over the whole sensitivity gradient), the bar.
 *
 * <p>On large problems a {@link Selection} checks a subset: the k components largest in the
 * sensitivity gradient and a seeded random sample of the rest; the result lists the components
 * checked and the total.
 */
public final class GradientCheck {

  public static final double RELATIVE = 1e-4;
  public static final double SMALL = 1e-6;
  /** The table stops early once its estimated error is below this, relative: far below the bar. */
  static final double CONVERGED = 1e-7;
  private static final double FIRST_STEP = 1e-3;
  private static final double SHRINK = 2.0;
  private static final int TABLE = 12;

  /**
   * One component: sensitivity and difference values, Ridders' estimate of the difference's own
   * error, the relative error, and whether the bar applies.
   */
  public record Component(String parameter, double sensitivity, double difference, double differenceError,
                          double relativeError, boolean checked) {
  }

  /** The components compared ({@code components}, of {@code total} estimated parameters). */
  public record Result(double llh, List<Component> components, int total) {
    /** The largest relative error among the checked components. */
    public double worst() {
      return components.stream().filter(Component::checked).mapToDouble(Component::relativeError).max().orElse(0);
    }

    public long checked() {
      return components.stream().filter(Component::checked).count();
    }

    public boolean passes() {
      return worst() < RELATIVE;
    }
  }

  /**
   * Which components get differences: all of them, or the {@code largest} largest in |g| (by the
   * sensitivity gradient) plus {@code sample} others drawn at random with {@code seed}, plus any named.
   */
  public record Selection(int largest, int sample, long seed, Set<String> named) {
    public static final Selection ALL = new Selection(-1, 0, 0, Set.of());

    public boolean all() {
      return largest < 0;
    }

    /** The indices selected, in the gradient's order. */
    List<Integer> pick(List<String> parameters, double[] gradient) {
      if (all()) {
        return IntStream.range(0, parameters.size()).boxed().toList();
      }
      for (String id : named) {
        if (!parameters.contains(id)) {
          throw new IllegalArgumentException("'" + id + "' is not an estimated parameter");
        }
      }
      Set<Integer> chosen = new LinkedHashSet<>();
      List<Integer> byMagnitude = new ArrayList<>(IntStream.range(0, parameters.size()).boxed().toList());
      byMagnitude.sort(Comparator.comparingDouble((Integer i) -> -Math.abs(gradient[i])));
      chosen.addAll(byMagnitude.subList(0, Math.min(largest, byMagnitude.size())));
      named.forEach(id -> chosen.add(parameters.indexOf(id)));
      List<Integer> rest = new ArrayList<>(IntStream.range(0, parameters.size()).boxed().filter(i -> !chosen.contains(i)).toList());
      Collections.shuffle(rest, new Random(seed));
      chosen.addAll(rest.subList(0, Math.min(sample, rest.size())));
      return chosen.stream().sorted().toList();
    }
  }

  private GradientCheck() {
  }

  /** At {@code values} (linear, by id; the rest nominal), every component. */
  public static Result at(PetabProblem problem, Map<String, Double> values, double rtol, double atol) {
    return at(problem, values, rtol, atol, Selection.ALL);
  }

  /** At {@code values} (linear, by id; the rest nominal), the selected components. */
  public static Result at(PetabProblem problem, Map<String, Double> values, double rtol, double atol, Selection selection) {
    PetabObjective sensitivities = new PetabObjective(problem, rtol, atol);
    PetabObjective differences = new PetabObjective(problem, 1e-12, 1e-14);
    PetabObjective.Gradient g = sensitivities.gradient(values);
    Map<String, Double> all = problem.nominalValues();
    all.putAll(values);
    double norm = 0;
    for (double v : g.gradient()) {
      norm += v * v;
    }
    norm = Math.sqrt(norm);
    List<Component> out = new ArrayList<>();
    for (int i : selection.pick(g.parameters(), g.gradient())) {
      String id = g.parameters().get(i);
      PetabParameter.Scale scale = problem.parameters().get(id).scale();
      double x = scale.toScale(all.get(id));
      double[] fd = ridders(h -> central(differences, all, id, scale, x, h), Math.ulp(Math.abs(g.llh())));
      double s = g.gradient()[i];
      double error = Math.abs(s - fd[0]) / Math.max(Math.abs(fd[0]), Double.MIN_NORMAL);
      out.add(new Component(id, s, fd[0], fd[1], error, Math.abs(fd[0]) > SMALL * norm));
    }
    return new Result(g.llh(), List.copyOf(out), g.parameters().size());
  }

  /**
   * Ridders' extrapolated derivative from the central differences {@code central(h)}: the estimate
   * of least estimated error over the whole table, and that error. An entry's error is at least
   * {@code rounding} / h for the smallest h it is made from, {@code rounding} being the rounding of
   * the function's values (one ulp of the log-likelihood): below it, differences are quantized, and
   * two equal ones (Beer's at h = 7.8e-6 and 3.9e-6, 4 and 8 ulps of 58622.9 over 2h) would give
   * an extrapolation of error 0 that is off by 3e-4.
   */
  static double[] ridders(java.util.function.DoubleUnaryOperator central, double rounding) {
    double[][] a = new double[TABLE][TABLE];
    double h = FIRST_STEP;
    a[0][0] = central.applyAsDouble(h);
    double best = a[0][0];
    double error = Double.MAX_VALUE;
    for (int i = 1; i < TABLE; i++) {
      h /= SHRINK;
      a[0][i] = central.applyAsDouble(h);
      double factor = SHRINK * SHRINK;
      for (int j = 1; j <= i; j++) {
        a[j][i] = (a[j - 1][i] * factor - a[j - 1][i - 1]) / (factor - 1);
        factor *= SHRINK * SHRINK;
        double e = Math.max(Math.max(Math.abs(a[j][i] - a[j - 1][i]), Math.abs(a[j][i] - a[j - 1][i - 1])), rounding / h);
        if (e <= error) {
          error = e;
          best = a[j][i];
        }
      }
      if (error <= CONVERGED * Math.abs(best)) {
        break;
      }
    }
    return new double[] {best, error};
  }

  private static double central(PetabObjective objective, Map<String, Double> all, String id, PetabParameter.Scale scale,
                                double x, double h) {
    Map<String, Double> up = new LinkedHashMap<>(all);
    Map<String, Double> down = new LinkedHashMap<>(all);
    up.put(id, scale.toLinear(x + h));
    down.put(id, scale.toLinear(x - h));
    return (objective.evaluate(up).llh() - objective.evaluate(down).llh()) / (2 * h);
  }
}
