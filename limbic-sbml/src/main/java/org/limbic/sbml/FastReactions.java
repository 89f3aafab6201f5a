package org.limbic.sbml;

import org.limbic.math.Expr;
import org.limbic.math.Fn;
import org.limbic.model.Model;
import org.limbic.model.Parameter;

/**
 * SBML fast reactions ({@code fast="true"}, Level 2 and Level 3 Version 1) by a stiff approximation
 * of rapid equilibrium: each fast reaction's rate is multiplied by a constant parameter
 * {@value #RATE_SCALE}, and the stiff integrator (Rosenbrock, chosen by "auto") keeps the fast
 * subsystem on its equilibrium manifold while the slow reactions move it.
 *
 * <p>Why not the exact reduction (fast rates = 0 as algebraic constraints on the conserved moieties
 * of the fast stoichiometry, solved by Newton at every right-hand side): Limbic has no DAE solver,
 * and the scaled system is the same limit taken numerically. Error (Tikhonov's theorem, singular
 * perturbation with epsilon = 1 / RATE_SCALE): after a transient of a few 1 / (RATE_SCALE k_fast),
 * the distance from the equilibrium manifold is of order (slow rate) / (RATE_SCALE k_fast), that
 * is about 1e-10 relative for fast and slow constants of the same order, six orders of magnitude
 * below the SBML Test Suite's usual relative tolerance 1e-4. A fast constant 1e6 times smaller than
 * the slow ones would bring the error to the suite's tolerance; no suite case comes close.
 *
 * <p>The transients: SBML reports the state at t0, and right after an event, already at equilibrium,
 * while the scaled system starts wherever the initial values or the event put it and settles within
 * a few 1 / (RATE_SCALE k_fast). {@link #settlingTimes} therefore reads every row
 * {@value #SETTLING_TIME} after its time: a hundred relaxation times of a fast constant as small as
 * 0.01 (case 01548), during which the slow dynamics move each value by |dy/dt| times 1e-6, below the
 * suite's relative tolerance 1e-4 unless a value changes ten thousandfold per unit time.
 */
public final class FastReactions {

  /** The factor on every fast reaction's rate. */
  public static final double RATE_SCALE = 1e10;
  /** How long after each output time its row is read, for the fast subsystem to reach equilibrium. */
  public static final double SETTLING_TIME = 1e-6;
  /** The source of the rate-scale parameter, by which a model with fast reactions is recognised. */
  static final String SOURCE = "SBML fast reactions: rate scale (rapid-equilibrium approximation)";

  private FastReactions() {
  }

  /**
   * Whether an SBML reaction is marked fast. JSBML 1.6.1 deprecates the attribute's getters with no
   * replacement (Level 3 Version 2 removed it), yet Level 2 and Level 3 Version 1 models carry it;
   * this is the one place it is read.
   */
  @SuppressWarnings("deprecation") // no replacement in JSBML 1.6.1, see above
  static boolean isMarkedFast(org.sbml.jsbml.Reaction r) {
    return r.isSetFast() && r.getFast();
  }

  /** The constant parameter that fast kinetic laws are multiplied by. */
  static Parameter scaleParameter(String id) {
    return new Parameter(id, RATE_SCALE, true, "dimensionless", SOURCE);
  }

  /** {@code law} times the scale parameter. */
  static Expr scaled(Expr law, String scaleId) {
    return Expr.apply(Fn.TIMES, new Expr.Sym(scaleId), law);
  }

  /** True when the model came from SBML with fast reactions (it has the rate-scale parameter). */
  public static boolean present(Model model) {
    return model.parameters().stream().anyMatch(p -> SOURCE.equals(p.source()));
  }

  /**
   * The times to simulate for the wanted output {@code times} of a model with fast reactions: the
   * start t0 (where the simulation begins), then each wanted time plus {@link #SETTLING_TIME}. Drop
   * the first simulated row to get one row per wanted time.
   */
  public static double[] settlingTimes(double[] times) {
    double[] settling = new double[times.length + 1];
    settling[0] = times[0];
    for (int i = 0; i < times.length; i++) {
      settling[i + 1] = times[i] + SETTLING_TIME;
    }
    return settling;
  }
}
