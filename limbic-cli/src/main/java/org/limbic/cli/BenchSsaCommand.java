package org.limbic.cli;

import org.limbic.stochastic.StochasticMethods;
import org.limbic.workloads.SsaBenchmark;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code limbic bench ssa}: reaction events per second of a stochastic method on the generated
 * 100-reaction network of {@link SsaBenchmark}, after a warm-up of a fifth of the measured work.
 */
@Command(name = "ssa", mixinStandardHelpOptions = true,
    description = "Measure reaction events per second of a stochastic method on the ring100 network.")
public final class BenchSsaCommand implements Runnable {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--method", defaultValue = "nrm", description = "direct, nrm or tau-leap (default: ${DEFAULT-VALUE})")
  String method;

  @ArgGroup(exclusive = true)
  Amount amount = new Amount();

  static final class Amount {
    @Option(names = "--events", description = "reaction events to measure (default: 2000000)")
    Long events;

    @Option(names = "--seconds", description = "seconds to measure, instead of a number of events")
    Double seconds;
  }

  @Option(names = "--seed", defaultValue = "1", description = "random seed (default: ${DEFAULT-VALUE})")
  long seed;

  @Override
  public void run() {
    if (!StochasticMethods.names().contains(method)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "unknown --method '" + method + "'; known: "
          + String.join(", ", StochasticMethods.names()));
    }
    SsaBenchmark.Result result;
    if (amount != null && amount.seconds != null) {
      result = SsaBenchmark.bySeconds(method, amount.seconds / 5, amount.seconds, seed);
    } else {
      long events = amount != null && amount.events != null ? amount.events : 2_000_000;
      result = SsaBenchmark.byEvents(method, events / 5, events, seed);
    }
    System.out.println(result.line());
  }
}
