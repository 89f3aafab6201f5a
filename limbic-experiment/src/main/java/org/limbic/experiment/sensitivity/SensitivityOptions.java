package org.limbic.experiment.sensitivity;

/**
 * How to run a sensitivity analysis; change with {@code withX} copies.
 *
 * @param seed the root of the design's randomization and of the bootstrap: the same seed, the same indices
 * @param threads threads evaluating the design's points (the indices do not depend on it)
 * @param resamples bootstrap resamples of the confidence intervals
 * @param confidence the intervals' coverage, e.g. 0.95
 * @param levels Morris only: the grid's number of levels p (even, at least 2)
 */
public record SensitivityOptions(long seed, int threads, int resamples, double confidence, int levels) {

  /** 1,000 resamples: the percentile ends then move by about 0.1 of the interval's width between seeds. */
  public static final int DEFAULT_RESAMPLES = 1000;
  /** p = 4 levels, the usual choice with Delta = p / (2 (p - 1)) (Morris 1991; Saltelli et al. 2008, sec. 3.3). */
  public static final int DEFAULT_LEVELS = 4;

  public SensitivityOptions {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, got " + threads);
    }
    if (levels < 2 || levels % 2 != 0) {
      throw new IllegalArgumentException("Morris levels must be even and at least 2, got " + levels);
    }
    new Bootstrap(resamples, confidence, seed); // checks them
  }

  /** Seed 0, all cores, 1,000 resamples, 95 % intervals, 4 levels. */
  public static SensitivityOptions defaults() {
    return new SensitivityOptions(0, Runtime.getRuntime().availableProcessors(), DEFAULT_RESAMPLES, 0.95, DEFAULT_LEVELS);
  }

  public SensitivityOptions withSeed(long s) {
    return new SensitivityOptions(s, threads, resamples, confidence, levels);
  }

  public SensitivityOptions withThreads(int n) {
    return new SensitivityOptions(seed, n, resamples, confidence, levels);
  }

  public SensitivityOptions withResamples(int n) {
    return new SensitivityOptions(seed, threads, n, confidence, levels);
  }

  public SensitivityOptions withConfidence(double c) {
    return new SensitivityOptions(seed, threads, resamples, c, levels);
  }

  public SensitivityOptions withLevels(int p) {
    return new SensitivityOptions(seed, threads, resamples, confidence, p);
  }

  Bootstrap bootstrap() {
    return new Bootstrap(resamples, confidence, seed);
  }
}
