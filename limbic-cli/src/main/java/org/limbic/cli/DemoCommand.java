package org.limbic.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.limbic.compile.CompiledModel;
import org.limbic.compile.ModelCompiler;
import org.limbic.experiment.figure.Figure;
import org.limbic.experiment.file.ExperimentFiles;
import org.limbic.experiment.run.ExperimentRunner;
import org.limbic.experiment.run.RunOptions;
import org.limbic.experiment.results.RunSummary;
import org.limbic.experiment.spec.ExperimentSpec;
import org.limbic.model.Model;
import org.limbic.models.examples.PulsatileRelease;
import org.limbic.models.examples.Robertson;
import org.limbic.report.HtmlReport;
import org.limbic.report.ResultsReport;
import org.limbic.io.AtomicFile;
import org.limbic.simulation.SimulationCsv;
import org.limbic.simulation.SimulationOptions;
import org.limbic.simulation.SimulationResult;
import org.limbic.simulation.Simulator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code limbic demo}: a tour of the engine on the built-in examples. Writes each model's time
 * courses as CSV, runs a virtual cohort through the experiment runner (tidy CSV + Parquet), and
 * bundles the plots into an HTML report, printing what a newcomer should look at.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Run the demonstration models, write their results and an HTML report with plots.")
final class DemoCommand implements Callable<Integer> {

  @Option(names = "--out", defaultValue = "out/demo", description = "Output directory (default: ${DEFAULT-VALUE}).")
  Path out;

  @Override
  public Integer call() {
    System.out.println("Limbic engine demo: models compiled to JVM bytecode, solved with events, written to " + out);
    System.out.println();
    HtmlReport.Builder report = HtmlReport.builder("Limbic demo: the engine on its built-in examples");
    report.section("1. Pulsatile release", "A bolus every 10 min (an event) cleared first-order; the dashed band is the"
        + " closed-form value just after the 6th pulse.", pulsatileRelease());
    report.section("2. Robertson's stiff kinetics", "Three species over eleven decades of time, solved by the"
        + " auto-switching integrator; time on a log10 axis.", robertson());
    report.section("3. Stochastic binding", "Mean of 10,000 next-reaction-method runs with a band of two standard"
        + " deviations, against the exact Poisson mean.", StochasticDemo.run(out));
    report.section("4. A virtual cohort", "200 subjects whose clearance and bolus vary (log-normal and normal,"
        + " correlated 0.3): median and 5-95 % band of plasma H, and the distribution of each metric.", cohort());
    Path index = report.build().writeTo(out.resolve("report"));
    System.out.println("Report with all plots: " + index.toAbsolutePath().normalize());
    return 0;
  }

  /** Pulses every 10 min cleared first-order; after n pulses H = bolus (1 - r^n) / (1 - r), r = e^{-10 k}. */
  private List<Figure> pulsatileRelease() {
    Model m = new PulsatileRelease().model();
    CompiledModel c = ModelCompiler.compile(m);
    SimulationResult r = new Simulator(c, SimulationOptions.DEFAULTS.withTolerances(1e-8, 1e-10))
        .run(c.newParameters(), Simulator.evenlySpaced(0, 60, 241), List.of("H", "next_pulse"));
    Path file = out.resolve("pulsatile_release.csv");
    AtomicFile.write(file, SimulationCsv.of(r));
    double closedForm = 10 * geometric(Math.exp(-Math.log(2) / 4.0 * 10), 6);
    System.out.printf(Locale.ROOT, "1. %s%n   %d pulses (events at t = %s min); H just after the 6th pulse = %.4f pM "
            + "(closed form %.4f); compiled in %.1f ms%n   -> %s%n%n", m.name(), r.events().size(),
        r.events().stream().map(e -> String.format(Locale.ROOT, "%.0f", e.time())).toList(),
        r.series("H")[200], closedForm, c.compileNanos() / 1e6, file);
    return List.of(new Figure.TimeCourse("Pulsatile release: plasma H", "time (min)", "H (pM)",
        List.of(Figure.Series.line("H", r.times(), r.series("H"))),
        Optional.of(new Figure.Band("closed form after pulse 6", closedForm - 0.05, closedForm + 0.05))));
  }

  private static double geometric(double ratio, int terms) {
    return (1 - Math.pow(ratio, terms)) / (1 - ratio);
  }

  /** Robertson's stiff kinetics to t = 1e5 with the auto-switching integrator. */
  private List<Figure> robertson() {
    Model m = new Robertson().model();
    CompiledModel c = ModelCompiler.compile(m);
    double[] times = new double[56];
    for (int i = 0; i < times.length; i++) {
      times[i] = i == 0 ? 0 : Math.pow(10, -6 + 11.0 * (i - 1) / (times.length - 2));
    }
    SimulationResult r = new Simulator(c, SimulationOptions.DEFAULTS.withTolerances(1e-8, 1e-12))
        .run(c.newParameters(), times, List.of("y1", "y2", "y3"));
    Path file = out.resolve("robertson.csv");
    AtomicFile.write(file, SimulationCsv.of(r));
    var s = r.statistics();
    System.out.printf(Locale.ROOT, "2. %s%n   at t = 1e5: y1 = %.6e, y2 = %.6e, y3 = %.6e (sum %.15f)%n"
            + "   %d steps, %d rhs, %d Jacobians, %d LU (auto-switching integrator)%n   -> %s%n%n",
        m.name(), r.last("y1"), r.last("y2"), r.last("y3"), r.last("y1") + r.last("y2") + r.last("y3"),
        s.steps(), s.rhsEvaluations(), s.jacobianEvaluations(), s.luDecompositions(), file);
    double[] logTime = new double[times.length - 1];
    double[] y1 = new double[logTime.length];
    double[] y2 = new double[logTime.length];
    double[] y3 = new double[logTime.length];
    for (int i = 1; i < times.length; i++) {
      logTime[i - 1] = Math.log10(times[i]);
      y1[i - 1] = r.values()[i][0];
      y2[i - 1] = r.values()[i][1] * 1e4;
      y3[i - 1] = r.values()[i][2];
    }
    return List.of(new Figure.TimeCourse("Robertson: y1, 1e4 y2, y3", "log10 time (s)", "amount (dimensionless)",
        List.of(Figure.Series.line("y1", logTime, y1), Figure.Series.line("1e4 y2", logTime, y2),
            Figure.Series.line("y3", logTime, y3)), Optional.empty()));
  }

  /** The pulsatile model's cohort scenario through the experiment runner, as a user's experiment file would run. */
  private List<Figure> cohort() {
    String yaml = new PulsatileRelease().scenarios().get("pulsatile-cohort");
    ExperimentSpec spec = ExperimentFiles.parse(yaml, "pulsatile-cohort.yaml", Path.of("."));
    Path results = out.resolve("cohort");
    RunSummary summary = new ExperimentRunner(RunOptions.defaults().withRunId("demo-cohort").withSpecText(yaml))
        .run(spec, new PulsatileRelease().model(), results);
    System.out.printf(Locale.ROOT, "4. Virtual cohort (scenario pulsatile-cohort of model pulsatile_release)%n"
            + "   %d subjects on %d threads; tidy timecourses, metrics and parameters as CSV and Parquet%n   -> %s%n%n",
        summary.subjects(), summary.threads(), summary.outputDirectory());
    return ResultsReport.figures(results);
  }
}
