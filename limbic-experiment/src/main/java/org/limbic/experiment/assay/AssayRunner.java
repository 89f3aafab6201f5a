package org.limbic.experiment.assay;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.limbic.experiment.library.Assay;
import org.limbic.experiment.library.AssayGroup;
import org.limbic.experiment.results.OutputDirectory;
import org.limbic.experiment.results.UnitRows;
import org.limbic.experiment.run.ExperimentFailedException;

/**
 * Runs the assays of an {@link AssayExperiment}, a group per task on {@code threads} threads, and
 * writes the results whole into a directory: one CSV file per assay with a row per animal (its
 * group's parameter values, then its measures) and {@code groups.csv} with each group's summary
 * ({@link GroupSummary}). Groups seed their own animals, so the files are the same for any thread
 * count.
 */
public final class AssayRunner {

  private AssayRunner() {
  }

  /** What ran: a summary per group and measure, in the file's order, and where the files went. */
  public record Outcome(AssayExperiment experiment, List<GroupSummary> summaries, int animals, int threads, double seconds,
                        Path directory) {
    public Outcome {
      summaries = List.copyOf(summaries);
    }
  }

  /** Runs into {@code out}, which must not exist or be empty; {@code fileText}, if not null, is kept beside the results. */
  public static Outcome run(AssayExperiment experiment, String fileText, int threads, Path out) {
    return run(experiment, fileText, threads, out, o -> { });
  }

  /**
   * As {@link #run(AssayExperiment, String, int, Path)}; {@code recorder} gets the outcome when the
   * files are written and before they are put in place (a run catalog records it there), and a
   * failure of it keeps nothing.
   */
  public static Outcome run(AssayExperiment experiment, String fileText, int threads, Path out,
                            java.util.function.Consumer<Outcome> recorder) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be 1 or more, not " + threads);
    }
    OutputDirectory.requireUsable(out);
    long start = System.nanoTime();
    List<GroupResult> results = runGroups(experiment, threads);
    List<GroupSummary> summaries = new ArrayList<>();
    results.forEach(r -> summaries.addAll(GroupSummary.of(r.study().assay(), r.group(), r.animals())));
    int animals = results.stream().mapToInt(r -> r.animals().size()).sum();
    return OutputDirectory.write(out, dir -> {
      if (fileText != null) {
        Files.writeString(dir.resolve(org.limbic.experiment.run.ExperimentRunner.SPEC_FILE), fileText);
      }
      write(dir, results, summaries);
      Outcome o = new Outcome(experiment, summaries, animals, threads, (System.nanoTime() - start) / 1e9, out);
      recorder.accept(o);
      return o;
    });
  }

  record GroupResult(AssayExperiment.Study study, AssayGroup group, List<Assay.AnimalResult> animals) {
  }

  private static List<GroupResult> runGroups(AssayExperiment experiment, int threads) {
    List<Future<GroupResult>> futures = new ArrayList<>();
    try (ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "limbic-assay");
      t.setDaemon(true);
      return t;
    })) {
      for (AssayExperiment.Study study : experiment.studies()) {
        for (AssayGroup group : study.groups()) {
          futures.add(pool.submit(() -> new GroupResult(study, group, study.assay().run(group, experiment.seed()))));
        }
      }
      List<GroupResult> results = new ArrayList<>(futures.size());
      for (Future<GroupResult> f : futures) {
        results.add(f.get());
      }
      return results;
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IllegalArgumentException iae) {
        throw iae;
      }
      throw new ExperimentFailedException(experiment.source() + ": an assay group failed (nothing was written): " + cause, cause);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ExperimentFailedException(experiment.source() + ": interrupted (nothing was written)", e);
    }
  }

  /** The per-animal file of each assay, named after it, and groups.csv. */
  private static void write(Path dir, List<GroupResult> results, List<GroupSummary> summaries) throws IOException {
    Map<String, StringBuilder> files = new LinkedHashMap<>();
    for (GroupResult r : results) {
      Assay assay = r.study().assay();
      StringBuilder sb = files.computeIfAbsent(assay.name(), name -> header(assay));
      String settings = String.join(",", assay.parameters().stream().map(p -> cell(r.group().values().get(p.name()))).toList());
      for (Assay.AnimalResult a : r.animals()) {
        sb.append(r.group().index()).append(',').append(settings).append(',').append(a.animal());
        for (double m : a.measures()) {
          sb.append(',').append(m);
        }
        sb.append('\n');
      }
    }
    for (Map.Entry<String, StringBuilder> f : files.entrySet()) {
      Files.writeString(dir.resolve(f.getKey() + ".csv"), f.getValue());
    }
    Files.writeString(dir.resolve("groups.csv"), GroupSummary.csv(summaries));
  }

  private static StringBuilder header(Assay assay) {
    StringBuilder sb = new StringBuilder("group");
    assay.parameters().forEach(p -> sb.append(',').append(p.name()));
    sb.append(",animal");
    assay.measures().forEach(m -> sb.append(',').append(m.name()));
    return sb.append('\n');
  }

  /** A parameter value as a CSV field: numbers in Java's shortest exact form, as every results table writes them. */
  static String cell(Object value) {
    return UnitRows.text(value.toString());
  }
}
