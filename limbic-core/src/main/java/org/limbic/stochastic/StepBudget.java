package org.limbic.stochastic;

import java.util.Locale;
import org.limbic.solve.SolverException;

/**
 * The most steps one stochastic run may take, so that no input makes an exact method run for hours
 * in silence (birth-death with k 1e12 under {@code direct} needs about 1e14 events). One budget per
 * run: {@link #advance} and {@link #step} count every step of the method and stop the run with a
 * {@link SolverException} at the step that exceeds it, saying how far the run got and what to do.
 */
public final class StepBudget {

  /** The system property (a whole number of steps) that raises the default budget. */
  public static final String PROPERTY = "limbic.maxStochasticSteps";
  /** 10^9 steps: about a minute of an exact method at this machine's 20 million events a second. */
  public static final long DEFAULT_STEPS = 1_000_000_000L;

  /**
   * Told now and then how far a long run has got, so that a run of minutes is not silent (issue
   * #14, item 7): the command line prints it. Called from the simulating thread.
   */
  @FunctionalInterface
  public interface LongRunListener {
    void progress(String method, double time, double tEnd, long steps);
  }

  /** 2^26 steps between reports: about three seconds of an exact method on this machine. */
  static final long REPORT_EVERY = 1L << 26;
  private static volatile LongRunListener listener = (method, time, tEnd, steps) -> { };

  private final long limit;
  private final double tEnd;
  private final long reportEvery;
  private long used;

  private StepBudget(long limit, double tEnd, long reportEvery) {
    this.limit = limit;
    this.tEnd = tEnd;
    this.reportEvery = reportEvery;
  }

  /** Who hears about long runs (one listener for the process; the default says nothing). */
  public static void onLongRuns(LongRunListener l) {
    listener = l == null ? (method, time, tEnd, steps) -> { } : l;
  }

  /** A budget for a run that ends at {@code tEnd}: {@value #PROPERTY} steps if set, else {@value #DEFAULT_STEPS}. */
  public static StepBudget forRun(double tEnd) {
    String value = System.getProperty(PROPERTY);
    long limit = DEFAULT_STEPS;
    if (value != null) {
      try {
        limit = Long.parseLong(value.strip());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(PROPERTY + " must be a whole number of steps, not '" + value + "'");
      }
      if (limit < 1) {
        throw new IllegalArgumentException(PROPERTY + " must be at least 1, not " + limit);
      }
    }
    return new StepBudget(limit, tEnd, REPORT_EVERY);
  }

  /** A budget of exactly {@code limit} steps (tests). */
  static StepBudget of(long limit, double tEnd) {
    return new StepBudget(limit, tEnd, REPORT_EVERY);
  }

  /** The same, reporting every {@code reportEvery} steps (tests). */
  static StepBudget of(long limit, double tEnd, long reportEvery) {
    return new StepBudget(limit, tEnd, reportEvery);
  }

  /** Steps {@code method} until its time reaches {@code t}, as {@link StochasticMethod#advanceTo} does. */
  public void advance(StochasticMethod method, double t) {
    while (method.time() < t) {
      step(method, t);
    }
  }

  /** One step of {@code method} toward {@code tStop}; returns its new time. */
  public double step(StochasticMethod method, double tStop) {
    if (++used > limit) {
      double t = method.time();
      throw new SolverException(String.format(Locale.ROOT, "the stochastic method '%s' took %,d steps and reached only",
          method.name(), limit), t, "", String.format(Locale.ROOT, "the run to t = %s would need about %.2g steps; use "
          + "method tau-leap for large populations, shorten the run, or raise the budget (system property %s)",
          tEnd, t > 0 ? limit * (tEnd / t) : Double.POSITIVE_INFINITY, PROPERTY));
    }
    if (used % reportEvery == 0) {
      listener.progress(method.name(), method.time(), tEnd, used);
    }
    return method.step(tStop);
  }
}
