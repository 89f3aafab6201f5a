package org.limbic.experiment.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;
import org.limbic.experiment.spec.MetricSpec;

/**
 * Each metric against a closed form of a course sampled on a grid, with the tolerance its
 * discretisation allows (derived in each test), and its NaN cases with their reasons.
 */
class MetricsTest {

  private static double[] grid(double start, double end, int points) {
    double[] t = new double[points];
    for (int i = 0; i < points; i++) {
      t[i] = start + (end - start) * i / (points - 1);
    }
    return t;
  }

  private static double[] sample(double[] t, DoubleUnaryOperator f) {
    double[] y = new double[t.length];
    for (int i = 0; i < t.length; i++) {
      y[i] = f.applyAsDouble(t[i]);
    }
    return y;
  }

  private static MetricSpec metric(MetricSpec.Kind kind, double from, double to, double threshold, MetricSpec.Direction d) {
    return new MetricSpec("m", "y", kind, from, to, threshold, d);
  }

  private static MetricSpec metric(MetricSpec.Kind kind, double from, double to) {
    return new MetricSpec("m", "y", kind, from, to, Double.NaN);
  }

  // ---- time_to_threshold

  /**
   * sin t crosses 0.5 rising at pi/6 and falling at 5 pi/6. Linear interpolation puts a crossing off
   * by at most (h^2/8) max|y''| / |y'| = (h^2/8) / cos(pi/6) = 1.4e-5 for h = 0.01.
   */
  @Test
  void timeToThresholdTakesTheCrossingInItsDirection() {
    double[] t = grid(0, 10, 1001);
    double[] y = sample(t, Math::sin);
    double tol = 0.01 * 0.01 / 8 / Math.cos(Math.PI / 6);
    assertThat(Metrics.compute(metric(MetricSpec.Kind.TIME_TO_THRESHOLD, Double.NaN, Double.NaN, 0.5, MetricSpec.Direction.RISING), t, y))
        .isCloseTo(Math.PI / 6, within(tol));
    assertThat(Metrics.compute(metric(MetricSpec.Kind.TIME_TO_THRESHOLD, Double.NaN, Double.NaN, 0.5, MetricSpec.Direction.FALLING), t, y))
        .isCloseTo(5 * Math.PI / 6, within(tol));
    // the default is rising; from 1 (sin 1 = 0.84, above 0.5) the first rising crossing is the second cycle's
    assertThat(new MetricSpec("m", "y", MetricSpec.Kind.TIME_TO_THRESHOLD, 1, Double.NaN, 0.5).direction())
        .isEqualTo(MetricSpec.Direction.RISING);
    assertThat(Metrics.compute(new MetricSpec("m", "y", MetricSpec.Kind.TIME_TO_THRESHOLD, 1, Double.NaN, 0.5), t, y))
        .isCloseTo(2 * Math.PI + Math.PI / 6, within(tol));
  }

  /** A course that starts at the threshold has not crossed it: sin t first rises through 0 at 2 pi, not at 0. */
  @Test
  void startingAtTheThresholdIsNotACrossing() {
    double[] t = grid(0, 10, 1001);
    double[] y = sample(t, Math::sin);
    // sin is nearly linear at 2 pi (y'' = 0 there): the interpolation error is O(h^3), far below 1e-6
    assertThat(Metrics.compute(metric(MetricSpec.Kind.TIME_TO_THRESHOLD, Double.NaN, Double.NaN, 0, MetricSpec.Direction.RISING), t, y))
        .isCloseTo(2 * Math.PI, within(1e-6));
  }

  @Test
  void aThresholdNeverCrossedInItsDirectionIsNaNWithTheReason() {
    double[] t = grid(0, 10, 101);
    double[] decay = sample(t, x -> 10 * Math.exp(-x));
    assertThat(Metrics.evaluate(metric(MetricSpec.Kind.TIME_TO_THRESHOLD, Double.NaN, Double.NaN, 5, MetricSpec.Direction.RISING), t, decay))
        .isEqualTo(MetricValue.nan("never rose to the threshold"));
    assertThat(Metrics.evaluate(metric(MetricSpec.Kind.TIME_TO_THRESHOLD, Double.NaN, Double.NaN, 20, MetricSpec.Direction.FALLING), t, decay))
        .isEqualTo(MetricValue.nan("never fell to the threshold"));
  }

  // ---- half_life

  /**
   * 10 e^{-0.3 t} has half-life ln 2 / 0.3. The log-linear fit of exact samples is exact but for
   * rounding: each ln y is within 1 ulp (~1e-15 here), and the slope of 130 such points over 13 time
   * units is within ~1e-15 relative; 1e-12 relative leaves three orders for the sums' rounding.
   * The window's ends fall between output times: the fit uses the output times inside only.
   */
  @Test
  void halfLifeOfAnExponentialDecayIsLn2OverK() {
    double k = 0.3;
    double[] t = grid(0, 20, 201);
    double[] y = sample(t, x -> 10 * Math.exp(-k * x));
    double expected = Math.log(2) / k;
    assertThat(Metrics.compute(metric(MetricSpec.Kind.HALF_LIFE, 2.05, 15.05), t, y)).isCloseTo(expected, within(1e-12 * expected));
    assertThat(Metrics.compute(metric(MetricSpec.Kind.HALF_LIFE, Double.NaN, Double.NaN), t, y)).isCloseTo(expected, within(1e-12 * expected));
  }

  @Test
  void halfLifeRefusesACourseThatIsNotPositiveOrNotDecaying() {
    double[] t = grid(0, 10, 11);
    assertThat(Metrics.evaluate(metric(MetricSpec.Kind.HALF_LIFE, Double.NaN, Double.NaN), t, sample(t, x -> 5 - x)))
        .isEqualTo(MetricValue.nan(DecayFit.NOT_POSITIVE));
    assertThat(Metrics.evaluate(metric(MetricSpec.Kind.HALF_LIFE, Double.NaN, Double.NaN), t, sample(t, x -> Math.exp(0.1 * x))))
        .isEqualTo(MetricValue.nan(DecayFit.NOT_DECAYING));
    assertThat(Metrics.evaluate(metric(MetricSpec.Kind.HALF_LIFE, Double.NaN, Double.NaN), t, sample(t, x -> 3)))
        .isEqualTo(MetricValue.nan(DecayFit.NOT_DECAYING));
    // a window between two output times holds none of them
    assertThat(Metrics.evaluate(metric(MetricSpec.Kind.HALF_LIFE, 2.2, 2.8), t, sample(t, x -> Math.exp(-x))))
        .isEqualTo(MetricValue.nan(DecayFit.TOO_FEW));
  }

  // ---- period and amplitude

  /**
   * 3 + 2 sin(w t + 0.7) with period 3 pi / 2 on a grid of h = 0.1 (w h = 0.133), its maxima between
   * output times at offsets that differ from peak to peak (with a period a multiple of h, first and
   * last peak had the same offset, and the period came out exact whatever the refinement). The parabola through a sampled peak and its neighbours puts the peak off in phase by at most
   * max over |x| <= wh/2 of x (wh^2/12 - x^2/3) = (wh)^3 / (18 sqrt 12) (Taylor to 4th order), and off
   * in value by at most (3/128) (wh)^4 A (worst case a peak halfway between output times, checked
   * numerically). The period, (last - first) / (count - 1), is then off by at most twice the phase
   * bound / (w (count - 1)), and the amplitude, half the difference of the mean maximum and minimum,
   * by at most the value bound.
   */
  @Test
  void periodAndAmplitudeOfASinusoid() {
    double period = 1.5 * Math.PI;
    double amplitude = 2;
    double w = 2 * Math.PI / period;
    double h = 0.1;
    double[] t = grid(0, 50, 501);
    double[] y = sample(t, x -> 3 + amplitude * Math.sin(w * x + 0.7));
    Oscillation o = Oscillation.of(t, y);
    assertThat(o.maxima()).hasSize(11); // peaks at (pi/2 - 0.7) / w + 4.71 j, j = 0..10, in [0, 50]
    double phase = Math.pow(w * h, 3) / (18 * Math.sqrt(12));
    assertThat(Metrics.compute(metric(MetricSpec.Kind.PERIOD, Double.NaN, Double.NaN), t, y))
        .isCloseTo(period, within(2 * phase / (w * (o.maxima().size() - 1))));
    assertThat(Metrics.compute(metric(MetricSpec.Kind.AMPLITUDE, Double.NaN, Double.NaN), t, y))
        .isCloseTo(amplitude, within(3.0 / 128 * Math.pow(w * h, 4) * amplitude));
  }

  /**
   * A transient 20 e^{-t} on top of the sinusoid moves the early extrema; from t = 20 it is below
   * 4e-8, and shifts a peak's value by that and its time by about that / (A w^2) ~ 1e-8, both far
   * below the bounds of {@link #periodAndAmplitudeOfASinusoid}, which are allowed here too.
   */
  @Test
  void periodAndAmplitudeAfterAStartTime() {
    double period = 1.5 * Math.PI;
    double w = 2 * Math.PI / period;
    double h = 0.1;
    double[] t = grid(0, 60, 601);
    double[] y = sample(t, x -> 3 + 2 * Math.sin(w * x + 0.7) + 20 * Math.exp(-x));
    double phase = Math.pow(w * h, 3) / (18 * Math.sqrt(12));
    int maxima = Oscillation.of(java.util.Arrays.copyOfRange(t, 200, 601), java.util.Arrays.copyOfRange(y, 200, 601)).maxima().size();
    assertThat(Metrics.compute(metric(MetricSpec.Kind.PERIOD, 20, Double.NaN), t, y))
        .isCloseTo(period, within(2 * phase / (w * (maxima - 1)) + 1e-7));
    assertThat(Metrics.compute(metric(MetricSpec.Kind.AMPLITUDE, 20, Double.NaN), t, y))
        .isCloseTo(2, within(3.0 / 128 * Math.pow(w * h, 4) * 2 + 1e-7));
    // from the start, the transient's bias on the first maxima shows: the amplitude is off by far more
    assertThat(Math.abs(Metrics.compute(metric(MetricSpec.Kind.AMPLITUDE, Double.NaN, Double.NaN), t, y) - 2)).isGreaterThan(1e-3);
  }

  @Test
  void fewerThanTwoMaximaIsNaNWithTheReason() {
    double[] t = grid(0, 50, 501);
    double[] y = sample(t, x -> Math.sin(2 * Math.PI / 5 * x));
    // [0, 6] holds one maximum (t = 1.25) and one minimum (3.75): not one full cycle
    assertThat(Metrics.evaluate(metric(MetricSpec.Kind.PERIOD, 0, 6), t, y)).isEqualTo(MetricValue.nan(Oscillation.TOO_FEW));
    assertThat(Metrics.evaluate(metric(MetricSpec.Kind.AMPLITUDE, 0, 6), t, y)).isEqualTo(MetricValue.nan(Oscillation.TOO_FEW));
    double[] decay = sample(t, x -> Math.exp(-x));
    assertThat(Metrics.evaluate(metric(MetricSpec.Kind.PERIOD, Double.NaN, Double.NaN), t, decay))
        .isEqualTo(MetricValue.nan(Oscillation.TOO_FEW));
  }

  /**
   * A plateau at a maximum is one maximum at its middle, not one per output time. The minimum at t = 4
   * is a corner (slopes 0, -1, 2, 0 around it), not a smooth trough: it keeps its sampled value.
   */
  @Test
  void aFlatTopIsOneMaximumAtItsMiddle() {
    double[] t = {0, 1, 2, 3, 4, 5, 6, 7, 8};
    double[] y = {0, 1, 1, 1, 0, 2, 2, 0, 0};
    Oscillation o = Oscillation.of(t, y);
    assertThat(o.maxima()).containsExactly(new Oscillation.Extremum(2, 1), new Oscillation.Extremum(5.5, 2));
    assertThat(o.minima()).containsExactly(new Oscillation.Extremum(4, 0));
    // the trailing flat 0, 0 ends the course without a rise: not a minimum
    assertThat(Metrics.compute(metric(MetricSpec.Kind.PERIOD, Double.NaN, Double.NaN), t, y)).isEqualTo(3.5);
  }

  /**
   * Pulses: a jump to 10 at 0.37 + 10 j, then decay at k = 0.1733 (half-life 4), sampled every 1. A
   * parabola through the jump would overshoot the peak (to ~11); the peaks keep their sampled value
   * 10 e^{-0.63 k} and the troughs 10 e^{-9.63 k}, exactly (1e-12 for the exponentials' rounding).
   */
  @Test
  void aPeakMadeByAJumpKeepsItsSampledValue() {
    double k = 0.1733;
    double[] t = grid(0, 60, 61);
    double[] y = sample(t, x -> x < 0.37 ? 0 : 10 * Math.exp(-k * ((x - 0.37) % 10)));
    Oscillation o = Oscillation.of(t, y);
    assertThat(o.maxima()).hasSize(6).allSatisfy(m -> assertThat(m.value()).isCloseTo(10 * Math.exp(-0.63 * k), within(1e-12)));
    assertThat(Metrics.compute(metric(MetricSpec.Kind.PERIOD, Double.NaN, Double.NaN), t, y)).isCloseTo(10, within(1e-12));
    assertThat(Metrics.compute(metric(MetricSpec.Kind.AMPLITUDE, Double.NaN, Double.NaN), t, y))
        .isCloseTo((10 * Math.exp(-0.63 * k) - 10 * Math.exp(-9.63 * k)) / 2, within(1e-12));
  }

  // ---- time_above

  /**
   * sin t is above 1/2 for a third of each period (from pi/6 to 5 pi/6): over 10 periods, 20 pi / 3.
   * Each of the 20 crossings is placed by linear interpolation within (h^2/8) / cos(pi/6) (see the
   * time_to_threshold test); sin is concave where it crosses 1/2, so all 20 errors shorten the time
   * and the bound is their sum, 5e-4 for h = 20 pi / 5000 = 0.0126 (with 6000 intervals the crossings
   * fell on output times, and the test could not see the interpolation).
   */
  @Test
  void timeAboveAThresholdOfASinusoid() {
    double end = 20 * Math.PI;
    double h = end / 5000;
    double[] t = grid(0, end, 5001);
    double[] y = sample(t, Math::sin);
    double exact = end / 3;
    double bound = 20 * h * h / 8 / Math.cos(Math.PI / 6);
    double above = Metrics.compute(metric(MetricSpec.Kind.TIME_ABOVE, Double.NaN, Double.NaN, 0.5, MetricSpec.Direction.RISING), t, y);
    assertThat(above).isCloseTo(exact, within(bound)).isLessThanOrEqualTo(exact);
    assertThat(Metrics.compute(metric(MetricSpec.Kind.TIME_ABOVE, Double.NaN, Double.NaN, 2, MetricSpec.Direction.RISING), t, y)).isZero();
    // above -2 all along: the whole window
    assertThat(Metrics.compute(metric(MetricSpec.Kind.TIME_ABOVE, 1, 3, -2, MetricSpec.Direction.RISING), t, y)).isCloseTo(2, within(1e-12));
  }

  /** Linear between output times, the crossings are exact for a piecewise-linear course. */
  @Test
  void timeAboveInterpolatesTheCrossingsLinearly() {
    double[] t = {0, 1, 2, 3};
    double[] y = {0, 2, 0, 4};
    // above 1 on [0.5, 1.5] and [2.25, 3]
    assertThat(Metrics.compute(metric(MetricSpec.Kind.TIME_ABOVE, Double.NaN, Double.NaN, 1, MetricSpec.Direction.RISING), t, y))
        .isCloseTo(1.75, within(1e-15));
  }

  @Test
  void aNonFiniteCourseIsNaNWithTheReason() {
    double[] t = {0, 1, 2};
    double[] y = {1, Double.NaN, 3};
    assertThat(Metrics.evaluate(metric(MetricSpec.Kind.PEAK, Double.NaN, Double.NaN), t, y).nanReason())
        .isEqualTo("the time course is not finite in the window");
  }
}
