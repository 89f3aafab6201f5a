package org.limbic.experiment.sensitivity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Evaluates a design's points on several threads and returns the values by point index, so that
 * everything computed from them is the same whatever the thread count: threads take the next
 * unclaimed block of points, and each value lands in its own row. Blocks of {@value #BLOCK} points
 * keep the hand-over cost (microseconds) below an evaluation's even for a one-line model.
 */
final class PointEvaluation {

  static final int BLOCK = 64;

  private PointEvaluation() {
  }

  /**
   * The outputs at every point, {@code values[i][m]} output m at point i.
   *
   * @throws EvaluationFailedException naming the first point (by index) that threw or gave a value that is not finite
   */
  static double[][] evaluate(double[][] points, List<Factor> factors, ModelResponse response, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, got " + threads);
    }
    double[][] values = new double[points.length][];
    int blocks = (points.length + BLOCK - 1) / BLOCK;
    AtomicInteger next = new AtomicInteger();
    Runnable worker = () -> {
      for (int b = next.getAndIncrement(); b < blocks; b = next.getAndIncrement()) {
        for (int i = b * BLOCK; i < Math.min(points.length, (b + 1) * BLOCK); i++) {
          values[i] = evaluateOne(points[i], i, factors, response);
        }
      }
    };
    int n = Math.min(threads, Math.max(1, blocks));
    if (n == 1) {
      worker.run();
      return values;
    }
    ExecutorService pool = Executors.newFixedThreadPool(n, r -> Thread.ofPlatform().daemon().name("limbic-gsa").unstarted(r));
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < n; t++) {
        futures.add(pool.submit(worker));
      }
      EvaluationFailedException first = null;
      for (Future<?> f : futures) {
        try {
          f.get();
        } catch (ExecutionException e) {
          if (!(e.getCause() instanceof EvaluationFailedException fail)) {
            throw new IllegalStateException("sensitivity evaluation failed: " + e.getCause(), e.getCause());
          }
          first = first == null || fail.point() < first.point() ? fail : first;
        }
      }
      if (first != null) {
        // the earliest failing point whatever the thread count: blocks are claimed in order and a thread
        // stops only inside the block that failed, so every point before the earliest reported one ran
        throw first;
      }
      return values;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted during a sensitivity analysis", e);
    } finally {
      pool.shutdownNow();
    }
  }

  private static double[] evaluateOne(double[] point, int index, List<Factor> factors, ModelResponse response) {
    double[] y;
    try {
      y = response.evaluate(point.clone());
    } catch (RuntimeException e) {
      throw new EvaluationFailedException(index, "the model failed at point " + index + " (" + describe(point, factors) + "): "
          + e.getMessage() + "; narrow the ranges or fix the model there", e);
    }
    if (y.length != response.outputs().size()) {
      throw new IllegalStateException("the response gave " + y.length + " values for " + response.outputs().size() + " outputs");
    }
    for (int m = 0; m < y.length; m++) {
      if (!Double.isFinite(y[m])) {
        throw new EvaluationFailedException(index, "output '" + response.outputs().get(m) + "' is " + y[m] + " at point " + index
            + " (" + describe(point, factors) + "); the indices need a finite value at every point (a metric with no value"
            + " there is NaN: a time_to_threshold never crossed, a half_life of a course that does not decay, a period or"
            + " amplitude with fewer than 2 maxima: choose another metric, threshold or window)", null);
      }
    }
    return y;
  }

  static String describe(double[] point, List<Factor> factors) {
    StringBuilder s = new StringBuilder();
    for (int k = 0; k < point.length; k++) {
      s.append(k == 0 ? "" : ", ").append(factors.get(k).name()).append(" = ").append(String.format(Locale.ROOT, "%.6g", point[k]));
    }
    return s.toString();
  }
}
