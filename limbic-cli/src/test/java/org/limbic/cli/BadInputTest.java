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
        Arguments.of("agent-based model", "name: v\nmodel: vole\n" + OK_TIME, "e.yaml:2:8:",
            "limbic check --model vole"),
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
