package org.limbic.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.limbic.compile.CompiledModel;
import org.limbic.compile.ModelCompiler;
import org.limbic.experiment.launch.ExperimentSource;
import org.limbic.experiment.results.OutputDirectory;
import org.limbic.experiment.spec.ModelRef;
import org.limbic.model.Model;
import org.limbic.model.Species;
import org.limbic.sbml.SbmlModels;
import org.limbic.steady.ConservationLaws;
import org.limbic.steady.SteadyStateOptions;
import org.limbic.steady.SteadyStateResult;
import org.limbic.steady.SteadyStateSolver;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code limbic steady-state FILE}: the steady state of a model (an SBML file, an experiment file,
 * whose parameters and steady_state values apply, or a built-in model id), by Newton's method on
 * the reduced system or by simulation ({@link SteadyStateSolver}). A failure to reach one is a
 * {@link org.limbic.steady.SteadyStateException}, exit code 1 with the residual reached.
 */
@Command(name = "steady-state", mixinStandardHelpOptions = true,
    description = {"The steady state of a model: an SBML file, an experiment file (its parameters and its"
        + " steady_state values apply; interventions do not) or a built-in model id.",
        "Prints each state's steady amount (and concentration), the method, iterations and residual.",
        "Exit codes: 0 ok, 1 no steady state reached, 2 bad input."})
public final class SteadyStateCommand implements Runnable {

  @Parameters(index = "0", paramLabel = "FILE", description = "an SBML model, an experiment file (.yaml) or a built-in model id")
  String file;

  @Option(names = "--method", defaultValue = "auto", paramLabel = "M",
      description = "auto (Newton, then simulation), newton or simulation (default: ${DEFAULT-VALUE})")
  String method;

  @Option(names = "--out", paramLabel = "DIR", description = "write steady_state.csv into DIR (must not exist or be empty)")
  Path out;

  @Override
  public void run() {
    SteadyStateOptions.Strategy strategy = switch (method) {
      case "auto" -> SteadyStateOptions.Strategy.NEWTON_THEN_SIMULATION;
      case "newton" -> SteadyStateOptions.Strategy.NEWTON;
      case "simulation" -> SteadyStateOptions.Strategy.SIMULATION;
      default -> throw new IllegalArgumentException("unknown --method '" + method + "'; use auto, newton or simulation");
    };
    if (out != null) {
      OutputDirectory.requireUsable(out);
    }
    Input input = input();
    CompiledModel compiled = ModelCompiler.compile(input.model());
    if (compiled.layout().stateIds().isEmpty()) {
      throw new IllegalArgumentException("model '" + input.model().id() + "' has no species or rate rules: it has no state"
          + " whose steady state could be found");
    }
    double[] p = compiled.newParameters();
    input.values().forEach((id, v) -> p[compiled.parameterIndex(id)] = v);
    SteadyStateResult r = new SteadyStateSolver(compiled, SteadyStateOptions.DEFAULTS.withStrategy(strategy)).solve(p);
    List<String> lines = rows(compiled, p, r);
    System.out.println(String.format(Locale.ROOT, "steady state of %s: %s, %d %s, residual %.3g (|f_i| <= 1e-12 + 1e-8 |y_i| needs <= 1)%s",
        input.model().id(), r.method().name().toLowerCase(Locale.ROOT), r.iterations(),
        r.method() == SteadyStateResult.Method.NEWTON ? "iteration(s)" : "decade(s) of time", r.residual(),
        Double.isNaN(r.time()) ? "" : String.format(Locale.ROOT, " at t = %.6g", r.time())));
    if (!r.note().isEmpty()) {
      System.out.println("  " + r.note());
    }
    ConservationLaws laws = r.conservationLaws();
    for (int k = 0; k < laws.count(); k++) {
      System.out.println(String.format(Locale.ROOT, "  conserved: %s = %.10g", laws.describe(k), laws.totals(r.state())[k]));
    }
    System.out.println(String.format(Locale.ROOT, "%-24s %18s %18s", "state", "amount", "concentration"));
    for (String line : lines) {
      String[] c = line.split(",", -1);
      System.out.println(String.format(Locale.ROOT, "%-24s %18s %18s", c[0], digits(c[1]), digits(c[2])));
    }
    if (out != null) {
      String method = r.method().name().toLowerCase(Locale.ROOT);
      StringBuilder csv = new StringBuilder("state,amount,concentration,method,iterations,residual\n");
      for (String line : lines) {
        csv.append(line).append(',').append(method).append(',').append(r.iterations()).append(',')
            .append(r.residual()).append('\n');
      }
      OutputDirectory.write(out, dir -> Files.writeString(dir.resolve("steady_state.csv"), csv));
      System.out.println("wrote " + out.resolve("steady_state.csv"));
    }
  }

  private static String digits(String value) {
    return value.isEmpty() ? "" : String.format(Locale.ROOT, "%.10g", Double.parseDouble(value));
  }

  /** One line per state: id, amount, concentration (empty for what is not a species in a compartment). */
  private static List<String> rows(CompiledModel compiled, double[] p, SteadyStateResult r) {
    Model model = compiled.model();
    List<String> ids = compiled.layout().stateIds();
    double[] y = r.state();
    List<String> rows = new java.util.ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      String concentration = "";
      Species s = model.speciesById(ids.get(i)).orElse(null);
      if (s != null) {
        int c = compiled.layout().stateIndex(s.compartment());
        double size = c >= 0 ? y[c] : p[compiled.parameterIndex(s.compartment())];
        concentration = Double.toString(y[i] / size);
      }
      rows.add(ids.get(i) + "," + y[i] + "," + concentration);
    }
    return rows;
  }

  private record Input(Model model, Map<String, Double> values) {
  }

  private Input input() {
    Path path = Path.of(file);
    String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".yaml") || name.endsWith(".yml")) {
      ExperimentSource source = ExperimentSource.read(path, ExperimentLauncher.MODELS);
      Map<String, Double> values = new LinkedHashMap<>(source.spec().parameters());
      source.spec().steadyState().ifPresent(s -> values.putAll(s.parameters()));
      return new Input(source.model(), values);
    }
    if (Files.isRegularFile(path)) {
      return new Input(SbmlModels.load(path), Map.of());
    }
    if (file.contains("/") || file.contains(".")) {
      throw new IllegalArgumentException("no such file: " + file + "; give an SBML file, an experiment file or a built-in model id");
    }
    if (org.limbic.experiment.library.ModelLibrary.find(file).filter(org.limbic.experiment.library.BuiltInModel::agentBased)
        .isPresent()) {
      throw new IllegalArgumentException("model '" + file + "' is agent-based: its animals have no equations to solve for a"
          + " steady state; give one of the ODE models (limbic models lists them)");
    }
    Model model = ExperimentLauncher.MODELS.resolve(new ModelRef.BuiltIn(file)).orElseThrow();
    return new Input(model, Map.of());
  }
}
