package org.limbic.models.demo;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.limbic.compile.CompiledModel;
import org.limbic.compile.ModelCompiler;
import org.limbic.experiment.figure.Figure;
import org.limbic.io.AtomicFile;
import org.limbic.model.Model;
import org.limbic.models.examples.Robertson;
import org.limbic.simulation.SimulationCsv;
import org.limbic.simulation.SimulationOptions;
import org.limbic.simulation.SimulationResult;
import org.limbic.simulation.Simulator;

/** The demo's second step: Robertson's stiff kinetics to t = 1e5 with the auto-switching integrator, times log-spaced. */
public final class RobertsonDemo {

  private RobertsonDemo() {
  }

  public record Result(Model model, SimulationResult result, Path csv, List<Figure> figures) {
  }

  /** Solves at 0 and 55 times from 1e-6 to 1e5, writes them to {@code out/robertson.csv}. */
  public static Result run(Path out) {
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
    Figure figure = new Figure.TimeCourse("Robertson: y1, 1e4 y2, y3", "log10 time (s)", "amount (dimensionless)",
        List.of(Figure.Series.line("y1", logTime, y1), Figure.Series.line("1e4 y2", logTime, y2),
            Figure.Series.line("y3", logTime, y3)), Optional.empty());
    return new Result(m, r, file, List.of(figure));
  }
}
