package org.limbic.experiment.figure;

import java.util.List;
import java.util.Optional;

/**
 * What a plot shows, independent of how it is drawn (limbic-report renders figures as PNG, SVG and
 * HTML). Axis labels carry units, e.g. "time (min)", "plasma oxytocin (pM)".
 */
public sealed interface Figure {

  String title();

  /** Lines over x, each optionally with a band (e.g. 5th–95th percentile of a cohort), and an expected band. */
  record TimeCourse(String title, String xLabel, String yLabel, List<Series> series, Optional<Band> expected)
      implements Figure {
    public TimeCourse {
      series = List.copyOf(series);
    }
  }

  /** Distributions of values per group (histograms or strip plots), e.g. huddle time per genotype. */
  record Distributions(String title, String valueLabel, List<Group> groups, Optional<Band> expected) implements Figure {
    public Distributions {
      groups = List.copyOf(groups);
      requireValueBand(title, expected);
    }
  }

  /** Estimates with intervals per row (forest plot), with a reference line (e.g. 0 for a difference). */
  record Forest(String title, String estimateLabel, List<Row> rows, double reference) implements Figure {
    public Forest {
      rows = List.copyOf(rows);
    }
  }

  /** z over a grid of two scanned parameters. */
  record Heatmap(String title, String xLabel, String yLabel, String zLabel, double[] x, double[] y, double[][] z)
      implements Figure {
  }

  /**
   * Points without lines, e.g. a metric against a parameter over the points of a random scan, and
   * optionally lines drawn with them (a model's simulation through its data).
   */
  record Scatter(String title, String xLabel, String yLabel, List<Series> series, List<Series> lines) implements Figure {
    public Scatter {
      series = List.copyOf(series);
      lines = List.copyOf(lines);
    }

    public Scatter(String title, String xLabel, String yLabel, List<Series> series) {
      this(title, xLabel, yLabel, series, List.of());
    }
  }

  /** Bars per category with optional error bars, e.g. a claim's measured versus expected. */
  record Bars(String title, String valueLabel, List<String> categories, double[] values, double[] errors,
              Optional<Band> expected) implements Figure {
    public Bars {
      requireValueBand(title, expected);
    }
  }

  private static void requireValueBand(String title, Optional<Band> expected) {
    if (expected.isPresent() && expected.get().axis() != Band.Axis.VALUE) {
      throw new IllegalArgumentException("figure '" + title + "': its categories have no x range; give the band on the value axis");
    }
  }

  /**
   * A flow of counts through stages, drawn as rows of boxes joined by arrows: a CONSORT diagram
   * (Schulz et al. 2010) of who was screened, randomized, followed and analysed.
   */
  record Flow(String title, List<FlowStage> stages) implements Figure {
    public Flow {
      stages = List.copyOf(stages);
      if (stages.isEmpty() || stages.stream().anyMatch(s -> s.boxes().isEmpty())) {
        throw new IllegalArgumentException("flow '" + title + "' needs stages, each with at least one box");
      }
    }
  }

  /** One row of a flow: arrows run from the previous row's boxes to these (one to many, or box to box). */
  record FlowStage(String name, List<FlowBox> boxes) {
    public FlowStage {
      boxes = List.copyOf(boxes);
    }
  }

  /** @param exit the flow leaves here (e.g. "excluded"): no arrow continues from this box */
  record FlowBox(String label, long count, boolean exit) {
  }

  /** @param lower null or same length as y: lower edge of a band around the line; likewise upper */
  record Series(String name, double[] x, double[] y, double[] lower, double[] upper) {
    public static Series line(String name, double[] x, double[] y) {
      return new Series(name, x, y, null, null);
    }
  }

  record Group(String name, double[] values) {
  }

  record Row(String label, double estimate, double lower, double upper) {
  }

  /**
   * The range a claim expects, drawn as a shaded band: of values (on the y axis of a time course
   * or bar chart, the value axis of distributions), or, for a time course, of x (a time window
   * such as birth to placenta, drawn across the whole height).
   */
  record Band(String label, double low, double high, Axis axis) {

    /** Which axis [low, high] is on. */
    public enum Axis { VALUE, X }

    public Band(String label, double low, double high) {
      this(label, low, high, Axis.VALUE);
    }

    /** A window of x, e.g. of time. */
    public static Band onX(String label, double low, double high) {
      return new Band(label, low, high, Axis.X);
    }
  }
}
