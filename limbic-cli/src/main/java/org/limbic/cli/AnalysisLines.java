package org.limbic.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.limbic.experiment.stats.TestResult;
import org.limbic.experiment.trial.TrialAnalysis;

/** What {@code limbic trial} prints of a {@link TrialAnalysis}: a heading per comparison, a line per statistic. */
final class AnalysisLines {

  private AnalysisLines() {
  }

  static List<String> of(TrialAnalysis analysis, String primary) {
    List<String> lines = new ArrayList<>();
    for (TrialAnalysis.Comparison c : analysis.comparisons()) {
      lines.add(String.format(Locale.ROOT, "  %s vs %s on %s%s (n = %d vs %d):", c.arm(), c.control(), c.endpoint(),
          c.endpoint().equals(primary) ? " (primary)" : "", c.nArm(), c.nControl()));
      TestResult a = c.ancova();
      lines.add(String.format(Locale.ROOT, "    ANCOVA, change adjusted for baseline, %s - %s: %s, t = %.3f, df = %.0f, p %s",
          c.arm(), c.control(), a.effect().format("%.3f"), a.statistic(), a.degreesOfFreedom(), p(a.p())));
      lines.add("    Hedges' g of the improvement (> 0 favours " + c.arm() + "): " + c.smd().format("%.3f"));
      c.remission().ifPresent(r -> {
        lines.add(String.format(Locale.ROOT, "    remission (Wilson): %s %d/%d = %s, %s %d/%d = %s", c.arm(), r.remittedArm(), r.nArm(),
            r.rateArm().format("%.3f"), c.control(), r.remittedControl(), r.nControl(), r.rateControl().format("%.3f")));
        lines.add(String.format(Locale.ROOT, "    remission difference (Newcombe): %s, z = %.3f, p %s; %s",
            r.test().effect().format("%.3f"), r.test().statistic(), p(r.test().p()), r.nnt().format()));
      });
    }
    return lines;
  }

  /** "= 0.0123", or "< 1e-300" where the tail underflows to 0 (t = -417 at 10^6 patients). */
  static String p(double p) {
    return p < 1e-300 ? "< 1e-300" : String.format(Locale.ROOT, "= %.3g", p);
  }
}
