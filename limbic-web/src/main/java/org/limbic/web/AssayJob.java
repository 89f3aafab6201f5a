package org.limbic.web;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.limbic.experiment.assay.AssayExperiment;
import org.limbic.experiment.assay.AssayRunner;
import org.limbic.experiment.assay.GroupSummary;
import org.limbic.experiment.figure.Figure;
import org.limbic.experiment.run.ProgressListener;

/**
 * {@code limbic run} of an agent-based model's file (the vole's assays): {@link AssayRunner} on one
 * thread into the run's directory ({@code ASSAY.csv} per assay, {@code groups.csv},
 * {@code experiment.yaml}); answered with each group's measures (mean, 95 % interval, SD, the t test
 * against chance where a measure has one) and a bar chart per assay and measure. The assays are
 * not interrupted once started: the server bounds their groups and animals before they queue.
 */
record AssayJob(AssayExperiment experiment, String text) implements ExplorerJob {

  @Override
  public String kind() {
    return "assay";
  }

  @Override
  public String name() {
    return experiment.name();
  }

  @Override
  public Result run(String runId, Path directory, ProgressListener progress) {
    progress.progress(0, experiment.groups());
    AssayRunner.Outcome o = AssayRunner.run(experiment, text, 1, directory);
    progress.progress(experiment.groups(), experiment.groups());
    List<Map<String, Object>> groups = new ArrayList<>();
    Map<String, List<GroupSummary>> byMeasure = new LinkedHashMap<>();
    for (GroupSummary s : o.summaries()) {
      Map<String, Object> g = new LinkedHashMap<>();
      g.put("assay", s.assay());
      g.put("group", s.group().index());
      g.put("settings", s.settings());
      g.put("measure", s.measure().name());
      g.put("unit", s.measure().unit());
      g.put("n", s.n());
      g.put("nan", s.nan());
      g.put("mean", TrialJob.finite(s.mean()));
      g.put("ciLow", TrialJob.finite(s.ciLow()));
      g.put("ciHigh", TrialJob.finite(s.ciHigh()));
      g.put("sd", TrialJob.finite(s.sd()));
      s.measure().chance().ifPresent(c -> g.put("chance", c));
      s.againstChance().ifPresent(t -> g.put("p", TrialJob.finite(t.p())));
      groups.add(g);
      byMeasure.computeIfAbsent(s.assay() + ": " + s.measure().name(), k -> new ArrayList<>()).add(s);
    }
    List<Figure> figures = new ArrayList<>();
    List<Map<String, Object>> shown = new ArrayList<>();
    byMeasure.forEach((title, summaries) -> {
      List<String> categories = summaries.stream().map(s -> "group " + s.group().index() + " " + s.settings()).toList();
      double[] means = summaries.stream().mapToDouble(GroupSummary::mean).toArray();
      double[] errors = summaries.stream().mapToDouble(s -> Double.isFinite(s.ciHigh()) ? (s.ciHigh() - s.ciLow()) / 2 : 0).toArray();
      String unit = summaries.getFirst().measure().unit();
      shown.add(Map.of("index", figures.size(), "title", title));
      figures.add(new Figure.Bars(title + " (mean, 95 % CI)", summaries.getFirst().measure().name() + (unit.isEmpty() ? ""
          : " (" + unit + ")"), categories, means, errors, Optional.empty()));
    });
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("name", experiment.name());
    summary.put("model", experiment.modelId());
    summary.put("seed", experiment.seed());
    summary.put("animals", o.animals());
    summary.put("groups", groups);
    summary.put("figures", shown);
    return new Result(summary, figures);
  }
}
