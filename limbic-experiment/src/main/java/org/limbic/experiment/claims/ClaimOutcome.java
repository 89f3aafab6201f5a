package org.limbic.experiment.claims;

import java.util.List;
import org.limbic.experiment.figure.Figure;

/**
 * The verdict of a claim check: the measured value next to the expected one, as a reader would
 * compare them, and the figures that show it.
 *
 * @param measured e.g. "preference 71.2 % (p = 0.003)"
 * @param expected e.g. "> 50 % (one-sample t test, alpha 0.05)"
 */
public record ClaimOutcome(boolean pass, String measured, String expected, List<Figure> figures) {

  public ClaimOutcome {
    figures = List.copyOf(figures);
  }
}
