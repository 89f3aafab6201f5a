package org.limbic.petab;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Small PEtab problems whose profiles are known, written into a directory: a species x with
 * dx/dt = 1 from 0 (so x = t exactly) or a species X decaying at rate k from 1, and observables of
 * them built from table parameters.
 */
final class ProfileProblems {

  private ProfileProblems() {
  }

  /** x' = 1, x(0) = 0: x is the time. */
  static final String CLOCK = """
      <?xml version="1.0" encoding="UTF-8"?>
      <sbml xmlns="http://www.sbml.org/sbml/level3/version1/core" level="3" version="1">
        <model id="clock">
          <listOfCompartments><compartment id="cell" size="1" constant="true"/></listOfCompartments>
          <listOfSpecies>
            <species id="x" compartment="cell" initialConcentration="0" hasOnlySubstanceUnits="false" boundaryCondition="false" constant="false"/>
          </listOfSpecies>
          <listOfReactions>
            <reaction id="tick" reversible="false" fast="false">
              <listOfProducts><speciesReference species="x" stoichiometry="1" constant="true"/></listOfProducts>
              <kineticLaw><math xmlns="http://www.w3.org/1998/Math/MathML"><cn>1</cn></math></kineticLaw>
            </reaction>
          </listOfReactions>
        </model>
      </sbml>
      """;

  /** X' = -k X, X(0) = 1. */
  static final String DECAY = """
      <?xml version="1.0" encoding="UTF-8"?>
      <sbml xmlns="http://www.sbml.org/sbml/level3/version1/core" level="3" version="1">
        <model id="decay">
          <listOfCompartments><compartment id="cell" size="1" constant="true"/></listOfCompartments>
          <listOfSpecies>
            <species id="X" compartment="cell" initialConcentration="1" hasOnlySubstanceUnits="false" boundaryCondition="false" constant="false"/>
          </listOfSpecies>
          <listOfParameters><parameter id="k" value="1" constant="true"/></listOfParameters>
          <listOfReactions>
            <reaction id="clearance" reversible="false" fast="false">
              <listOfReactants><speciesReference species="X" stoichiometry="1" constant="true"/></listOfReactants>
              <kineticLaw><math xmlns="http://www.w3.org/1998/Math/MathML">
                <apply><times/><ci>k</ci><ci>X</ci></apply>
              </math></kineticLaw>
            </reaction>
          </listOfReactions>
        </model>
      </sbml>
      """;

  /**
   * Writes a problem into {@code dir}: the model, one condition, one observable (formula, noise
   * sigma), measurements (time, value pairs) and the parameter rows (TSV lines without header).
   */
  static Path write(Path dir, String sbml, String formula, double sigma, double[][] data, String parameterRows)
      throws IOException {
    return write(dir, sbml, formula, String.valueOf(sigma), data, parameterRows);
  }

  /** As above, with a noise formula ({@code noise}: a number or a formula of table parameters). */
  static Path write(Path dir, String sbml, String formula, String noise, double[][] data, String parameterRows)
      throws IOException {
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("model.xml"), sbml);
    Files.writeString(dir.resolve("conditions.tsv"), "conditionId\nc0\n");
    Files.writeString(dir.resolve("observables.tsv"),
        "observableId\tobservableFormula\tnoiseFormula\ny\t" + formula + "\t" + noise + "\n");
    StringBuilder m = new StringBuilder("observableId\tsimulationConditionId\ttime\tmeasurement\n");
    for (double[] d : data) {
      m.append("y\tc0\t").append(d[0]).append('\t').append(d[1]).append('\n');
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

  /** Times of the quadratic problem. */
  static final double[] QUADRATIC_TIMES = {0, 1, 2, 3, 4, 5};
  static final double[] QUADRATIC_VALUES = {0.9, 1.8, 3.6, 5.2, 8.1, 11.0};
  static final double QUADRATIC_SIGMA = 0.5;

  /** y = a + b x + c x², Gaussian noise of known sigma, a, b, c linear in [-10, 10]: a linear model. */
  static Path quadratic(Path dir) throws IOException {
    double[][] data = new double[QUADRATIC_TIMES.length][];
    for (int i = 0; i < data.length; i++) {
      data[i] = new double[] {QUADRATIC_TIMES[i], QUADRATIC_VALUES[i]};
    }
    return write(dir, CLOCK, "a + b * x + c * x * x", QUADRATIC_SIGMA, data,
        "a\tlin\t-10\t10\t0\t1\nb\tlin\t-10\t10\t0\t1\nc\tlin\t-10\t10\t0\t1\n");
  }

  /**
   * y = a b x + c: a and b enter only as their product. The data are 0.2 + t plus residuals
   * 0.05 (1, -1, -1, 1), which are orthogonal to 1 and t, so the least-squares fit is exactly
   * a b = 1, c = 0.2; with a and b in [1e-2, 1e2] (log10) each is matched by the other over its
   * whole range.
   */
  static Path product(Path dir) throws IOException {
    double[][] data = {{0, 0.25}, {1, 1.15}, {2, 2.15}, {3, 3.25}};
    return write(dir, CLOCK, "a * b * x + c", 0.1, data,
        "a\tlog10\t0.01\t100\t1\t1\nb\tlog10\t0.01\t100\t1\t1\nc\tlin\t-5\t5\t0\t1\n");
  }

  /**
   * y = A exp(-k t), measured 1.0 at t = 0, 0.02 at t = 1, 0 at t = 2 and 4 (sigma 0.1): a
   * decay faster than about k = 4 fits as well as any other, so k's profile rises below its
   * optimum and stays within 0.5 (0.02 / 0.1)² = 0.02 of it up to the bound k = 100.
   */
  static Path fastDecay(Path dir) throws IOException {
    double[][] data = {{0, 1.0}, {1, 0.02}, {2, 0.0}, {4, 0.0}};
    return write(dir, DECAY, "A * X", 0.1, data, "A\tlin\t0\t10\t1\t1\nk\tlog10\t0.01\t100\t1\t1\n");
  }
}
