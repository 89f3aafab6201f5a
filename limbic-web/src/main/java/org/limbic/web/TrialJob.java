package org.limbic.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.limbic.experiment.run.ProgressListener;
import org.limbic.experiment.spec.TrialDesign;
import org.limbic.experiment.trial.CohortTrial;
import org.limbic.experiment.trial.ConsortCounts;
import org.limbic.experiment.trial.TrialFigures;
import org.limbic.experiment.trial.TrialTables;

/**
 * {@code limbic trial FILE --seed S}: a randomized trial file run by {@link CohortTrial} on one
 * thread into the run's directory (participants, visits, analysis, trajectories and CONSORT CSV
 * files, and the file as {@code trial.yaml}); answered with the flow's counts, the summary lines,
 * the analysis rows, the CONSORT diagram and the forest plot of every arm against the control
 * (the figures {@code limbic trial}'s report draws).
 */
record TrialJob(TrialDesign design, String text, long seed) implements ExplorerJob {

  static final String FILE = "trial.yaml";

  @Override
  public String kind() {
    return "trial";
  }

  @Override
  public String name() {
    return design.name();
  }

  @Override
  public Result run(String runId, Path directory, ProgressListener progress) {
    CohortTrial.Outcome o = CohortTrial.run(design, seed, 1, false, directory, progress,
        (dir, outcome) -> Files.writeString(dir.resolve(FILE), text));
    List<TrialTables.Statistic> statistics = TrialTables.readAnalysis(directory);
    ConsortCounts c = o.counts();
    Map<String, Object> counts = new LinkedHashMap<>();
    counts.put("screened", c.screened());
    counts.put("excluded", c.excluded());
    counts.put("randomized", c.randomized());
    counts.put("allocated", c.allocated());
    counts.put("completed", c.completed());
    List<Map<String, Object>> analysis = new ArrayList<>();
    for (TrialTables.Statistic s : statistics) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("arm", s.arm());
      row.put("control", s.control());
      row.put("endpoint", s.endpoint());
      row.put("statistic", s.statistic());
      row.put("estimate", finite(s.estimate()));
      row.put("lower", finite(s.lower()));
      row.put("upper", finite(s.upper()));
      row.put("p", finite(s.p()));
      analysis.add(row);
    }
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("name", design.name());
    summary.put("patients", design.patients());
    summary.put("seed", seed);
    summary.put("counts", counts);
    summary.put("summary", o.summary());
    summary.put("analysis", analysis);
    var forest = TrialFigures.effects(design.name(), statistics);
    summary.put("figures", List.of(Map.of("index", 0, "title", o.consort().title()), Map.of("index", 1, "title", forest.title())));
    return new Result(summary, List.of(o.consort(), forest));
  }

  /** JSON has no NaN or infinity. */
  static Double finite(double v) {
    return Double.isFinite(v) ? v : null;
  }
}
