package org.limbic.experiment.inputs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.limbic.experiment.file.ExampleDecayModel;
import org.limbic.experiment.scenario.Scenario;
import org.limbic.simulation.SimulationResult;

/**
 * Issue #15: time-varying parameters (inputs) written in an experiment file, against closed forms.
 * example_decay with release 0 and plasma 1 is dH/dt = base(t) - k H; {@code base} follows the input.
 */
class InputFileTest {

  private static SimulationResult run(String name, String parameters, String time, String input) {
    String yaml = "model: example_decay\nparameters: {release: 0, " + parameters + "}\ntime: " + time
        + "\nsolver: {rtol: 1.0e-10, atol: 1.0e-12}\ninterventions:\n  - input: {base: " + input + "}\n";
    return Scenario.of(ExampleDecayModel.ID, name, yaml, () -> new ExampleDecayModel().model()).run(Map.of());
  }

  /**
   * u = m + A sin(w t + theta) into dH/dt = u - k H: the response settles to m / k + A / sqrt(k^2 +
   * w^2) sin(w t + theta - phi), phi = atan(w / k), the lag of a first-order low-pass filter. The
   * amplitude and lag are measured by projecting H onto sin and cos over the last 5 of 10 periods (the
   * trapezoid rule over whole periods is exact for a sinusoid), and the whole course is checked
   * against the closed form with its transient.
   *
   * <p>rtol 1e-10 in the file: the decay is contractive, so the error stays near rtol times the value
   * (~6), 6e-10: 1e-9 for the course. The projection also sees what is left of the transient from t =
   * 40, 1.6 e^{-20} = 3e-10: 1e-9 for the amplitude and the lag (radians) too. Measured: course
   * 1.2e-11, amplitude 1.6e-10, lag 2.2e-10.
   */
  @Test
  void aSinusoidalInputGivesTheAmplitudeAndLagOfAFirstOrderFilter() {
    double k = 0.5;
    double w = 2 * Math.PI / 8;
    double a = 2;
    double m = 3;
    double theta = 0.3;
    SimulationResult r = run("sine", "k_clear: 0.5", "{end: 80, points: 1601}",
        "{sin: {period: 8, amplitude: 2, mean: 3, phase: 0.3}}");
    double gain = a / Math.sqrt(k * k + w * w);
    double lag = Math.atan(w / k);
    double[] t = r.times();
    double[] h = r.series("H");
    for (int i = 0; i < t.length; i++) {
      double exact = m / k * (1 - Math.exp(-k * t[i]))
          + gain * (Math.sin(w * t[i] + theta - lag) - Math.sin(theta - lag) * Math.exp(-k * t[i]));
      assertThat(h[i]).as("H(%s)", t[i]).isCloseTo(exact, within(1e-9));
    }
    double s = 0;
    double c = 0;
    int from = 800; // t = 40
    for (int i = from; i < t.length; i++) {
      double weight = (i == from || i == t.length - 1 ? 0.5 : 1) * (t[1] - t[0]);
      s += weight * h[i] * Math.sin(w * t[i]);
      c += weight * h[i] * Math.cos(w * t[i]);
    }
    double span = t[t.length - 1] - t[from];
    s *= 2 / span;
    c *= 2 / span;
    // H - m/k = gain sin(w t + theta - phi) = gain [cos(theta - phi) sin(w t) + sin(theta - phi) cos(w t)]
    assertThat(Math.hypot(s, c)).as("amplitude").isCloseTo(gain, within(1e-9));
    assertThat(theta - Math.atan2(c, s)).as("phase lag").isCloseTo(lag, within(1e-9));
    assertThat(r.series("base")[from]).as("the parameter itself").isCloseTo(m + a * Math.sin(w * 40 + theta), within(1e-12));
  }

  /** The integral from 0 to t of the table's linear interpolation, held at its end values outside it. */
  private static double integral(double[][] table, double t) {
    double sum = table[0][1] * Math.min(t, table[0][0]);
    for (int i = 1; i < table.length && t > table[i - 1][0]; i++) {
      double t0 = table[i - 1][0];
      double v0 = table[i - 1][1];
      double slope = (table[i][1] - v0) / (table[i][0] - t0);
      double end = Math.min(t, table[i][0]);
      sum += v0 * (end - t0) + slope * (end - t0) * (end - t0) / 2;
    }
    double last = table[table.length - 1][0];
    return sum + (t > last ? table[table.length - 1][1] * (t - last) : 0);
  }

  /**
   * With no clearance H(t) is the integral of the input: piecewise quadratic for a linear table. The
   * integrator restarts at every table time (each is a switch of the rule: TimeSwitches), and between
   * them the right-hand side is linear in t, which both methods integrate exactly, so the error is
   * rounding only: 1e-9 on values up to 90 (measured 4.3e-14). Table times 7.3 and 31.3 fall
   * between output times, so the kinks are not met by the output grid alone.
   */
  @Test
  void aPiecewiseLinearInputIntegratesToTheClosedFormOfItsIntegral() {
    double[][] table = {{5, 1}, {7.3, 3}, {12.5, 4}, {20, 4}, {31.3, 0.5}};
    SimulationResult r = run("table", "k_clear: 0", "{end: 40, points: 161}",
        "{table: [[5, 1], [7.3, 3], [12.5, 4], [20, 4], [31.3, 0.5]], interpolate: linear}");
    double[] t = r.times();
    for (int i = 0; i < t.length; i++) {
      assertThat(r.series("H")[i]).as("H(%s)", t[i]).isCloseTo(integral(table, t[i]), within(1e-9));
    }
    assertThat(r.series("base")[0]).as("held at the first value before the table").isEqualTo(1.0);
    assertThat(r.last("base")).as("held at the last value after it").isEqualTo(0.5);
  }

  /** A step table holds each value until the next time: H is piecewise linear (measured error 7.1e-15; tolerance as above). */
  @Test
  void aStepInputIntegratesToPiecewiseLinear() {
    SimulationResult r = run("step", "k_clear: 0", "{end: 20, points: 81}",
        "{table: [[0, 2], [7.3, 0], [15, 5]], interpolate: step}");
    double[] t = r.times();
    for (int i = 0; i < t.length; i++) {
      double exact = 2 * Math.min(t[i], 7.3) + 5 * Math.max(0, t[i] - 15);
      assertThat(r.series("H")[i]).as("H(%s)", t[i]).isCloseTo(exact, within(1e-9));
    }
  }
}
