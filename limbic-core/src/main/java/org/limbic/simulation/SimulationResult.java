package org.limbic.simulation;

import java.util.List;
import org.limbic.solve.SolverStatistics;

/**
 * Values of the requested variables at the output times: {@code values[i][v]} is variable v at
 * {@code times[i]}. At an event time the row holds the values after the event.
 */
public record SimulationResult(List<String> variables, double[] times, double[][] values, SolverStatistics statistics,
                               List<FiredEvent> events) {

  public SimulationResult {
    variables = List.copyOf(variables);
    events = List.copyOf(events);
  }

  /** One event execution: which event and when. */
  public record FiredEvent(String id, double time) {
  }

  public int column(String variable) {
    int c = variables.indexOf(variable);
    if (c < 0) {
      throw new IllegalArgumentException("no output variable '" + variable + "'; outputs are " + variables);
    }
    return c;
  }

  /** The time course of one variable. */
  public double[] series(String variable) {
    int c = column(variable);
    double[] s = new double[times.length];
    for (int i = 0; i < times.length; i++) {
      s[i] = values[i][c];
    }
    return s;
  }

  /** The value of a variable at the last output time. */
  public double last(String variable) {
    return values[times.length - 1][column(variable)];
  }

  /** The largest recorded value of {@code variable} (NaN values are skipped; -infinity if none). */
  public double max(String variable) {
    int c = column(variable);
    double m = Double.NEGATIVE_INFINITY;
    for (double[] row : values) {
      m = Math.max(m, Double.isNaN(row[c]) ? Double.NEGATIVE_INFINITY : row[c]);
    }
    return m;
  }

  /** The first output time at which {@code variable} takes its largest recorded value (NaN if every value is NaN). */
  public double timeOfMax(String variable) {
    int c = column(variable);
    int best = -1;
    for (int i = 0; i < times.length; i++) {
      if (!Double.isNaN(values[i][c]) && (best < 0 || values[i][c] > values[best][c])) {
        best = i;
      }
    }
    return best < 0 ? Double.NaN : times[best];
  }
}
