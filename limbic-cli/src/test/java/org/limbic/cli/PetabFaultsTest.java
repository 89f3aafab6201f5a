package org.limbic.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue #12, must-show 8: faults in a PEtab problem's files each give FILE:LINE:COLUMN and what to
 * do, exit 2, and print nothing on standard output. The problem is the PEtab test suite's case 0001
 * (a conversion A <=> B), written out here so that the test needs no shared material.
 */
class PetabFaultsTest {

  @TempDir
  Path tmp;

  private static final String MODEL = """
      <?xml version="1.0" encoding="UTF-8"?>
      <sbml xmlns="http://www.sbml.org/sbml/level3/version1/core" level="3" version="1">
        <model id="conversion">
          <listOfCompartments><compartment id="c" size="1" constant="true"/></listOfCompartments>
          <listOfSpecies>
            <species id="A" compartment="c" initialConcentration="1" hasOnlySubstanceUnits="false" boundaryCondition="false" constant="false"/>
            <species id="B" compartment="c" initialConcentration="0" hasOnlySubstanceUnits="false" boundaryCondition="false" constant="false"/>
          </listOfSpecies>
          <listOfParameters>
            <parameter id="k1" value="0.8" constant="true"/>
            <parameter id="k2" value="0.6" constant="true"/>
          </listOfParameters>
          <listOfReactions>
            <reaction id="r" reversible="true" fast="false">
              <listOfReactants><speciesReference species="A" stoichiometry="1" constant="true"/></listOfReactants>
              <listOfProducts><speciesReference species="B" stoichiometry="1" constant="true"/></listOfProducts>
              <kineticLaw><math xmlns="http://www.w3.org/1998/Math/MathML">
                <apply><minus/><apply><times/><ci>k1</ci><ci>A</ci></apply><apply><times/><ci>k2</ci><ci>B</ci></apply></apply>
              </math></kineticLaw>
            </reaction>
          </listOfReactions>
        </model>
      </sbml>
      """;
  private static final String PROBLEM = """
      format_version: 1
      parameter_file: parameters.tsv
      problems:
      - condition_files: [conditions.tsv]
        measurement_files: [measurements.tsv]
        observable_files: [observables.tsv]
        sbml_files: [model.xml]
      """;
  private static final String CONDITIONS = "conditionId\tk1\nc0\t0.8\n";
  private static final String OBSERVABLES = "observableId\tobservableFormula\tnoiseFormula\nobs_a\tA\t0.5\n";
  private static final String MEASUREMENTS = "observableId\tsimulationConditionId\ttime\tmeasurement\nobs_a\tc0\t0\t0.7\nobs_a\tc0\t10\t0.1\n";
  private static final String PARAMETERS = "parameterId\tparameterScale\tlowerBound\tupperBound\tnominalValue\testimate\n"
      + "k2\tlin\t0\t10\t0.6\t1\n";

  /** A fault: which file to replace, its text, the location and the words the message must have. */
  static List<Arguments> faults() {
    return List.of(
        Arguments.of("missing column", "measurements.tsv", "observableId\tsimulationConditionId\tmeasurement\nobs_a\tc0\t0.7\n",
            "measurements.tsv:1:1", "no column 'time'"),
        Arguments.of("unknown observable", "measurements.tsv", MEASUREMENTS.replace("obs_a\tc0\t10", "obs_b\tc0\t10"),
            "measurements.tsv:3:1", "unknown observable 'obs_b'"),
        Arguments.of("unknown condition", "measurements.tsv", MEASUREMENTS.replace("obs_a\tc0\t10", "obs_a\tc9\t10"),
            "measurements.tsv:3:2", "unknown condition 'c9'"),
        Arguments.of("non-numeric measurement", "measurements.tsv", MEASUREMENTS.replace("0.1", "high"),
            "measurements.tsv:3:4", "'measurement' must be a number, not 'high'"),
        Arguments.of("negative time", "measurements.tsv", MEASUREMENTS.replace("\t10\t", "\t-3\t"),
            "measurements.tsv:3:3", "time must be a number >= 0"),
        Arguments.of("unknown override", "measurements.tsv", MEASUREMENTS.replace("measurement\n", "measurement\tobservableParameters\n")
            .replace("0.1\n", "0.1\tscale_x\n"), "measurements.tsv:3:5", "'scale_x' in observableParameters is neither"),
        Arguments.of("too many cells", "measurements.tsv", MEASUREMENTS + "obs_a\tc0\t20\t0.1\textra\n",
            "measurements.tsv:4:5", "the row has 5 cells, the header 4 columns"),
        Arguments.of("reversed bounds", "parameters.tsv", PARAMETERS.replace("k2\tlin\t0\t10", "k2\tlin\t10\t0"),
            "parameters.tsv:2:3", "the bounds of 'k2' are reversed"),
        Arguments.of("unknown scale", "parameters.tsv", PARAMETERS.replace("k2\tlin", "k2\tln"),
            "parameters.tsv:2:2", "parameterScale 'ln' is not one of lin, log, log10"),
        Arguments.of("estimate not 0 or 1", "parameters.tsv", PARAMETERS.replace("0.6\t1", "0.6\tyes"),
            "parameters.tsv:2:6", "estimate must be 0 or 1"),
        Arguments.of("parameter twice", "parameters.tsv", PARAMETERS + "k2\tlin\t0\t10\t0.6\t1\n",
            "parameters.tsv:3:1", "parameter 'k2' is listed twice"),
        Arguments.of("unknown noise distribution", "observables.tsv", OBSERVABLES.replace("noiseFormula\n", "noiseFormula\tnoiseDistribution\n")
            .replace("0.5\n", "0.5\tpoisson\n"), "observables.tsv:2:4", "noiseDistribution 'poisson' is not one of normal, laplace"),
        Arguments.of("formula that does not parse", "observables.tsv", OBSERVABLES.replace("\tA\t", "\tA * (B\t"),
            "observables.tsv:2:2", "'A * (B' does not parse"),
        Arguments.of("condition sets an unknown entity", "conditions.tsv", "conditionId\tk9\nc0\t0.8\n",
            "conditions.tsv:1:2", "sets 'k9', which is no species, compartment or parameter"),
        Arguments.of("condition value neither number nor parameter", "conditions.tsv", CONDITIONS.replace("0.8", "fast"),
            "conditions.tsv:2:2", "the value 'fast' for k1 is neither a number nor a parameter"),
        Arguments.of("unknown prior type", "parameters.tsv", PARAMETERS.replace("estimate\n", "estimate\tobjectivePriorType\t"
            + "objectivePriorParameters\n").replace("0.6\t1\n", "0.6\t1\tgaussian\t0;1\n"), "parameters.tsv:2:7",
            "objectivePriorType 'gaussian' of 'k2' is not a PEtab prior; give one of uniform, normal"),
        Arguments.of("prior with one number", "parameters.tsv", PARAMETERS.replace("estimate\n", "estimate\tobjectivePriorType\t"
            + "objectivePriorParameters\n").replace("0.6\t1\n", "0.6\t1\tnormal\t0.5\n"), "parameters.tsv:2:8",
            "must be two numbers separated by ';'"),
        Arguments.of("prior with a non-positive scale", "parameters.tsv", PARAMETERS.replace("estimate\n", "estimate\t"
            + "initializationPriorType\tinitializationPriorParameters\n").replace("0.6\t1\n", "0.6\t1\tlaplace\t0.5;0\n"),
            "parameters.tsv:2:8", "the second parameter must be positive"),
        Arguments.of("PEtab 2", "problem.yaml", PROBLEM.replace("format_version: 1", "format_version: 2.0.0"),
            "problem.yaml:1:1", "PEtab 2.0 is not read yet"));
  }

  private static final Pattern LOCATED = Pattern.compile("limbic petab llh: \\S+:\\d+:\\d+: .+", Pattern.DOTALL);

  @ParameterizedTest(name = "{0}")
  @MethodSource("faults")
  void aFaultIsLocatedExitsTwoAndPrintsNothing(String name, String file, String text, String where, String words) throws IOException {
    Files.writeString(tmp.resolve("model.xml"), MODEL);
    Files.writeString(tmp.resolve("problem.yaml"), PROBLEM);
    Files.writeString(tmp.resolve("conditions.tsv"), CONDITIONS);
    Files.writeString(tmp.resolve("observables.tsv"), OBSERVABLES);
    Files.writeString(tmp.resolve("measurements.tsv"), MEASUREMENTS);
    Files.writeString(tmp.resolve("parameters.tsv"), PARAMETERS);
    CommandOutput ok = CommandOutput.of("petab", "llh", tmp.resolve("problem.yaml").toString());
    assertThat(ok.code()).as(ok.err()).isZero();
    Files.writeString(tmp.resolve(file), text);
    CommandOutput bad = CommandOutput.of("petab", "llh", tmp.resolve("problem.yaml").toString());
    assertThat(bad.code()).as(name).isEqualTo(2);
    assertThat(bad.out()).as("standard output").isEmpty();
    assertThat(bad.err().strip()).matches(LOCATED).contains(tmp.resolve(where).toString()).contains(words);
  }
}
