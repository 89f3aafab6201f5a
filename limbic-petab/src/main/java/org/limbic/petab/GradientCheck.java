package org.limbic.petab;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The forward-sensitivity gradient against central finite differences of the log-likelihood, each
 * component on its estimation scale. The differences use Richardson's extrapolation of two central
 * differences (steps h and 2h, error O(h⁴)) with h = 1e-4 on the scale, of an objective integrated
 * at rtol 1e-12, atol 1e-14: the truncation error is then near h⁴ = 1e-16 times the fifth
 * derivative, and the integration error of 1e-12 relative becomes 1e-12 |llh| / h ≈ 1e-8 |llh| in a
 * component; the check (relative error below {@value #RELATIVE}) covers the components larger than
 * {@value #SMALL} ‖g‖, the bar.
 */
public final class GradientCheck {

  public static final double RELATIVE = 1e-4;
  public static final double SMALL = 1e-6;
  private static final double STEP = 1e-4;

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
      double d1 = central(differences, all, id, scale, x, STEP);
      double d2 = central(differences, all, id, scale, x, 2 * STEP);
      double fd = (4 * d1 - d2) / 3;
      double s = g.gradient()[i];
      double error = Math.abs(s - fd) / Math.max(Math.abs(fd), Double.MIN_NORMAL);
      out.add(new Component(id, s, fd, error, Math.abs(fd) > SMALL * norm));
    }
    return new Result(g.llh(), List.copyOf(out));
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
