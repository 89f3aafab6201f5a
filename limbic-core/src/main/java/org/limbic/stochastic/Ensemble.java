package org.limbic.stochastic;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

/**
 * R independent replicates of a stochastic run, reduced to per-sample means and variances. Replicate
 * r is seeded with {@link ReplicateSeeds#seed(long, long)}; replicates are grouped in fixed blocks of
 * {@value #BLOCK} (independent of the thread count), each block is accumulated in replicate order,
 * and blocks are merged in block order. So the result is bit-for-bit the same with 1 thread or many.
 */
public final class Ensemble {

  static final int BLOCK = 64;

  private Ensemble() {
  }

  public static EnsembleMoments run(ReactionNetwork network, double[] x0, double t0, double[] sampleTimes,
                                    long seed, int replicates, String method, int threads) {
    return run(network, x0, t0, sampleTimes, seed, replicates, StochasticMethods.factory(method), threads);
  }

  /**
   * @param methods makes one method per block (methods are not thread-safe)
   * @param threads worker threads, >= 1; does not change the result
   */
  public static EnsembleMoments run(ReactionNetwork network, double[] x0, double t0, double[] sampleTimes,
                                    long seed, int replicates, Supplier<StochasticMethod> methods, int threads) {
    StochasticSimulation.checkSampleTimes(t0, sampleTimes);
    double[] times = sampleTimes.clone();
    double[] start = x0.clone();
    return run(network.speciesCount(), times, seed, replicates, () -> {
      StochasticMethod method = methods.get();
      return (random, out) -> StochasticSimulation.sample(network, start, t0, times, random, method, out);
    }, threads);
  }

  /**
   * One replicate's run, sampled: writes {@code columns} values per sample time into {@code out}
   * (row-major, sample by column), drawing only from {@code random}. Not thread-safe; the ensemble
   * makes one per block.
   */
  @FunctionalInterface
  public interface Replicate {
    void sample(RandomGenerator random, double[] out);
  }

  /**
   * The general ensemble: any replicate that records {@code columns} values per sample time (species
   * counts, parameters that events change, rule values), with the same seeding and block order.
   *
   * @param sampleTimes checked by the caller, not modified
   * @param replicas makes one replicate runner per block
   * @param threads worker threads, >= 1; does not change the result
   */
  public static EnsembleMoments run(int columns, double[] sampleTimes, long seed, int replicates,
                                    Supplier<Replicate> replicas, int threads) {
    if (replicates < 1) {
      throw new IllegalArgumentException("an ensemble needs at least 1 replicate, got " + replicates);
    }
    if (threads < 1) {
      throw new IllegalArgumentException("an ensemble needs at least 1 thread, got " + threads);
    }
    double[] times = sampleTimes.clone();
    int size = times.length * columns;
    int blocks = (replicates + BLOCK - 1) / BLOCK;
    MomentAccumulator total = new MomentAccumulator(size);
    try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
      List<Future<MomentAccumulator>> parts = new ArrayList<>(blocks);
      for (int b = 0; b < blocks; b++) {
        int first = b * BLOCK;
        int end = Math.min(replicates, first + BLOCK);
        parts.add(pool.submit(() -> block(seed, first, end, replicas.get(), size)));
      }
      for (Future<MomentAccumulator> part : parts) {
        total.merge(part.get());
      }
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw new IllegalStateException("ensemble replicate failed", e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("ensemble interrupted", e);
    }
    return new EnsembleMoments(times, columns, replicates, total.mean(), total.variance());
  }

  private static MomentAccumulator block(long seed, int first, int end, Replicate replicate, int size) {
    MomentAccumulator moments = new MomentAccumulator(size);
    double[] samples = new double[size];
    for (int r = first; r < end; r++) {
      replicate.sample(StochasticSimulation.random(ReplicateSeeds.seed(seed, r)), samples);
      moments.add(samples);
    }
    return moments;
  }
}
