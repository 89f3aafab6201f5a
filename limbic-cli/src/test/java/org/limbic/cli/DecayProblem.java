package org.limbic.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The PEtab problem the fit and profile commands are tested on: y = A exp(-k t) measured 1.0 at
 * t = 0, 0.02 at t = 1, 0 at t = 2 and 4 (sigma 0.1), A in [0, 10] on the linear scale, k in
 * [0.01, 100] on log10. A is fixed by t = 0; any decay faster than about k = 4 fits as well.
 */
final class DecayProblem {

  private DecayProblem() {
  }

  /** Writes the problem into {@code tmp}; its YAML file. */
  static Path write(Path tmp) throws IOException {
    Files.writeString(tmp.resolve("model.xml"), """
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
        """);
    Files.writeString(tmp.resolve("conditions.tsv"), "conditionId\nc0\n");
    Files.writeString(tmp.resolve("observables.tsv"), "observableId\tobservableFormula\tnoiseFormula\ny\tA * X\t0.1\n");
    Files.writeString(tmp.resolve("measurements.tsv"), "observableId\tsimulationConditionId\ttime\tmeasurement\n"
        + "y\tc0\t0\t1.0\ny\tc0\t1\t0.02\ny\tc0\t2\t0\ny\tc0\t4\t0\n");
    Files.writeString(tmp.resolve("parameters.tsv"), "parameterId\tparameterScale\tlowerBound\tupperBound\tnominalValue\testimate\n"
        + "A\tlin\t0\t10\t1\t1\nk\tlog10\t0.01\t100\t1\t1\n");
    return Files.writeString(tmp.resolve("problem.yaml"), """
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
