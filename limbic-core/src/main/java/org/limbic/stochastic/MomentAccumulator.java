package org.limbic.stochastic;

/**
 * Running mean and sum of squared deviations of a vector of values: Welford's update for one
 * observation, and the pairwise merge of Chan, Golub &amp; LeVeque 1983 (The American Statistician
 * 37:242, eq. 2.1) for two accumulators. Both are numerically stable; merged in a fixed order they give
 * the same bits whatever the thread that computed each part.
 */
final class MomentAccumulator {

  private long count;
  private final double[] mean;
  private final double[] squares;

  MomentAccumulator(int size) {
    mean = new double[size];
    squares = new double[size];
  }

  /** Adds one observation; allocates nothing. */
  void add(double[] values) {
    count++;
    for (int i = 0; i < mean.length; i++) {
      double delta = values[i] - mean[i];
      mean[i] += delta / count;
      squares[i] += delta * (values[i] - mean[i]);
    }
  }

  void merge(MomentAccumulator other) {
    if (other.count == 0) {
      return;
    }
    long total = count + other.count;
    double weight = (double) count * other.count / total;
    for (int i = 0; i < mean.length; i++) {
      double delta = other.mean[i] - mean[i];
      mean[i] += delta * other.count / total;
      squares[i] += other.squares[i] + delta * delta * weight;
    }
    count = total;
  }

  long count() {
    return count;
  }

  double[] mean() {
    return mean.clone();
  }

  /** Unbiased sample variance (divisor n - 1); NaN for fewer than two observations. */
  double[] variance() {
    double[] variance = new double[squares.length];
    for (int i = 0; i < variance.length; i++) {
      variance[i] = count > 1 ? squares[i] / (count - 1) : Double.NaN;
    }
    return variance;
  }
}
