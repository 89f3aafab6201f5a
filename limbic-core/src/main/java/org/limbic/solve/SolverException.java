package org.limbic.solve;

/**
 * A solve that cannot go on: step size collapse, too many steps, a NaN or infinity in the state.
 * Says at which time, in which variable (when one is to blame) and what to try. Not final: a
 * steady state that is not reached ({@code org.limbic.steady.SteadyStateException}) is one too.
 */
public class SolverException extends RuntimeException {

  private final double time;
  private final String variable;
  private final String hint;

  public SolverException(String problem, double time, String variable, String hint) {
    super(format(problem, time, variable, hint));
    this.time = time;
    this.variable = variable;
    this.hint = hint;
  }

  private static String format(String problem, double time, String variable, String hint) {
    StringBuilder sb = new StringBuilder(problem).append(" at t = ").append(time);
    if (variable != null && !variable.isEmpty()) {
      sb.append(" in variable '").append(variable).append('\'');
    }
    if (hint != null && !hint.isEmpty()) {
      sb.append(": ").append(hint);
    }
    return sb.toString();
  }

  public double time() {
    return time;
  }

  /** The variable to blame, or "" when none is. */
  public String variable() {
    return variable == null ? "" : variable;
  }

  public String hint() {
    return hint;
  }
}
