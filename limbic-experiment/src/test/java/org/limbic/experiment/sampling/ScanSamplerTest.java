package org.limbic.experiment.sampling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.limbic.experiment.spec.ScanSpec;
import org.limbic.experiment.spec.ScanSpec.Dimension;

class ScanSamplerTest {

  private static Dimension range(String p, double min, double max, int steps, boolean log) {
    return new Dimension(p, new double[0], min, max, steps, log);
  }

  @Test
  void gridIsTheFullFactorialWithTheFirstDimensionSlowest() {
    ScanSpec scan = new ScanSpec(ScanSpec.Method.GRID, 0, List.of(
        new Dimension("a", new double[] {1, 2}, 0, 0, 0, false), range("b", 10, 30, 3, false)));
    ScanSampler s = new ScanSampler(scan, 1);
    assertThat(s.size()).isEqualTo(6);
    double[][] expected = {{1, 10}, {1, 20}, {1, 30}, {2, 10}, {2, 20}, {2, 30}};
    for (int i = 0; i < 6; i++) {
      double[] out = new double[2];
      s.sample(i, out);
      assertThat(out).containsExactly(expected[i]);
    }
  }

  @Test
  void logScaleGridStepsAreGeometric() {
    double[] v = ScanSampler.gridValues(range("k", 0.01, 100, 5, true));
    assertThat(v[0]).isEqualTo(0.01);
    assertThat(v[4]).isEqualTo(100);
    for (int i = 0; i < 5; i++) {
      assertThat(v[i]).isCloseTo(Math.pow(10, -2 + i), within(1e-12 * Math.pow(10, -2 + i))); // rounding of exp(log)
    }
  }

  @Test
  void latinHypercubeHitsEachStratumOfEachDimensionOnce() {
    int n = 97;
    ScanSpec scan = new ScanSpec(ScanSpec.Method.LATIN_HYPERCUBE, n, List.of(
        range("a", 0, 1, 0, false), range("b", 1, 1000, 0, true), range("c", -5, 5, 0, false)));
    ScanSampler s = new ScanSampler(scan, 42);
    int[][] hits = new int[3][n];
    for (int i = 0; i < n; i++) {
      double[] x = new double[3];
      s.sample(i, x);
      hits[0][(int) Math.floor(x[0] * n)]++;
      hits[1][(int) Math.floor(Math.log(x[1]) / Math.log(1000) * n)]++;
      hits[2][(int) Math.floor((x[2] + 5) / 10 * n)]++;
    }
    for (int[] dimension : hits) {
      assertThat(dimension).containsOnly(1);
    }
  }

  @Test
  void randomPointsStayInRangeAndDependOnlyOnSeedAndIndex() {
    ScanSpec scan = new ScanSpec(ScanSpec.Method.RANDOM, 1000, List.of(range("a", 2, 3, 0, false), range("b", 1e-3, 1e3, 0, true)));
    ScanSampler s = new ScanSampler(scan, 7);
    double[] later = new double[2];
    s.sample(999, later);
    for (int i = 0; i < 1000; i++) {
      double[] x = new double[2];
      s.sample(i, x);
      assertThat(x[0]).isBetween(2.0, 3.0);
      assertThat(x[1]).isBetween(1e-3, 1e3);
    }
    double[] again = new double[2];
    new ScanSampler(scan, 7).sample(999, again);
    assertThat(again).containsExactly(later);
  }
}
