package org.limbic.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import org.limbic.experiment.assay.AssayExperiment;
import org.limbic.experiment.assay.AssayRunner;
import org.limbic.experiment.assay.GroupSummary;
import org.limbic.experiment.file.ExperimentFiles;
import org.limbic.experiment.launch.RecordedAssays;

/**
 * {@code limbic run} of an agent-based model's file: runs its assays with {@link AssayRunner} into
 * {@code --out} (or runs/RUN_ID beside the catalog), records them in the run catalog
 * ({@link RecordedAssays}) and prints each group's measures, with the t test against chance where a
 * measure has one (a preference score against 50 %).
 */
final class AssayLauncher {

  private AssayLauncher() {
  }

  static AssayRunner.Outcome run(String text, String source, Path out, Integer threads, String runId, Path catalog,
                                 PrintStream stdout) {
    AssayExperiment experiment = ExperimentFiles.parseAssays(text, source);
    int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    RecordedAssays.Recorded recorded = RecordedAssays.run(experiment, Path.of(source), text, n, out, runId, catalog);
    AssayRunner.Outcome o = recorded.outcome();
    stdout.printf(Locale.ROOT, "assays %s (model %s, seed %d): %d groups, %d animals on %d threads in %.1f s -> %s%n",
        experiment.name(), experiment.modelId(), experiment.seed(), experiment.groups(), o.animals(), o.threads(), o.seconds(),
        o.directory().toAbsolutePath().normalize());
    stdout.println("run " + recorded.runId() + " recorded in the catalog " + catalog);
    int lastGroup = -1;
    for (GroupSummary s : o.summaries()) {
      if (s.group().index() != lastGroup) {
        stdout.printf(Locale.ROOT, "  %s group %d (%s), n = %d%n", s.assay(), s.group().index(), s.settings(), s.n() + s.nan());
        lastGroup = s.group().index();
      }
      String chance = s.againstChance().map(t -> String.format(Locale.ROOT, "; against %s: t(%.0f) = %.2f, p = %.3g",
          number(s.measure().chance().getAsDouble()), t.degreesOfFreedom(), t.statistic(), t.p())).orElse("");
      stdout.printf(Locale.ROOT, "    %-20s %10.2f %s (95 %% CI %.2f to %.2f)%s%s%n", s.measure().name(), s.mean(),
          s.measure().unit(), s.ciLow(), s.ciHigh(), chance, s.nan() > 0 ? "; " + s.nan() + " NaN left out" : "");
    }
    return o;
  }

  private static String number(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
  }
}
