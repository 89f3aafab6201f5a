package org.limbic.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.limbic.compile.CompiledModel;
import org.limbic.compile.ModelCompiler;
import org.limbic.model.Model;
import org.limbic.models.examples.PulsatileRelease;
import org.limbic.models.examples.Robertson;
import org.limbic.simulation.SimulationOptions;
import org.limbic.simulation.SimulationResult;
import org.limbic.simulation.Simulator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code limbic demo}: a tour of the engine on three small models, writing their time courses as
 * CSV and printing what a newcomer should look at.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Run the engine's demonstration models and write their time courses as CSV.")
final class DemoCommand implements Callable<Integer> {

  @Option(names = "--out", defaultValue = "out/demo", description = "Output directory (default: ${DEFAULT-VALUE}).")
  Path out;

  @Override
  public Integer call() {
    System.out.println("Limbic engine demo: models compiled to JVM bytecode, solved with events, written to " + out);
    System.out.println();
    pulsatileRelease();
    robertson();
    stochasticBirthDeath();
    return 0;
  }

  /** Pulses every 10 min cleared first-order; after n pulses H = bolus (1 - r^n) / (1 - r), r = e^{-10 k}. */
  private void pulsatileRelease() {
    Model m = new PulsatileRelease().model();
    CompiledModel c = ModelCompiler.compile(m);
    SimulationResult r = new Simulator(c, SimulationOptions.DEFAULTS.withTolerances(1e-8, 1e-10))
        .run(c.newParameters(), Simulator.evenlySpaced(0, 60, 241), List.of("H", "next_pulse"));
    Path file = out.resolve("pulsatile_release.csv");
    AtomicFile.write(file, Csv.of(r));
    System.out.printf(Locale.ROOT, "1. %s%n   %d pulses (events at t = %s min); H just after the 6th pulse = %.4f pM "
            + "(closed form %.4f); compiled in %.1f ms%n   -> %s%n%n", m.name(), r.events().size(),
        r.events().stream().map(e -> String.format(Locale.ROOT, "%.0f", e.time())).toList(),
        r.series("H")[200], 10 * geometric(Math.exp(-Math.log(2) / 4.0 * 10), 6), c.compileNanos() / 1e6, file);
  }

  private static double geometric(double ratio, int terms) {
    return (1 - Math.pow(ratio, terms)) / (1 - ratio);
  }

  /** Robertson's stiff kinetics to t = 1e5 with the auto-switching integrator. */
  private void robertson() {
    Model m = new Robertson().model();
    CompiledModel c = ModelCompiler.compile(m);
    double[] times = new double[12];
    times[0] = 0;
    for (int i = 1; i < times.length; i++) {
      times[i] = Math.pow(10, i - 6);
    }
    SimulationResult r = new Simulator(c, SimulationOptions.DEFAULTS.withTolerances(1e-8, 1e-12))
        .run(c.newParameters(), times, List.of("y1", "y2", "y3"));
    Path file = out.resolve("robertson.csv");
    AtomicFile.write(file, Csv.of(r));
    var s = r.statistics();
    System.out.printf(Locale.ROOT, "2. %s%n   at t = 1e5: y1 = %.6e, y2 = %.6e, y3 = %.6e (sum %.15f)%n"
            + "   %d steps, %d rhs, %d Jacobians, %d LU (auto-switching integrator)%n   -> %s%n%n",
        m.name(), r.last("y1"), r.last("y2"), r.last("y3"), r.last("y1") + r.last("y2") + r.last("y3"),
        s.steps(), s.rhsEvaluations(), s.jacobianEvaluations(), s.luDecompositions(), file);
  }

  private void stochasticBirthDeath() {
    StochasticDemo.run(out);
  }
}
