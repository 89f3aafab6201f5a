package org.limbic.petab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.limbic.solve.SolverException;

/**
 * Measurements at t = inf (PEtab's post-equilibration) on A ⇌ B (rate kf A − kr B), whose steady
 * state is known in closed form: from A(0) = A0, B(0) = 0 the total A0 is conserved (the Jacobian is
 * singular) and B(t) = A0 kf / S (1 − e^{−S t}), S = kf + kr, so B(∞) = A0 kf / S. A0 is set by the
 * condition to an estimated parameter, so that the steady state's sensitivities come through the
 * start as well as through the rates; one measurement at t = 1 shares the condition with two at
 * t = inf. Once without pre-equilibration, once after one to the same steady state (condition c0,
 * then c1, which sets nothing: B stays at B(∞) from t = 0, and the sensitivities come through the
 * pre-equilibration's). The llh and its gradient (kf, kr on the log10 scale, A0 linear) are
 * checked against the closed forms, to 1e-9 relative (they agree to about 1e-11 at the objective's tolerances).
 */
class PostEquilibrationTest {

  @TempDir
  Path tmp;

  static final String EXCHANGE = """
      <?xml version="1.0" encoding="UTF-8"?>
      <sbml xmlns="http://www.sbml.org/sbml/level3/version1/core" level="3" version="1">
        <model id="exchange">
          <listOfCompartments><compartment id="cell" size="1" constant="true"/></listOfCompartments>
          <listOfSpecies>
            <species id="A" compartment="cell" initialConcentration="1" hasOnlySubstanceUnits="false" boundaryCondition="false" constant="false"/>
            <species id="B" compartment="cell" initialConcentration="0" hasOnlySubstanceUnits="false" boundaryCondition="false" constant="false"/>
          </listOfSpecies>
          <listOfParameters>
            <parameter id="kf" value="1" constant="true"/>
            <parameter id="kr" value="1" constant="true"/>
          </listOfParameters>
          <listOfReactions>
            <reaction id="conversion" reversible="true" fast="false">
              <listOfReactants><speciesReference species="A" stoichiometry="1" constant="true"/></listOfReactants>
              <listOfProducts><speciesReference species="B" stoichiometry="1" constant="true"/></listOfProducts>
              <kineticLaw><math xmlns="http://www.w3.org/1998/Math/MathML">
                <apply><minus/><apply><times/><ci>kf</ci><ci>A</ci></apply><apply><times/><ci>kr</ci><ci>B</ci></apply></apply>
              </math></kineticLaw>
            </reaction>
          </listOfReactions>
        </model>
      </sbml>
      """;

  /** x' = k from 0: no steady state. */
  static final String PRODUCTION = """
      <?xml version="1.0" encoding="UTF-8"?>
      <sbml xmlns="http://www.sbml.org/sbml/level3/version1/core" level="3" version="1">
        <model id="production">
          <listOfCompartments><compartment id="cell" size="1" constant="true"/></listOfCompartments>
          <listOfSpecies>
            <species id="x" compartment="cell" initialConcentration="0" hasOnlySubstanceUnits="false" boundaryCondition="false" constant="false"/>
          </listOfSpecies>
          <listOfParameters><parameter id="k" value="1" constant="true"/></listOfParameters>
          <listOfReactions>
            <reaction id="make" reversible="false" fast="false">
              <listOfProducts><speciesReference species="x" stoichiometry="1" constant="true"/></listOfProducts>
              <kineticLaw><math xmlns="http://www.w3.org/1998/Math/MathML"><ci>k</ci></math></kineticLaw>
            </reaction>
          </listOfReactions>
        </model>
      </sbml>
      """;

  static final double KF = 2;
  static final double KR = 1;
  static final double A0 = 1.5;
  static final double SIGMA = 0.1;
  /** (time, measured B). */
  static final double[][] DATA = {{1, 0.8}, {Double.POSITIVE_INFINITY, 0.95}, {Double.POSITIVE_INFINITY, 1.08}};

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void theLogLikelihoodAndItsGradientAreTheClosedForms(boolean preequilibrated) throws IOException {
    Path yaml = write(tmp, EXCHANGE, "conditionId\tA\nc0\tA0\nc1\tNaN\n", preequilibrated ? "c0" : "",
        preequilibrated ? "c1" : "c0", "B",
        "kf\tlog10\t0.01\t100\t" + KF + "\t1\nkr\tlog10\t0.01\t100\t" + KR + "\t1\nA0\tlin\t0\t10\t" + A0 + "\t1\n");
    PetabObjective objective = new PetabObjective(PetabProblem.read(yaml));

    double s = KF + KR;
    double steady = A0 * KF / s;
    double llh = 0;
    double[] gradient = new double[3]; // d/dkf, d/dkr, d/dA0 on the linear scale
    for (double[] d : DATA) {
      double t = d[0];
      double decay = Double.isInfinite(t) || preequilibrated ? 0 : Math.exp(-s * t);
      double h = steady * (1 - decay);
      double tDecay = Double.isInfinite(t) || preequilibrated ? 0 : t * decay; // d(1 − e^{−S t})/dS
      double[] dh = {
          A0 * KR / (s * s) * (1 - decay) + steady * tDecay,
          -A0 * KF / (s * s) * (1 - decay) + steady * tDecay,
          KF / s * (1 - decay)};
      double r = (d[1] - h) / SIGMA;
      llh += -0.5 * Math.log(2 * Math.PI * SIGMA * SIGMA) - 0.5 * r * r;
      for (int i = 0; i < 3; i++) {
        gradient[i] += r / SIGMA * dh[i];
      }
    }
    gradient[0] *= KF * Math.log(10);
    gradient[1] *= KR * Math.log(10);

    PetabObjective.Evaluation e = objective.nominal();
    assertThat(e.llh()).isCloseTo(llh, within(1e-9 * Math.abs(llh)));
    List<Double> simulated = e.simulations().stream().map(PetabObjective.Simulated::simulation).toList();
    assertThat(simulated.get(1)).isCloseTo(steady, within(1e-9 * steady));
    assertThat(simulated.get(2)).isEqualTo(simulated.get(1));
    assertThat(simulated.get(0)).isCloseTo(preequilibrated ? steady : steady * (1 - Math.exp(-s)), within(1e-8));

    PetabObjective.Gradient g = objective.gradient(Map.of());
    assertThat(g.parameters()).containsExactly("kf", "kr", "A0");
    assertThat(g.llh()).isCloseTo(llh, within(1e-9 * Math.abs(llh)));
    double norm = Math.sqrt(gradient[0] * gradient[0] + gradient[1] * gradient[1] + gradient[2] * gradient[2]);
    for (int i = 0; i < 3; i++) {
      assertThat(g.gradient()[i]).as("d llh / d %s", g.parameters().get(i)).isCloseTo(gradient[i], within(1e-9 * norm));
    }
  }

  /** A condition without a steady state is refused with where and the residual, by both the objective and its gradient. */
  @Test
  void noSteadyStateIsRefusedWithTheResidual() throws IOException {
    Path yaml = write(tmp, PRODUCTION, "conditionId\nc0\n", "", "c0", "x", "k\tlog10\t0.01\t100\t1\t1\n");
    PetabObjective objective = new PetabObjective(PetabProblem.read(yaml));
    assertThatThrownBy(objective::nominal).isInstanceOf(SolverException.class)
        .hasMessageContaining("post-equilibration of condition 'c0'").hasMessageContaining("residual");
    assertThatThrownBy(() -> objective.gradient(Map.of())).isInstanceOf(SolverException.class)
        .hasMessageContaining("post-equilibration of condition 'c0'").hasMessageContaining("dx/dt");
  }

  /**
   * The problem: the model, a condition table, observable y = {@code formula} with σ = 0.1, {@link #DATA}
   * in condition {@code sim} after {@code pre} ("" for none), the parameter rows.
   */
  private static Path write(Path dir, String sbml, String conditions, String pre, String sim, String formula,
                            String parameterRows) throws IOException {
    Files.writeString(dir.resolve("model.xml"), sbml);
    Files.writeString(dir.resolve("conditions.tsv"), conditions);
    Files.writeString(dir.resolve("observables.tsv"),
        "observableId\tobservableFormula\tnoiseFormula\ny\t" + formula + "\t" + SIGMA + "\n");
    StringBuilder m = new StringBuilder("observableId\tpreequilibrationConditionId\tsimulationConditionId\ttime"
        + "\tmeasurement\n");
    for (double[] d : DATA) {
      m.append("y\t").append(pre).append('\t').append(sim).append('\t')
          .append(Double.isInfinite(d[0]) ? "inf" : String.valueOf(d[0])).append('\t').append(d[1]).append('\n');
    }
    Files.writeString(dir.resolve("measurements.tsv"), m.toString());
    Files.writeString(dir.resolve("parameters.tsv"),
        "parameterId\tparameterScale\tlowerBound\tupperBound\tnominalValue\testimate\n" + parameterRows);
    return Files.writeString(dir.resolve("problem.yaml"), """
        format_version: 1
        parameter_file: parameters.tsv
        problems:
        - condition_files: [conditions.tsv]
          measurement_files: [measurements.tsv]
          observable_files: [observables.tsv]
          sbml_files: [model.xml]
        """);
  }
}
