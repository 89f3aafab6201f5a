package org.limbic.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.limbic.experiment.file.ExperimentFileException;
import org.limbic.experiment.launch.ExperimentSource;
import org.limbic.experiment.launch.RecordedExperiment;
import org.limbic.experiment.run.ExperimentFailedException;
import org.limbic.experiment.run.RunOptions;
import org.limbic.model.ModelException;
import org.limbic.solve.SolverException;

/**
 * Mutated experiment files (issue #14): {@value #MUTANTS} seeded mutants of the documented example
 * files (a value replaced by a bad or extreme one, a line dropped, doubled or swapped, a key
 * misspelt, the indentation shifted, a list or map where a scalar was, an alias, a second
 * document, invalid UTF-8, the file cut short) are read and run as {@code limbic run} does. None may
 * crash (a throwable other than the library's refusals), hang (over {@value #HANG_SECONDS} s), or be
 * refused without saying where: an experiment-file error names the file, line and column.
 * {@code LIMBIC_FUZZ_LOG=1} prints each mutant, its mutation and its outcome.
 */
class ExperimentFileFuzzTest {

  static final int MUTANTS = 100;
  /** The largest example runs in about a second; 30 s is a hang. */
  static final int HANG_SECONDS = 30;
  private static final long SEED = 20261202L;
  /**
   * Bad and extreme values. Counts stop at 10^5 so that a mutant that is valid stays a few seconds of
   * work; the bounds on larger ones (10^8 points, repeats, steps) have tests of their own.
   */
  private static final String[] VALUES = {"-1", "0", "1.0e-300", "1.0e308", ".nan", ".inf", "-.inf", "abc", "2.5", "100000",
      "\"\"", "[1, 2]", "{a: 1}", "*x", "~", "true", "0x10", "1e3"};
  private static final Pattern NUMBER = Pattern.compile("(?<![\\w.])-?\\d+(\\.\\d+)?([eE][+-]?\\d+)?(?![\\w.])");
  private static final List<String> EXAMPLES = List.of("docs/examples/pulsatile-run.yaml", "docs/examples/clearance-scan.yaml",
      "docs/examples/cohort.yaml", "limbic-models/src/main/resources/org/limbic/models/examples/pulsatile-cohort.yaml");

  enum Outcome { RAN, REFUSED, FAILED_RUNS, CRASHED, HUNG }

  @TempDir
  Path tmp;

  @Test
  void mutantsAreRunOrRefusedWithALocationAndNeverCrashOrHang() throws Exception {
    Path root = projectRoot();
    List<String> bases = new ArrayList<>();
    for (String e : EXAMPLES) {
      bases.add(Files.readString(root.resolve(e)));
    }
    SplittableRandom random = new SplittableRandom(SEED);
    Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
    List<String> failures = new ArrayList<>();
    ExecutorService worker = newWorker();
    try {
      for (int i = 0; i < MUTANTS; i++) {
        int base = random.nextInt(bases.size());
        Mutant m = mutate(bases.get(base), random);
        Path file = tmp.resolve(String.format("m%03d.yaml", i));
        Files.write(file, m.bytes());
        Path out = tmp.resolve(String.format("out%03d", i));
        Path catalog = tmp.resolve("catalog.duckdb");
        Future<?> run = worker.submit(() -> {
          ExperimentSource source = ExperimentSource.read(file, ExperimentLauncher.MODELS);
          RecordedExperiment.run(source, out, RunOptions.defaults().withThreads(1), catalog);
          return null;
        });
        Outcome outcome;
        String detail = "";
        try {
          run.get(HANG_SECONDS, TimeUnit.SECONDS);
          outcome = Outcome.RAN;
        } catch (TimeoutException e) {
          run.cancel(true);
          worker.shutdownNow();
          worker = newWorker();
          outcome = Outcome.HUNG;
        } catch (ExecutionException e) {
          Throwable cause = e.getCause();
          detail = cause.toString();
          if (cause instanceof ExperimentFailedException) {
            outcome = Outcome.FAILED_RUNS;
          } else if (refusal(cause)) {
            outcome = Outcome.REFUSED;
            if (cause instanceof ExperimentFileException && !cause.getMessage().contains(file.getFileName().toString())) {
              failures.add(file.getFileName() + " (" + EXAMPLES.get(base) + ", " + m.mutation() + "): refused without the file: " + detail);
            }
          } else {
            outcome = Outcome.CRASHED;
          }
        }
        counts.merge(outcome, 1, Integer::sum);
        if (System.getenv("LIMBIC_FUZZ_LOG") != null) {
          System.out.println(file.getFileName() + " " + EXAMPLES.get(base) + " | " + m.mutation() + " | " + outcome + " " + detail);
        }
        if (outcome == Outcome.CRASHED || outcome == Outcome.HUNG) {
          failures.add(file.getFileName() + " (" + EXAMPLES.get(base) + ", " + m.mutation() + "): " + outcome + " " + detail);
        }
      }
    } finally {
      worker.shutdownNow();
    }
    System.out.printf("experiment-file fuzz: %d mutants (seed %d): ran %d, refused %d, all runs failed %d, crashed %d, hung %d%n",
        MUTANTS, SEED, counts.getOrDefault(Outcome.RAN, 0), counts.getOrDefault(Outcome.REFUSED, 0),
        counts.getOrDefault(Outcome.FAILED_RUNS, 0), counts.getOrDefault(Outcome.CRASHED, 0), counts.getOrDefault(Outcome.HUNG, 0));
    assertThat(failures).as("mutants that crashed, hung or were refused without a location").isEmpty();
  }

  /** The library's ways of refusing an input or a run: each says what went wrong. */
  private static boolean refusal(Throwable e) {
    return e instanceof ExperimentFileException || e instanceof ModelException || e instanceof SolverException
        || e instanceof UncheckedIOException || e instanceof IllegalArgumentException && !(e instanceof NumberFormatException);
  }

  record Mutant(byte[] bytes, String mutation) {
  }

  static Mutant mutate(String text, SplittableRandom random) {
    List<String> lines = new ArrayList<>(text.lines().toList());
    int at = random.nextInt(lines.size());
    String line = lines.get(at);
    String done;
    switch (random.nextInt(10)) {
      case 0, 1 -> {
        List<int[]> numbers = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
          Matcher m = NUMBER.matcher(lines.get(i));
          while (m.find() && !lines.get(i).stripLeading().startsWith("#")) {
            numbers.add(new int[] {i, m.start(), m.end()});
          }
        }
        int[] n = numbers.get(random.nextInt(numbers.size()));
        String value = VALUES[random.nextInt(VALUES.length)];
        String old = lines.get(n[0]);
        lines.set(n[0], old.substring(0, n[1]) + value + old.substring(n[2]));
        done = "line " + (n[0] + 1) + ": " + old.substring(n[1], n[2]) + " -> " + value;
      }
      case 2 -> {
        lines.remove(at);
        done = "dropped line " + (at + 1);
      }
      case 3 -> {
        lines.add(at, line);
        done = "doubled line " + (at + 1);
      }
      case 4 -> {
        int other = random.nextInt(lines.size());
        lines.set(at, lines.get(other));
        lines.set(other, line);
        done = "swapped lines " + (at + 1) + " and " + (other + 1);
      }
      case 5 -> {
        lines.set(at, line.replaceFirst("([a-z_]+):", "$1x:"));
        done = "misspelt the key on line " + (at + 1);
      }
      case 6 -> {
        lines.set(at, random.nextBoolean() ? "  " + line : line.replaceFirst("^ {1,2}", ""));
        done = "shifted line " + (at + 1);
      }
      case 7 -> {
        lines.add(at, random.nextBoolean() ? "---" : "anchor: &x 5");
        done = "inserted a document marker or an anchor before line " + (at + 1);
      }
      case 8 -> {
        byte[] head = (String.join("\n", lines.subList(0, at)) + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = String.join("\n", lines.subList(at, lines.size())).getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[head.length + 2 + tail.length];
        System.arraycopy(head, 0, bytes, 0, head.length);
        bytes[head.length] = (byte) 0xC3; // a two-byte sequence cut after its first byte
        bytes[head.length + 1] = (byte) 0x28;
        System.arraycopy(tail, 0, bytes, head.length + 2, tail.length);
        return new Mutant(bytes, "invalid UTF-8 at line " + (at + 1));
      }
      default -> {
        String all = String.join("\n", lines);
        int cut = random.nextInt(Math.max(1, all.length()));
        return new Mutant(all.substring(0, cut).getBytes(StandardCharsets.UTF_8), "cut at character " + cut);
      }
    }
    return new Mutant((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8), done);
  }

  private static Path projectRoot() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve("docs/examples"))) {
        return dir;
      }
    }
    throw new IllegalStateException("no docs/examples above " + Path.of("").toAbsolutePath());
  }

  private static ExecutorService newWorker() {
    return Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "experiment-fuzz");
      t.setDaemon(true);
      return t;
    });
  }
}
