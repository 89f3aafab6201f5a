package org.limbic.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of bad input to {@code limbic run} / {@code limbic scan}: one message that says where
 * (file:line:column) and what to do, exit code 2, and no output directory left behind.
 */
class BadInputTest {

  @TempDir
  Path tmp;

  private static final String OK_TIME = "time: {start: 0, end: 30, points: 31}\n";

  static Stream<Arguments> faults() {
    return Stream.of(
        Arguments.of("malformed YAML", "model: pulsatile_release\ntime: {start: 0, end: 30\n", "e.yaml:", "malformed YAML"),
        Arguments.of("unknown model", "model: pulsatile_relase\n" + OK_TIME, "e.yaml:1:8:", "did you mean 'pulsatile_release'"),
        Arguments.of("agent-based model with equations' keys", "name: v\nmodel: vole\n" + OK_TIME, "e.yaml:3:1:",
            "model 'vole' is agent-based, so its file takes name, model, seed, assays, not 'time'"),
        Arguments.of("agent-based model without assays", "name: v\nmodel: vole\n", "e.yaml:1:1:",
            "the file needs 'assays'"),
        Arguments.of("unknown assay", "model: vole\nassays: [{assay: partner_prefernce}]\n", "e.yaml:2:18:",
            "did you mean 'partner_preference'"),
        Arguments.of("unknown assay parameter", "model: vole\nassays: [{assay: partner_preference, cohousing: 60}]\n",
            "e.yaml:2:38:", "known keys: assay, genotype, partner, cohousing_min"),
        Arguments.of("bad genotype", "model: vole\nassays: [{assay: operant, genotype: [WT, KO]}]\n", "e.yaml:2:42:",
            "must be one of WT, Oxtr+/-, Oxtr-/-, not KO"),
        Arguments.of("too many animals", "model: vole\nassays: [{assay: operant, n: 400}]\n", "e.yaml:2:30:",
            "must be a whole number from 2 to 333, not 400"),
        Arguments.of("negative cohousing", "model: vole\nassays: [{assay: operant, cohousing_min: [60, -1]}]\n", "e.yaml:2:47:",
            "must be a number from 0 to 40320 min, not -1.0"),
        Arguments.of("a value listed twice", "model: vole\nassays: [{assay: operant, n: [12, 12]}]\n", "e.yaml:2:35:",
            "lists 12 twice"),
        Arguments.of("unknown parameter", "model: pulsatile_release\n" + OK_TIME + "parameters: {k_clr: 0.2}\n", "e.yaml:3:14:",
            "did you mean 'k_clear'"),
        Arguments.of("unknown species in outputs", "model: pulsatile_release\n" + OK_TIME + "outputs: {variables: [h]}\n",
            "e.yaml:3:23:", "did you mean 'H'"),
        Arguments.of("wrong type", "model: pulsatile_release\ntime: {start: 0, end: ten, points: 31}\n", "e.yaml:2:23:",
            "must be a number"),
        Arguments.of("negative time span", "model: pulsatile_release\ntime: {start: -5, end: 30, points: 31}\n", "e.yaml:2:",
            "cannot start before 0"),
        Arguments.of("reversed time span", "model: pulsatile_release\ntime: {start: 30, end: 0, points: 31}\n", "e.yaml:2:",
            "reversed"),
        Arguments.of("empty scan", "model: pulsatile_release\n" + OK_TIME + "scan: {method: grid, parameters: {}}\n", "e.yaml:3:",
            "empty scan"),
        Arguments.of("bad distribution", "model: pulsatile_release\n" + OK_TIME
            + "cohort: {size: 10, parameters: {bolus: {distribution: normal, mean: 10, sd: 0}}}\n", "e.yaml:3:",
            "sd must be greater than 0"),
        Arguments.of("SBML file missing", "model: {sbml: none.xml}\n" + OK_TIME, "e.yaml:1:", "SBML file not found"),
        Arguments.of("unknown metric kind", "model: pulsatile_release\n" + OK_TIME
            + "outputs: {metrics: [{name: m, variable: H, kind: maximum}]}\n", "e.yaml:3:", "unknown metric kind"),
        Arguments.of("scan and cohort together", "model: pulsatile_release\n" + OK_TIME
            + "scan: {method: grid, parameters: {bolus: {values: [1, 2]}}}\ncohort: {size: 5, parameters: {bolus: 3}}\n",
            "e.yaml:", "not both"),
        Arguments.of("unknown solver", "model: pulsatile_release\n" + OK_TIME + "solver: {method: rk4}\n", "e.yaml:3:",
            "unknown solver method"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("faults")
  void badExperimentFileGivesOneLocatedMessageExitCode2AndNoOutput(String fault, String yaml, String location, String hint)
      throws IOException {
    Path file = tmp.resolve("e.yaml");
    Files.writeString(file, yaml);
    Path out = tmp.resolve("out");
    CommandOutput r = CommandOutput.of("run", file.toString(), "--out", out.toString(), "--threads", "1");
    String message = r.err();
    assertThat(r.code()).as(fault).isEqualTo(2);
    assertThat(message).as(fault).startsWith("limbic run: ");
    assertThat(message).as(fault).contains(location).contains(hint);
    assertThat(message.strip().lines().count()).as(fault + ": one message").isEqualTo(1);
    assertThat(out).as(fault + ": no partial output").doesNotExist();
  }

  @Test
  void unwritableOutputDirectoryIsBadInputAndLeavesNothing() throws IOException {
    Path file = tmp.resolve("ok.yaml");
    Files.writeString(file, "model: pulsatile_release\n" + OK_TIME);
    Path blocker = Files.writeString(tmp.resolve("a-file"), "not a directory");
    CommandOutput r = CommandOutput.of("run", file.toString(), "--out", blocker.resolve("out").toString(), "--threads", "1");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("cannot write results to").contains("check that");
    try (var files = Files.list(tmp)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("ok.yaml", "a-file");
    }
  }
}
