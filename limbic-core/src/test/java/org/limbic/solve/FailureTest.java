package org.limbic.solve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FailureTest {

  /** y' = y², y(0) = 1 blows up at t = 1: no step size can pass it. */
  private static final OdeSystem BLOW_UP = new OdeSystem() {
    public int dimension() {
      return 1;
    }

    public void rhs(double t, double[] y, double[] d) {
      d[0] = y[0] * y[0];
    }

    public void jacobian(double t, double[] y, double[] j) {
      j[0] = 2 * y[0];
    }
  };

  /** "glucose" falls linearly; "insulin" grows with 1/glucose, which is infinite once glucose hits 0. */
  private static final OdeSystem DIVIDES_BY_ZERO = new OdeSystem() {
    public int dimension() {
      return 2;
    }

    public void rhs(double t, double[] y, double[] d) {
      d[0] = -1;
      d[1] = y[0] == 0 ? Double.POSITIVE_INFINITY : (y[0] < 0 ? Double.NaN : Math.log(y[0]));
    }

    public void jacobian(double t, double[] y, double[] j) {
      j[0] = 0;
      j[1] = 0;
      j[2] = 1 / y[0];
      j[3] = 0;
    }

    public String variableName(int i) {
      return i == 0 ? "glucose" : "insulin";
    }
  };

  private static final OdeSystem NAN_AT_START = new OdeSystem() {
    public int dimension() {
      return 2;
    }

    public void rhs(double t, double[] y, double[] d) {
      d[0] = 1;
      d[1] = y[0] / y[1]; // 0/0
    }

    public void jacobian(double t, double[] y, double[] j) {
      java.util.Arrays.fill(j, 0);
    }

    public String variableName(int i) {
      return i == 0 ? "a" : "oxytocin";
    }
  };

  @ParameterizedTest
  @ValueSource(strings = {"dopri5", "rodas5p", "rodas4", "auto"})
  void stepSizeCollapseIsReportedWithAHint(String method) {
    Integrator in = Integrators.create(method, IntegratorOptions.tolerances(1e-8, 1e-10));
    in.reset(BLOW_UP, 0, new double[] {1});
    assertThatThrownBy(() -> in.integrateTo(2))
        .isInstanceOf(SolverException.class)
        .hasMessageContaining("step size collapsed")
        // the hint fits the method that collapsed (auto: whichever it was running, here the stiff one)
        .hasMessageContaining(method.equals("dopri5") ? "may be stiff: try method 'rodas5p'" : "may be singular here")
        .satisfies(e -> assertThat(((SolverException) e).time()).isBetween(0.99, 1.01))
        .satisfies(e -> assertThat(((SolverException) e).variable()).isEqualTo("y[0]"));
    // the numerical solution's pole is displaced from t = 1 by the accumulated error (≈ tol·steps)
  }

  @ParameterizedTest
  @ValueSource(strings = {"dopri5", "rodas5p", "auto"})
  void tooManyStepsIsReported(String method) {
    Integrator in = Integrators.create(method, IntegratorOptions.tolerances(1e-8, 1e-10).withMaxSteps(10));
    in.reset(TestSystems.oscillator(2 * Math.PI), 0, new double[] {1, 0});
    assertThatThrownBy(() -> in.integrateTo(100))
        .isInstanceOf(SolverException.class)
        .hasMessageContaining("more than 10 steps");
  }

  @ParameterizedTest
  @ValueSource(strings = {"dopri5", "rodas5p", "auto"})
  void aNonFiniteRateNamesTheVariable(String method) {
    Integrator in = Integrators.create(method, IntegratorOptions.tolerances(1e-6, 1e-8));
    in.reset(DIVIDES_BY_ZERO, 0, new double[] {1, 0});
    assertThatThrownBy(() -> in.integrateTo(2))
        .isInstanceOf(SolverException.class)
        .hasMessageContaining("NaN or infinite")
        .hasMessageContaining("'insulin'")
        .hasMessageContaining("reaches 0");
  }

  @ParameterizedTest
  @ValueSource(strings = {"dopri5", "rodas5p", "auto"})
  void aNaNRateAtTheStartIsReportedAtOnce(String method) {
    Integrator in = Integrators.create(method, IntegratorOptions.DEFAULTS);
    in.reset(NAN_AT_START, 0, new double[] {0, 0});
    assertThatThrownBy(() -> in.step(1))
        .isInstanceOf(SolverException.class)
        .hasMessageContaining("'oxytocin'")
        .satisfies(e -> assertThat(((SolverException) e).time()).isEqualTo(0.0));
  }
}
