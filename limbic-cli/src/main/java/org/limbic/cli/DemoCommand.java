package org.limbic.cli;

import java.nio.file.Path;
import java.util.Locale;
import org.limbic.experiment.results.OutputDirectory;
import org.limbic.experiment.results.RunSummary;
import org.limbic.models.demo.BirthDeathDemo;
import org.limbic.models.demo.CohortDemo;
import org.limbic.models.demo.PulsatileDemo;
import org.limbic.models.demo.RobertsonDemo;
import org.limbic.report.HtmlReport;
import org.limbic.report.ResultsReport;
import org.limbic.solve.SolverStatistics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code limbic demo}: a tour of the engine on the built-in examples (org.limbic.models.demo computes
 * each step and writes its CSV), printing what a newcomer should look at and bundling the plots
 * into an HTML report. The first command a user runs, so it runs again: its output directory is
 * written whole and replaces the one an earlier demo wrote ({@link OutputDirectory#replaceOwn}).
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = {"Run the demonstration models, write their results and an HTML report with plots.",
        "Replaces the output directory of an earlier demo; refuses any other directory that is not empty."})
final class DemoCommand implements Runnable {

  @Option(names = "--out", defaultValue = "out/demo", description = "Output directory (default: ${DEFAULT-VALUE}).")
  Path out;

  /** The file that marks a directory as the demo's own, to be replaced by the next demo. */
  static final String OWNER_MARK = ".limbic-demo";

  @Override
  public void run() {
    System.out.println("Limbic engine demo: models compiled to JVM bytecode, solved with events, written to " + out);
    System.out.println();
    OutputDirectory.replaceOwn(out, OWNER_MARK, dir -> {
      tour(dir);
      return null;
    });
    System.out.println("Report with all plots: " + out.resolve("report").resolve("index.html").toAbsolutePath().normalize());
  }

  /** The four examples, written into {@code dir}, the directory that becomes {@link #out} once complete. */
  private void tour(Path dir) {
    HtmlReport.Builder report = HtmlReport.builder("Limbic demo: the engine on its built-in examples");

    PulsatileDemo.Result pulses = PulsatileDemo.run(dir);
    System.out.printf(Locale.ROOT, "1. %s%n   %d pulses (events at t = %s min); H just after the 6th pulse = %.4f pM "
            + "(closed form %.4f); compiled in %.1f ms%n   -> %s%n%n", pulses.model().name(), pulses.result().events().size(),
        pulses.result().events().stream().map(e -> String.format(Locale.ROOT, "%.0f", e.time())).toList(),
        pulses.afterPulses(), pulses.closedForm(), pulses.compileMillis(), shown(dir, pulses.csv()));
    report.section("1. Pulsatile release", "A bolus every 10 min (an event) cleared first-order; the dashed band is the"
        + " closed-form value just after the 6th pulse.", pulses.figures());

    RobertsonDemo.Result robertson = RobertsonDemo.run(dir);
    var r = robertson.result();
    SolverStatistics s = r.statistics();
    System.out.printf(Locale.ROOT, "2. %s%n   at t = 1e5: y1 = %.6e, y2 = %.6e, y3 = %.6e (sum %.15f)%n"
            + "   %d steps, %d rhs, %d Jacobians, %d LU (auto-switching integrator)%n   -> %s%n%n",
        robertson.model().name(), r.last("y1"), r.last("y2"), r.last("y3"), r.last("y1") + r.last("y2") + r.last("y3"),
        s.steps(), s.rhsEvaluations(), s.jacobianEvaluations(), s.luDecompositions(), shown(dir, robertson.csv()));
    report.section("2. Robertson's stiff kinetics", "Three species over eleven decades of time, solved by the"
        + " auto-switching integrator; time on a log10 axis.", robertson.figures());

    BirthDeathDemo.Result ensemble = BirthDeathDemo.run(dir);
    System.out.printf(Locale.ROOT, "3. %s%n   %,d replicates (next-reaction method, seed %d, %d threads, %.2f s)%n"
            + "   at t = %.0f min: mean %.3f, variance %.3f; exact Poisson mean = variance = %.3f (standard error of the"
            + " mean %.3f)%n   -> %s%n%n", ensemble.model().name(), BirthDeathDemo.REPLICATES, BirthDeathDemo.SEED,
        ensemble.threads(), ensemble.seconds(), ensemble.time(), ensemble.mean(), ensemble.variance(), ensemble.exact(),
        ensemble.standardError(), shown(dir, ensemble.csv()));
    report.section("3. Stochastic binding", "Mean of 10,000 next-reaction-method runs with a band of two standard"
        + " deviations, against the exact Poisson mean.", ensemble.figures());

    RunSummary cohort = CohortDemo.run(dir);
    System.out.printf(Locale.ROOT, "4. Virtual cohort (scenario %s of model pulsatile_release)%n"
            + "   %d subjects on %d threads; tidy timecourses, metrics and parameters as CSV and Parquet%n   -> %s%n%n",
        CohortDemo.SCENARIO, cohort.subjects(), cohort.threads(), shown(dir, cohort.outputDirectory()));
    report.section("4. A virtual cohort", "200 subjects whose clearance and bolus vary (log-normal and normal,"
        + " correlated 0.3): median and 5-95 % band of plasma H, and the distribution of each metric.",
        ResultsReport.figures(cohort.outputDirectory()));

    report.build().writeTo(dir.resolve("report"));
  }

  /** {@code p}, written in {@code dir}, where it will be once the directory is in place. */
  private Path shown(Path dir, Path p) {
    return out.resolve(dir.toAbsolutePath().relativize(p.toAbsolutePath()));
  }
}
