package org.limbic.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.limbic.experiment.figure.Figure;
import org.limbic.experiment.file.ExperimentFiles;
import org.limbic.experiment.results.OutputDirectory;
import org.limbic.experiment.sensitivity.ExperimentSensitivity;
import org.limbic.experiment.sensitivity.SensitivityIndex;
import org.limbic.experiment.sensitivity.SensitivityOptions;
import org.limbic.experiment.sensitivity.SensitivityResult;
import org.limbic.experiment.spec.SensitivityExperiment;
import org.limbic.experiment.spec.SensitivitySpec;
import org.limbic.model.Model;
import org.limbic.report.HtmlReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code limbic sensitivity FILE --out DIR}: the global sensitivity analysis of an experiment file's
 * {@code sensitivity} section (Sobol indices or Morris effects of its metrics, docs/experiment-files.md).
 * Writes {@code indices.csv} (parameter, metric, index, value, ci_low, ci_high), the experiment file,
 * and {@code report/index.html} (each metric's indices with their intervals), atomically; the same
 * file and seed give the same indices on any thread count.
 */
@Command(name = "sensitivity", mixinStandardHelpOptions = true,
    description = {"Global sensitivity of an experiment file's metrics: Sobol first- and total-order indices or Morris"
        + " elementary effects, with bootstrap confidence intervals.",
        "Exit codes: 0 ok, 1 the model failed at a point of the design, 2 bad input."})
public final class SensitivityCommand implements Runnable {

  @Parameters(index = "0", paramLabel = "FILE", description = "an experiment file with a 'sensitivity' section")
  Path file;

  @Option(names = "--method", paramLabel = "sobol|morris", description = "the method (default: the file's)")
  String method;

  @Option(names = "--samples", paramLabel = "N", description = "Sobol base rows N or Morris trajectories r (default: the file's)")
  Integer samples;

  @Option(names = "--seed", paramLabel = "S", description = "seed of the design and the bootstrap (default: the file's)")
  Long seed;

  @Option(names = "--threads", paramLabel = "T", description = "threads (default: all cores); the indices do not depend on it")
  Integer threads;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "output directory; must not exist or be empty")
  Path out;

  @Override
  public void run() {
    OutputDirectory.requireUsable(out);
    SensitivityExperiment experiment = ExperimentFiles.readSensitivity(file, ExperimentLauncher.MODELS);
    Model model = ExperimentLauncher.MODELS.resolve(experiment.experiment().model()).orElseThrow();
    SensitivitySpec.Method m = method == null ? experiment.sensitivity().method() : method(method);
    int n = samples == null ? experiment.sensitivity().samples() : samples;
    SensitivityOptions options = ExperimentSensitivity.options(experiment);
    options = seed == null ? options : options.withSeed(seed);
    options = threads == null ? options : options.withThreads(threads);
    long begin = System.nanoTime();
    SensitivityResult result = ExperimentSensitivity.run(experiment, model, m, n, options);
    double seconds = (System.nanoTime() - begin) / 1e9;
    String text = ExperimentFiles.text(file);
    HtmlReport report = report(experiment, result, text);
    OutputDirectory.write(out, dir -> {
      Files.writeString(dir.resolve("indices.csv"), result.csv());
      Files.writeString(dir.resolve("experiment.yaml"), text);
      report.writeTo(dir.resolve("report"));
      return null;
    });
    System.out.print(result.table());
    System.out.printf(Locale.ROOT, "sensitivity %s: %s, %d samples, %d runs (seed %d) on %d threads in %.1f s -> %s%n",
        experiment.experiment().name(), result.method(), n, result.evaluations(), options.seed(), options.threads(), seconds, out);
  }

  private static SensitivitySpec.Method method(String text) {
    for (SensitivitySpec.Method m : SensitivitySpec.Method.values()) {
      if (m.name().equalsIgnoreCase(text)) {
        return m;
      }
    }
    throw new IllegalArgumentException("--method " + text + ": unknown; use sobol or morris");
  }

  /** A figure per metric and kind: each factor's index with its interval. */
  private static HtmlReport report(SensitivityExperiment experiment, SensitivityResult result, String text) {
    HtmlReport.Builder b = HtmlReport.builder("Sensitivity: " + experiment.experiment().name()).spec(text);
    for (String metric : result.outputs()) {
      List<Figure> figures = new ArrayList<>();
      for (SensitivityIndex.Kind kind : SensitivityIndex.Kind.values()) {
        List<Figure.Row> rows = result.indices().stream().filter(i -> i.output().equals(metric) && i.kind() == kind)
            .map(i -> new Figure.Row(i.factor(), i.value(), i.ciLow(), i.ciHigh())).toList();
        if (!rows.isEmpty()) {
          figures.add(new Figure.Forest(metric + ": " + kind.label() + " by parameter", kind.label() + " (bootstrap interval)", rows, 0));
        }
      }
      b.section("Metric " + metric, String.format(Locale.ROOT, "%s, %d samples, %d runs.", result.method(), result.samples(),
          result.evaluations()), figures);
    }
    return b.build();
  }
}
