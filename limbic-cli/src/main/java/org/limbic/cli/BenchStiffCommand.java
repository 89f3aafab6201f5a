package org.limbic.cli;

import org.limbic.models.stiff.StiffModels;
import org.limbic.solve.Integrators;
import org.limbic.workloads.stiff.StiffBenchmark;
import org.limbic.workloads.stiff.StiffProblem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code limbic bench stiff PROBLEM}: one line in bench/cvode_bench.c's format, for
 * bench/stiff-vs-cvode.sh to compare with CVODE on the same machine.
 */
@Command(name = "stiff", mixinStandardHelpOptions = true,
    description = "Solve a stiff test problem (hires, pollu, rober) and print steps, work, mescd and median time"
        + " in cvode_bench's format.")
public final class BenchStiffCommand implements Runnable {

  @Parameters(index = "0", paramLabel = "PROBLEM", description = "hires, pollu or rober")
  String problem;

  @Option(names = "--rtol", defaultValue = "1e-6", description = "relative tolerance (default ${DEFAULT-VALUE})")
  double rtol;

  @Option(names = "--atol", defaultValue = "1e-6", description = "absolute tolerance (default ${DEFAULT-VALUE})")
  double atol;

  @Option(names = "--reps", defaultValue = "51", description = "timed solves; the median is printed (default ${DEFAULT-VALUE})")
  int reps;

  @Option(names = "--method", defaultValue = Integrators.STIFF_DEFAULT,
      description = "integrator (default ${DEFAULT-VALUE}; see Integrators.names())")
  String method;

  @Option(names = "--equations", defaultValue = "compiled",
      description = "compiled (the problem as a Limbic model, compiled to bytecode) or hand (hand-written Java);"
          + " default ${DEFAULT-VALUE}")
  String equations;

  @Override
  public void run() {
    StiffProblem p = switch (equations) {
      case "compiled" -> StiffModels.compiled(problem.toLowerCase(java.util.Locale.ROOT));
      case "hand" -> StiffProblem.named(problem);
      default -> throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "--equations must be 'compiled' or 'hand', got '" + equations + "'");
    };
    System.out.println(StiffBenchmark.run(p, rtol, atol, reps, method));
  }

  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;
}
