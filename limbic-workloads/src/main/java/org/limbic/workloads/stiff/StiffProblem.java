package org.limbic.workloads.stiff;

import java.util.function.Supplier;
import org.limbic.solve.OdeSystem;

/**
 * A stiff test problem with its published reference solution at {@code tEnd}.
 *
 * @param system creates a fresh system (the hand-written systems are stateless, but callers may
 *     count on a new instance per solve)
 * @param reference the reference solution at tEnd (Test Set for IVP Solvers, Mazzia &amp; Magherini)
 */
public record StiffProblem(String name, Supplier<OdeSystem> system, double[] y0, double tEnd, double[] reference) {

  public static final StiffProblem HIRES = new StiffProblem("hires", Hires::new, Hires.Y0, Hires.T_END, Hires.REFERENCE);
  public static final StiffProblem POLLU = new StiffProblem("pollu", Pollu::new, Pollu.Y0, Pollu.T_END, Pollu.REFERENCE);
  public static final StiffProblem ROBER = new StiffProblem("rober", Rober::new, Rober.Y0, Rober.T_END, Rober.REFERENCE);

  public double[] y0() {
    return y0.clone();
  }

  public double[] reference() {
    return reference.clone();
  }

  /** The problem called {@code name} (hires, pollu, rober). */
  public static StiffProblem named(String name) {
    return switch (name.toLowerCase(java.util.Locale.ROOT)) {
      case "hires" -> HIRES;
      case "pollu" -> POLLU;
      case "rober" -> ROBER;
      default -> throw new IllegalArgumentException("unknown stiff problem '" + name + "'; known: hires, pollu, rober");
    };
  }
}
