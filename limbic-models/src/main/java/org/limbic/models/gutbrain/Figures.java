package org.limbic.models.gutbrain;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.limbic.experiment.figure.Figure;
import org.limbic.simulation.SimulationResult;

/** Figures and numbers for the gut–brain claims (axis labels carry units). */
final class Figures {

  private Figures() {
  }

  static Figure.Series line(String name, SimulationResult r, String variable) {
    return Figure.Series.line(name, r.times(), r.series(variable));
  }

  static Figure.TimeCourse timeCourse(String title, String xLabel, String yLabel, List<Figure.Series> series, Figure.Band band) {
    return new Figure.TimeCourse(title, xLabel, yLabel, series, Optional.ofNullable(band));
  }

  static Figure.Bars bars(String title, String valueLabel, List<String> categories, double[] values, double[] errors,
                          Figure.Band band) {
    return new Figure.Bars(title, valueLabel, categories, values, errors, Optional.ofNullable(band));
  }

  static String f(double v) {
    return String.format(Locale.ROOT, "%.3g", v);
  }
}
