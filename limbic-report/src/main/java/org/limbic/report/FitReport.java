package org.limbic.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.limbic.experiment.figure.Figure;
import org.limbic.petab.MultistartFit;
import org.limbic.petab.PetabObjective;
import org.limbic.petab.PetabParameter;

/**
 * The HTML report of {@code limbic fit}: the starts' summary, the waterfall (every start's final
 * −llh, best first: a plateau of starts at the bottom is an optimum found many times), the traces,
 * the best parameters, and the fit against the data, one plot per observable and simulation
 * condition, and observable parameters where they differ between rows (measurements as points,
 * the simulation at the measurement times as a line).
 */
public final class FitReport {

  /** At most this many fit-versus-data plots; the rest are counted in the text (Bachmann has hundreds of pairs). */
  static final int MAX_DATA_FIGURES = 48;

  private FitReport() {
  }

  /**
   * @param text a paragraph on the problem, the method and what the fit cost
   * @param simulated the best start's simulations of every measurement
   */
  public static HtmlReport of(String title, String text, MultistartFit.Result fit, List<PetabParameter> estimated,
                              List<PetabObjective.Simulated> simulated) {
    List<MultistartFit.Start> starts = fit.starts();
    MultistartFit.Start best = starts.stream().max(Comparator.comparingDouble(MultistartFit.Start::llh)).orElseThrow();
    HtmlReport.Builder report = HtmlReport.builder(title)
        .section("Multistart fit", text, List.of(waterfall(starts), traces(starts)));
    List<List<String>> rows = new ArrayList<>();
    for (int j = 0; j < estimated.size(); j++) {
      PetabParameter p = estimated.get(j);
      rows.add(List.of(p.id(), p.scale().name().toLowerCase(Locale.ROOT), number(p.lowerBound()), number(p.upperBound()),
          number(p.nominalValue()), number(best.best()[j])));
    }
    report.section("Best parameters", String.format(Locale.ROOT, "Start %d, llh %.6f.", best.index(), best.llh()),
        new HtmlReport.Table(List.of("parameter", "scale", "lower bound", "upper bound", "nominal", "best"), rows), List.of());
    Map<String, List<PetabObjective.Simulated>> byPair = new LinkedHashMap<>();
    for (PetabObjective.Simulated s : simulated) {
      var m = s.measurement();
      String pre = m.preequilibration().isEmpty() ? "" : m.preequilibration() + " → ";
      // rows whose observable parameters differ (a scaling per replicate or data set) are other curves
      String overrides = m.observableParameters().isEmpty() ? "" : " (" + String.join(", ", m.observableParameters()) + ")";
      byPair.computeIfAbsent(m.observableId() + " in " + pre + m.condition() + overrides, k -> new ArrayList<>()).add(s);
    }
    List<Figure> figures = new ArrayList<>();
    for (Map.Entry<String, List<PetabObjective.Simulated>> e : byPair.entrySet()) {
      if (figures.size() == MAX_DATA_FIGURES) {
        break;
      }
      figures.addAll(dataFigures(e.getKey(), e.getValue()));
    }
    String shown = byPair.size() <= MAX_DATA_FIGURES ? "All " + byPair.size() + " pairs of observable and condition (with its observable parameters)."
        : "The first " + MAX_DATA_FIGURES + " of " + byPair.size() + " pairs of observable and condition (all are in"
            + " simulations.tsv).";
    report.section("Fit against the data", shown + " Points: the measurements; line: the best fit's simulated observable"
        + " (before its noise model's transformation) at the measurement times.", figures);
    return report.build();
  }

  private static Figure waterfall(List<MultistartFit.Start> starts) {
    double[] values = starts.stream().mapToDouble(s -> -s.llh()).filter(Double::isFinite).sorted().toArray();
    double[] rank = new double[values.length];
    for (int i = 0; i < rank.length; i++) {
      rank[i] = i + 1;
    }
    return new Figure.Scatter("Waterfall: " + values.length + " of " + starts.size() + " starts simulated to the end",
        "start, ordered by final −llh", "final −llh", List.of(Figure.Series.line("starts", rank, values)));
  }

  private static Figure traces(List<MultistartFit.Start> starts) {
    List<Figure.Series> lines = new ArrayList<>();
    List<MultistartFit.Start> ordered = starts.stream().sorted(Comparator.comparingDouble(MultistartFit.Start::llh).reversed())
        .limit(10).toList();
    for (MultistartFit.Start s : ordered) {
      double[] x = new double[s.trace().size()];
      double[] y = new double[x.length];
      for (int k = 0; k < x.length; k++) {
        x[k] = k;
        y[k] = -s.trace().get(k);
      }
      lines.add(Figure.Series.line("start " + s.index(), x, y));
    }
    return new Figure.Scatter("Traces of the 10 best starts (−llh after each improvement)", "improvement", "−llh", List.of(),
        lines);
  }

  /**
   * A pair's measurements over time against the best fit; its steady-state measurements (t = inf,
   * post-equilibration), which no time axis can hold, as their own figure of the simulated against
   * the measured value, so that every point is drawn and the counts say so.
   */
  static List<Figure> dataFigures(String pair, List<PetabObjective.Simulated> points) {
    List<PetabObjective.Simulated> timed = points.stream().filter(s -> Double.isFinite(s.measurement().time()))
        .sorted(Comparator.comparingDouble(s -> s.measurement().time())).toList();
    List<PetabObjective.Simulated> steady = points.stream().filter(s -> !Double.isFinite(s.measurement().time())).toList();
    List<Figure> figures = new ArrayList<>();
    if (!timed.isEmpty()) {
      double[] t = new double[timed.size()];
      double[] data = new double[t.length];
      double[] model = new double[t.length];
      for (int i = 0; i < t.length; i++) {
        t[i] = timed.get(i).measurement().time();
        data[i] = timed.get(i).measurement().value();
        model[i] = timed.get(i).simulation();
      }
      figures.add(new Figure.Scatter(pair, "time", "observable", List.of(Figure.Series.line("measured (" + t.length + ")", t, data)),
          List.of(Figure.Series.line("best fit", t, model))));
    }
    if (!steady.isEmpty()) {
      double[] measured = steady.stream().mapToDouble(s -> s.measurement().value()).toArray();
      double[] simulated = steady.stream().mapToDouble(s -> s.simulation()).toArray();
      double lo = Math.min(java.util.Arrays.stream(measured).min().orElse(0), java.util.Arrays.stream(simulated).min().orElse(0));
      double hi = Math.max(java.util.Arrays.stream(measured).max().orElse(1), java.util.Arrays.stream(simulated).max().orElse(1));
      figures.add(new Figure.Scatter(pair + " at steady state (t = ∞)", "measured", "best fit",
          List.of(Figure.Series.line("steady-state measurements (" + measured.length + ")", measured, simulated)),
          List.of(Figure.Series.line("best fit = measured", new double[] {lo, hi}, new double[] {lo, hi}))));
    }
    return figures;
  }

  private static String number(double v) {
    return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.5g", v);
  }
}
