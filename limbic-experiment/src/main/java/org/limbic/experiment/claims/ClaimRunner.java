package org.limbic.experiment.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;
import org.limbic.experiment.library.BuiltInModel;

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

  /** Every claim of the given models, or only {@code claimId} if not null. */
  public static List<Entry> select(List<BuiltInModel> models, String claimId) {
    List<Entry> entries = new ArrayList<>();
    for (BuiltInModel m : models) {
      for (Claim c : m.claims()) {
        if (claimId == null || c.id().equalsIgnoreCase(claimId)) {
          entries.add(new Entry(m.id(), c));
        }
      }
    }
    return entries;
  }

  /**
   * @param progress called with the number of finished checks after each finishes
   */
  public static List<ClaimResult> run(List<Entry> entries, long seed, int threads, IntConsumer progress) {
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
    try {
      List<Future<ClaimResult>> futures = new ArrayList<>();
      int[] done = {0};
      for (Entry e : entries) {
        futures.add(pool.submit(() -> {
          ClaimResult r = runOne(e, seed);
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

  static ClaimResult runOne(Entry e, long seed) {
    long start = System.nanoTime();
    ClaimOutcome outcome;
    try {
      outcome = e.claim().check().run(seed);
    } catch (RuntimeException ex) {
      outcome = new ClaimOutcome(false, "error: " + ex.getMessage(), "the check to run", List.of());
    }
    return new ClaimResult(e.model(), e.claim(), outcome, (System.nanoTime() - start) / 1e9);
  }
}
