package org.limbic.experiment.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;

/**
 * Runs claim checks in parallel, each with the same seed, and returns the results in the order the
 * claims were given (so output does not depend on scheduling). A check that throws fails, with the
 * exception as its measured value: a broken check must never pass silently.
 */
public final class ClaimRunner {

  private ClaimRunner() {
  }

  /** One claim to run, with the id of its model. */
  public record Entry(String model, Claim claim) {
  }

  /**
   * The claims of model {@code modelId}, or only {@code claimId} if not null. A claim checked in parts
   * (e.g. GUT-1/add-on and GUT-1/alone) is selected whole by its brief id (GUT-1) or part by part.
   */
  public static List<Entry> select(String modelId, List<Claim> claims, String claimId) {
    List<Entry> entries = new ArrayList<>();
    for (Claim c : claims) {
      if (claimId == null || c.id().equalsIgnoreCase(claimId) || c.id().toUpperCase(java.util.Locale.ROOT)
          .startsWith(claimId.toUpperCase(java.util.Locale.ROOT) + "/")) {
        entries.add(new Entry(modelId, c));
      }
    }
    return entries;
  }

  /**
   * @param progress called with the number of finished checks after each finishes
   */
  public static List<ClaimResult> run(List<Entry> entries, long seed, int threads, IntConsumer progress) {
    List<Study> studies = entries.stream().map(e -> new Study(e, seed)).toList();
    return inParallel(studies, threads, progress, s -> runOne(s.entry(), s.seed()));
  }

  /**
   * Runs every claim once per seed {@code firstSeed, firstSeed + 1, …, firstSeed + seeds − 1} (all
   * claim×seed pairs share one pool) and counts how often each holds. The counts do not depend on
   * the thread count: each study sees only its own seed.
   *
   * @param progress called with the number of finished studies after each finishes
   */
  public static List<ClaimPower> power(List<Entry> entries, long firstSeed, int seeds, int threads, IntConsumer progress) {
    if (seeds < 1) {
      throw new IllegalArgumentException("need at least 1 seed, got " + seeds);
    }
    List<Study> studies = new ArrayList<>();
    for (int s = 0; s < seeds; s++) {
      for (Entry e : entries) {
        studies.add(new Study(e, firstSeed + s));
      }
    }
    List<ClaimResult> results = inParallel(studies, threads, progress, study -> {
      ClaimResult full = runOne(study.entry(), study.seed());
      // keep the verdicts, drop the figures: 200 seeds of trajectories need not stay in memory
      return new ClaimResult(full.model(), full.claim(), withoutFigures(full.outcome()), withoutFigures(full.removalOutcome()),
          full.seconds());
    });
    List<ClaimPower> powers = new ArrayList<>();
    for (int c = 0; c < entries.size(); c++) {
      int passes = 0;
      int removalPasses = 0;
      int errors = 0;
      double seconds = 0;
      String firstFailure = "";
      for (int s = 0; s < seeds; s++) {
        ClaimResult r = results.get(s * entries.size() + c);
        seconds += r.seconds();
        removalPasses += r.removalOutcome() != null && r.removalOutcome().pass() ? 1 : 0;
        if (r.outcome().pass()) {
          passes++;
        } else {
          errors += r.outcome().measured().startsWith("error: ") ? 1 : 0;
          if (firstFailure.isEmpty()) {
            firstFailure = "seed " + (firstSeed + s) + ": " + r.outcome().measured();
          }
        }
      }
      powers.add(new ClaimPower(entries.get(c).model(), entries.get(c).claim(), passes, seeds, errors, firstFailure,
          entries.get(c).claim().removal().applicable() ? removalPasses : -1, seconds));
    }
    return powers;
  }

  /** One claim check with one seed. */
  private record Study(Entry entry, long seed) {
  }

  /** Results in the order of {@code studies}, whatever order the pool finishes them in. */
  private static List<ClaimResult> inParallel(List<Study> studies, int threads, IntConsumer progress,
                                              java.util.function.Function<Study, ClaimResult> check) {
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
    try {
      List<Future<ClaimResult>> futures = new ArrayList<>();
      int[] done = {0};
      for (Study study : studies) {
        futures.add(pool.submit(() -> {
          ClaimResult r = check.apply(study);
          synchronized (done) {
            progress.accept(++done[0]);
          }
          return r;
        }));
      }
      List<ClaimResult> results = new ArrayList<>();
      for (Future<ClaimResult> f : futures) {
        results.add(f.get());
      }
      return results;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while checking claims", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("claim runner failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  /** The claim's check and, where it has one, its removal test, both with {@code seed}. */
  static ClaimResult runOne(Entry e, long seed) {
    long start = System.nanoTime();
    ClaimOutcome outcome = outcome(e.claim().check(), seed);
    Removal removal = e.claim().removal();
    ClaimOutcome removed = removal.applicable() ? outcome(removal.check(), seed) : null;
    return new ClaimResult(e.model(), e.claim(), outcome, removed, (System.nanoTime() - start) / 1e9);
  }

  /** A check's outcome; one that throws is a failed outcome whose measured value is the error. */
  static ClaimOutcome outcome(ClaimCheck check, long seed) {
    try {
      return check.run(seed);
    } catch (RuntimeException ex) {
      return new ClaimOutcome(false, "error: " + ex.getMessage(), "the check to run", List.of());
    }
  }

  static ClaimOutcome withoutFigures(ClaimOutcome o) {
    return o == null ? null : new ClaimOutcome(o.pass(), o.measured(), o.expected(), List.of());
  }
}
