package org.limbic.models.demo;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.limbic.compile.CompiledModel;
import org.limbic.compile.ModelCompiler;
import org.limbic.experiment.figure.Figure;
import org.limbic.io.AtomicFile;
import org.limbic.model.Model;
import org.limbic.models.examples.PulsatileRelease;
import org.limbic.simulation.SimulationCsv;
import org.limbic.simulation.SimulationOptions;
import org.limbic.simulation.SimulationResult;
import org.limbic.simulation.Simulator;

/**
 * The demo's first step: a bolus every {@code period} (an event) cleared first-order, an hour of
 * plasma H against its closed form after n pulses, H = bolus (1 − r^n) / (1 − r) with
 * r = e^{−k_clear · period}.
 */
public final class PulsatileDemo {

  /** The pulse after which the simulation is checked against the closed form. */
  static final int PULSES = 6;

  private PulsatileDemo() {
  }

  /**
   * @param afterPulses H just after the {@value #PULSES}th pulse, simulated
   * @param closedForm the same from the closed form
   */
  public record Result(Model model, SimulationResult result, double compileMillis, double afterPulses, double closedForm, Path csv,
                       List<Figure> figures) {
  }

  /** Simulates 60 min, writes the time courses to {@code out/pulsatile_release.csv}. */
  public static Result run(Path out) {
    Model m = new PulsatileRelease().model();
    CompiledModel c = ModelCompiler.compile(m);
    SimulationResult r = new Simulator(c, SimulationOptions.DEFAULTS.withTolerances(1e-8, 1e-10))
        .run(c.newParameters(), Simulator.evenlySpaced(0, 60, 241), List.of("H", "next_pulse"));
    Path file = out.resolve("pulsatile_release.csv");
    AtomicFile.write(file, SimulationCsv.of(r));
    double bolus = parameter(m, "bolus");
    double period = parameter(m, "period");
    double ratio = Math.exp(-parameter(m, "k_clear") * period);
    double closedForm = bolus * (1 - Math.pow(ratio, PULSES)) / (1 - ratio);
    // pulses at 0, period, ...: the last of them is an output time, whose row holds the values after the event
    double afterPulses = r.series("H")[indexOf(r.times(), (PULSES - 1) * period)];
    Figure figure = new Figure.TimeCourse("Pulsatile release: plasma H", "time (min)", "H (pM)",
        List.of(Figure.Series.line("H", r.times(), r.series("H"))),
        Optional.of(new Figure.Band("closed form after pulse " + PULSES, closedForm - 0.05, closedForm + 0.05)));
    return new Result(m, r, c.compileNanos() / 1e6, afterPulses, closedForm, file, List.of(figure));
  }

  private static int indexOf(double[] times, double t) {
    int i = 0;
    while (times[i] < t) {
      i++;
    }
    return i;
  }

  private static double parameter(Model m, String id) {
    return m.parameterById(id).orElseThrow().value();
  }
}
