package org.limbic.experiment.assay;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.limbic.experiment.library.Assay;
import org.limbic.experiment.library.AssayGroup;
import org.limbic.experiment.library.AssayMeasure;
import org.limbic.experiment.results.UnitRows;
import org.limbic.experiment.stats.Estimate;
import org.limbic.experiment.stats.TestResult;
import org.limbic.experiment.stats.Tests;

/**
 * One measure of one group: its mean with the 95 % t interval, the standard deviation, and, for a
 * measure with a chance level (a preference score's 50 %), the one-sample t test against it, as the
 * vole papers report a partner preference. NaN values (none from the vole assays) are counted
 * apart and left out of the statistics.
 */
public record GroupSummary(String assay, AssayGroup group, AssayMeasure measure, double[] values, int n, int nan, double mean,
                           double ciLow, double ciHigh, double sd,
                           Optional<TestResult> againstChance) {

  /** @param values every animal's value of the measure, in animal order, NaN included */
  public GroupSummary {
    values = values.clone();
  }

  @Override
  public double[] values() {
    return values.clone();
  }

  static List<GroupSummary> of(Assay assay, AssayGroup group, List<Assay.AnimalResult> animals) {
    List<GroupSummary> out = new ArrayList<>();
    for (int k = 0; k < assay.measures().size(); k++) {
      int m = k;
      double[] all = animals.stream().mapToDouble(a -> a.measures()[m]).toArray();
      double[] values = java.util.Arrays.stream(all).filter(v -> !Double.isNaN(v)).toArray();
      AssayMeasure measure = assay.measures().get(k);
      // no interval from fewer than two animals (NaN bounds say so in the file); equal values (no
      // attacks in any animal) have the point interval
      double mean = values.length == 0 ? Double.NaN : java.util.Arrays.stream(values).average().orElseThrow();
      Estimate interval = values.length < 2 ? null
          : sd(values) > 0 ? Tests.mean(values) : new Estimate(mean, mean, mean, 0.95);
      Optional<TestResult> test = measure.chance().isPresent() && values.length >= 2 && sd(values) > 0
          ? Optional.of(Tests.oneSampleT(values, measure.chance().getAsDouble())) : Optional.empty();
      out.add(new GroupSummary(assay.name(), group, measure, all, values.length, all.length - values.length, mean,
          interval == null ? Double.NaN : interval.lower(), interval == null ? Double.NaN : interval.upper(), sd(values), test));
    }
    return out;
  }

  /** The group's settings as text, e.g. "genotype=WT cohousing_min=360.0", in the assay's parameter order. */
  public String settings() {
    return group.values().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(" "));
  }

  private static double sd(double[] v) {
    if (v.length < 2) {
      return Double.NaN;
    }
    double mean = java.util.Arrays.stream(v).average().orElseThrow();
    double ss = 0;
    for (double x : v) {
      ss += (x - mean) * (x - mean);
    }
    return Math.sqrt(ss / (v.length - 1));
  }

  static String csv(List<GroupSummary> summaries) {
    StringBuilder sb = new StringBuilder("assay,group,settings,measure,unit,n,nan,mean,ci_low,ci_high,sd,chance,t,p\n");
    for (GroupSummary s : summaries) {
      sb.append(s.assay).append(',').append(s.group.index()).append(',').append(UnitRows.text(s.settings())).append(',')
          .append(s.measure.name()).append(',').append(UnitRows.text(s.measure.unit())).append(',').append(s.n).append(',')
          .append(s.nan).append(',').append(String.valueOf(s.mean)).append(',')
          .append(String.valueOf(s.ciLow)).append(',').append(String.valueOf(s.ciHigh)).append(',')
          .append(String.valueOf(s.sd)).append(',')
          .append(s.measure.chance().isPresent() ? String.valueOf(s.measure.chance().getAsDouble()) : "").append(',')
          .append(s.againstChance.map(t -> String.valueOf(t.statistic())).orElse("")).append(',')
          .append(s.againstChance.map(t -> String.valueOf(t.p())).orElse("")).append('\n');
    }
    return sb.toString();
  }
}
