package org.limbic.experiment.file;

import java.util.List;
import org.limbic.experiment.spec.TimeGrid;

/** The {@code time} key: {@code {start, end, points}} evenly spaced, or {@code {times: [...]}}. */
final class TimeReader {

  private static final String EXAMPLE = "{start: 0, end: 60, points: 121} or {times: [0, 1, 5, 10]}";

  private TimeReader() {
  }

  static TimeGrid read(YamlNode node) {
    Section time = Section.of(node, "time", EXAMPLE, List.of("start", "end", "points", "times"));
    if (time.has("times")) {
      for (String other : List.of("start", "end", "points")) {
        if (time.has(other)) {
          throw new ExperimentFileException(time.keyLocation(other),
              "time takes either 'times' or start/end/points, not both; remove '" + other + "'");
        }
      }
      return explicit(time);
    }
    double start = time.number("start", 0);
    double end = time.requireNumber("end", "the last output time, e.g. time: {start: 0, end: 60}");
    long points = time.count("points", ExperimentReader.DEFAULT_POINTS);
    if (start < 0) {
      throw new ExperimentFileException(time.get("start").orElseThrow().location(),
          "time cannot start before 0 (start is " + start + "); the model's initial values hold at the start");
    }
    if (end <= start) {
      throw new ExperimentFileException(time.get("end").orElseThrow().location(), end == start
          ? "time span is empty: end equals start (" + start + "); make end larger than start"
          : "time span is reversed: end " + end + " is before start " + start + "; swap them");
    }
    if (points < 2) {
      throw new ExperimentFileException(time.get("points").orElseThrow().location(),
          "points must be at least 2 (start and end), not " + points);
    }
    return TimeGrid.evenly(start, end, (int) points);
  }

  private static TimeGrid explicit(Section time) {
    YamlNode.Sequence list = Values.sequence(time.get("times").orElseThrow(), "'times' in time", "[0, 1, 5, 10]");
    if (list.items().size() < 2) {
      throw new ExperimentFileException(list.location(),
          "times needs at least 2 output times, not " + list.items().size() + "; e.g. times: [0, 1, 5, 10]");
    }
    double[] t = new double[list.items().size()];
    for (int i = 0; i < t.length; i++) {
      YamlNode item = list.items().get(i);
      t[i] = Values.number(item, "each entry of 'times' in time");
      if (t[i] < 0) {
        throw new ExperimentFileException(item.location(), "time cannot be before 0 (" + t[i] + ")");
      }
      if (i > 0 && t[i] < t[i - 1]) {
        throw new ExperimentFileException(item.location(),
            "times must not decrease: " + t[i] + " comes after " + t[i - 1] + "; sort them");
      }
    }
    if (t[t.length - 1] == t[0]) {
      throw new ExperimentFileException(list.location(), "time span is empty: every time is " + t[0]);
    }
    return new TimeGrid(t);
  }
}
