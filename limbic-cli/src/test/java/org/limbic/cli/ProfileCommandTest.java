package org.limbic.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code limbic profile} end to end on a problem whose verdicts are known: y = A exp(-k t) measured
 * 1.0 at t = 0, 0.02 at t = 1, 0 at t = 2 and 4 (sigma 0.1). A is fixed by t = 0 (identifiable);
 * any decay faster than about k = 4 fits as well, so k's profile is open above.
 */
class ProfileCommandTest {

  @TempDir
  Path tmp;

  private Path problem() throws IOException {
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

  private static final List<String> DETERMINISTIC = List.of(ProfileTables.BEST, ProfileTables.PROFILES, ProfileTables.PATHS,
      ProfileTables.SUMMARY);

  @Test
  void writesProfilesSummaryAndReportTheSameOnOneAndTwoThreadsAndFromAFitDirectory() throws IOException {
    String yaml = problem().toString();
    Path one = tmp.resolve("one");
    CommandOutput first = CommandOutput.of("profile", yaml, "--out", one.toString(), "--starts", "4", "--seed", "3",
        "--threads", "1");
    assertThat(first.code()).as(first.err()).isEqualTo(ExitCodes.OK);
    assertThat(first.out()).containsPattern("(?m)^A +lin .*CI \\[[0-9.]+, [0-9.]+\\] +identifiable")
        .containsPattern("(?m)^k +log10 .*CI \\[[0-9.]+, inf\\] +practically non-identifiable \\(open above\\)");
    List<String> summary = Files.readAllLines(one.resolve(ProfileTables.SUMMARY));
    assertThat(summary).hasSize(3);
    assertThat(summary.get(1)).startsWith("A,lin,").contains(",identifiable,none,crossed,crossed,");
    assertThat(summary.get(2)).startsWith("k,log10,").contains(",inf,", ",practically_non_identifiable,upper,crossed,bound,");
    String html = Files.readString(one.resolve("report/index.html"));
    assertThat(html).contains("<table class=\"data\">", "practically non-identifiable (open above)", "χ²(1, 0.95)/2 = 1.920729");
    try (var figures = Files.list(one.resolve("report/figures"))) {
      assertThat(figures.filter(f -> f.toString().endsWith(".png")).count()).isEqualTo(2);
    }

    Path two = tmp.resolve("two");
    CommandOutput second = CommandOutput.of("profile", yaml, "--out", two.toString(), "--starts", "4", "--seed", "3",
        "--threads", "2");
    assertThat(second.code()).as(second.err()).isEqualTo(ExitCodes.OK);
    Path from = tmp.resolve("from");
    CommandOutput third = CommandOutput.of("profile", yaml, "--out", from.toString(), "--from", one.toString(), "--threads", "2");
    assertThat(third.code()).as(third.err()).isEqualTo(ExitCodes.OK);
    for (String file : DETERMINISTIC) {
      assertThat(Files.readString(two.resolve(file))).as(file + " on 2 threads").isEqualTo(Files.readString(one.resolve(file)));
      assertThat(Files.readString(from.resolve(file))).as(file + " --from").isEqualTo(Files.readString(one.resolve(file)));
    }
  }

  @Test
  void aFitDirectoryWithoutBestTsvIsRefusedAndNothingIsWritten() throws IOException {
    String yaml = problem().toString();
    Path empty = Files.createDirectory(tmp.resolve("not-a-fit"));
    Path out = tmp.resolve("out");
    CommandOutput r = CommandOutput.of("profile", yaml, "--out", out.toString(), "--from", empty.toString());
    assertThat(r.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err()).contains("best.tsv does not exist");
    assertThat(out).doesNotExist();
  }
}
