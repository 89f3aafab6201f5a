package org.limbic.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.limbic.experiment.file.ExperimentFiles;
import org.limbic.experiment.run.InterventionCompiler;
import org.limbic.experiment.spec.ExperimentSpec;
import org.limbic.model.Model;
import org.limbic.workloads.CompileBenchmark;
import org.limbic.workloads.GeneratedNetworks;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code limbic bench compile}: {@link CompileBenchmark} on each generated network size, then on
 * each experiment file's model with its interventions as events (what {@code limbic run} compiles),
 * one line each.
 */
@Command(name = "compile", mixinStandardHelpOptions = true,
    description = "Compile time of generated networks and of experiment files' models (median of --reps after warm-up).")
final class BenchCompileCommand implements Runnable {

  @Option(names = "--reactions", split = ",", defaultValue = "100,1000", description = "Network sizes (default: ${DEFAULT-VALUE}).")
  int[] sizes;

  @Option(names = "--network", defaultValue = "mass-action",
      description = "mass-action (random uni- and bimolecular) or decays (S_i -> P, 100 sources; sizes multiples of 100) "
          + "(default: ${DEFAULT-VALUE}).")
  String network;

  @Option(names = "--experiment", description = "An experiment file whose model, with its interventions, is compiled "
      + "instead of the networks (repeatable).")
  List<Path> experiments = new ArrayList<>();

  @Option(names = "--reps", defaultValue = "11", description = "Timed compilations per model (default: ${DEFAULT-VALUE}).")
  int reps;

  @Override
  public void run() {
    if (!experiments.isEmpty()) {
      for (Path file : experiments) {
        ExperimentSpec spec = ExperimentFiles.read(file, ExperimentLauncher.MODELS);
        Model model = ExperimentLauncher.MODELS.resolve(spec.model()).orElseThrow();
        System.out.println(CompileBenchmark.run(InterventionCompiler.compile(model, spec.interventions()).model(), reps).line());
      }
      return;
    }
    for (int size : sizes) {
      Model model = switch (network) {
        case "mass-action" -> GeneratedNetworks.massAction(size);
        case "decays" -> GeneratedNetworks.parallelDecays(size);
        default -> throw new IllegalArgumentException("--network is mass-action or decays, not '" + network + "'");
      };
      System.out.println(CompileBenchmark.run(model, reps).line());
    }
  }
}
