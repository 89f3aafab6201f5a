package org.limbic.experiment.stats;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.function.LongPredicate;
import java.util.stream.IntStream;

/**
 * Power by simulation: run the same virtual study with many seeds and count how often it rejects
 * (or, for a claim, passes). The fraction comes with its Wilson interval, so 200 runs say how well
 * the rate is known (± about 6 points near 80 %).
 */
public final class Power {

  private Power() {
  }

  /**
   * @param seeds how many virtual studies
   * @param firstSeed study k uses seed {@code firstSeed + k}, so any single study can be rerun alone
   * @param threads parallel studies; the result does not depend on it (each study owns its seed)
   * @param study true when the study rejects (or passes)
   */
  public static Estimate bySimulation(int seeds, long firstSeed, int threads, LongPredicate study) {
    if (seeds < 1) {
      throw new IllegalArgumentException("power needs at least 1 simulated study, got " + seeds);
    }
    AtomicInteger hits = new AtomicInteger();
    IntConsumer one = k -> {
      if (study.test(firstSeed + k)) {
        hits.incrementAndGet();
      }
    };
    if (threads <= 1) {
      IntStream.range(0, seeds).forEach(one);
    } else {
      ForkJoinPool pool = new ForkJoinPool(threads);
      try {
        pool.submit(() -> IntStream.range(0, seeds).parallel().forEach(one)).join();
      } finally {
        pool.shutdown();
      }
    }
    return Tests.wilson(hits.get(), seeds);
  }
}
