package org.limbic.experiment.sensitivity;

import java.util.Locale;

/**
 * One index of one factor for one output, with its bootstrap percentile interval: a row of the
 * tidy table {@code limbic sensitivity} writes.
 *
 * @param ciLow lower end of the interval at the analysis' confidence (95 % by default)
 * @param ciHigh upper end
 */
public record SensitivityIndex(String factor, String output, Kind kind, double value, double ciLow, double ciHigh) {

  /** The kinds of index, with the labels the tables use. */
  public enum Kind {
    /** Sobol first-order index S_i: the share of the output's variance that factor i explains alone. */
    FIRST_ORDER("S1"),
    /** Sobol total-order index ST_i: the share that involves factor i, alone or in interactions. */
    TOTAL_ORDER("ST"),
    /** Morris mean elementary effect: signed, so effects of opposite sign cancel. */
    MU("mu"),
    /** Morris mean absolute elementary effect (Campolongo et al. 2007): the screening measure. */
    MU_STAR("mu_star"),
    /** Morris standard deviation of the elementary effects: non-linearity or interactions. */
    SIGMA("sigma");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** Whether {@code x} lies in [ciLow, ciHigh]. */
  public boolean covers(double x) {
    return x >= ciLow && x <= ciHigh;
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%s %s(%s) = %.4f [%.4f, %.4f]", output, kind.label(), factor, value, ciLow, ciHigh);
  }
}
