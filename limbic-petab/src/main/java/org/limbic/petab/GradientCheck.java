package org.limbic.petab;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The forward-sensitivity gradient against central finite differences of the log-likelihood, each
 * component on its estimation scale. The differences are Ridders' extrapolation of central
 * differences (Ridders 1982; Press et al., Numerical Recipes, 3rd ed., section 5.7, dfridr): from
 * h = 1e-3 on the scale, halved per step down to 5e-7, Neville's table extrapolates to h = 0 and keeps the
 * estimate of least estimated error, so that the step adapts to each component. A fixed step does
 * not do: Borghans' log-likelihood falls from 83 to -9 within 0.2 % of K_par, so that central
 * differences at h = 1e-3, 1e-4, 1e-5 and 1e-6 give -21537, 310, -92.5 and -96.53 for a derivative
 * of -96.568. The objective is integrated at rtol 1e-12, atol 1e-14. The check (relative error
 * below {@value #RELATIVE}) covers the components larger than {@value #SMALL} ‖g‖, the bar.
 */
public final class GradientCheck {

  public static final double RELATIVE = 1e-4;
  public static final double SMALL = 1e-6;
  private static final double FIRST_STEP = 1e-3;
  private static final double SHRINK = 2.0;
  private static final int TABLE = 12;
  /** Ridders stops when the error grows by this factor over the best so far (dfridr's SAFE). */
  private static final double SAFE = 2.0;

  /** One component: sensitivity and difference values, relative error, and whether the bar applies. */
  public record Component(String parameter, double sensitivity, double difference, double relativeError, boolean checked) {
  }

  public record Result(double llh, List<Component> components) {
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

  private GradientCheck() {
  }

  /** At {@code values} (linear, by id; the rest nominal). */
  public static Result at(PetabProblem problem, Map<String, Double> values, double rtol, double atol) {
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
    for (int i = 0; i < g.parameters().size(); i++) {
      String id = g.parameters().get(i);
      PetabParameter.Scale scale = problem.parameters().get(id).scale();
      double x = scale.toScale(all.get(id));
      double fd = ridders(differences, all, id, scale, x);
      double s = g.gradient()[i];
      double error = Math.abs(s - fd) / Math.max(Math.abs(fd), Double.MIN_NORMAL);
      out.add(new Component(id, s, fd, error, Math.abs(fd) > SMALL * norm));
    }
    return new Result(g.llh(), List.copyOf(out));
  }

  /** Ridders' extrapolated derivative, the estimate of least estimated error. */
  private static double ridders(PetabObjective objective, Map<String, Double> all, String id, PetabParameter.Scale scale,
                                double x) {
    double[][] a = new double[TABLE][TABLE];
    double h = FIRST_STEP;
    a[0][0] = central(objective, all, id, scale, x, h);
    double best = a[0][0];
    double error = Double.MAX_VALUE;
    for (int i = 1; i < TABLE; i++) {
      h /= SHRINK;
      a[0][i] = central(objective, all, id, scale, x, h);
      double factor = SHRINK * SHRINK;
      for (int j = 1; j <= i; j++) {
        a[j][i] = (a[j - 1][i] * factor - a[j - 1][i - 1]) / (factor - 1);
        factor *= SHRINK * SHRINK;
        double e = Math.max(Math.abs(a[j][i] - a[j - 1][i]), Math.abs(a[j][i] - a[j - 1][i - 1]));
        if (e <= error) {
          error = e;
          best = a[j][i];
        }
      }
      if (Math.abs(a[i][i] - a[i - 1][i - 1]) >= SAFE * error) {
        break;
      }
    }
    return best;
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
