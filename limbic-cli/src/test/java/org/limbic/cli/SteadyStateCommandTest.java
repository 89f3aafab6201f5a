package org.limbic.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.limbic.model.Model;
import org.limbic.sbml.SbmlExporter;

/**
 * limbic steady-state on an SBML file and an experiment file. A <-> B at k1 = 2, k2 = 0.5 from
 * A = 3, B = 1: B* = 4 k1 / (k1 + k2) = 3.2, A* = 0.8 (printed to 10 significant digits; the
 * solver's test leaves ~1e-8 relative, so the first 7 digits are checked).
 */
class SteadyStateCommandTest {

  @TempDir
  Path tmp;

  private Path sbml(double k0) throws IOException {
    Model model = Model.builder("exchange").compartment("c", 1.0).species("A", "c", 3.0).species("B", "c", 1.0)
        .parameter("k1", 2.0).parameter("k2", 0.5).parameter("k0", k0)
        .reaction("conversion", "A <-> B", "(k1 * A - k2 * B) * c")
        .reaction("production", "-> A", "k0 * c")
        .build();
    Path file = tmp.resolve("conversion.xml");
    SbmlExporter.write(model, file);
    return file;
  }

  @Test
  void anSbmlModelPrintsEachStateTheMethodAndTheConservedTotal() throws IOException {
    CommandOutput r = CommandOutput.of("steady-state", sbml(0).toString(), "--out", tmp.resolve("out").toString());
    assertThat(r.code()).as(r.err()).isEqualTo(ExitCodes.OK);
    assertThat(r.out()).contains("steady state of exchange: newton").contains("conserved: A + B = 4.000000000")
        .containsPattern("\\nA +0\\.80000").containsPattern("\\nB +3\\.20000");
    String csv = Files.readString(tmp.resolve("out/steady_state.csv"));
    assertThat(csv).startsWith("state,amount,concentration,method,iterations,residual\n").contains("B,3.2").contains(",newton,");
  }

  @Test
  void anExperimentFileAppliesItsParametersAndSteadyStateValues() throws IOException {
    sbml(0);
    Path yaml = tmp.resolve("e.yaml");
    Files.writeString(yaml, "model: {sbml: conversion.xml}\ntime: {end: 10}\nparameters: {k2: 2}\n"
        + "steady_state: {parameters: {k1: 0.5}}\n");
    CommandOutput r = CommandOutput.of("steady-state", yaml.toString());
    assertThat(r.code()).as(r.err()).isEqualTo(ExitCodes.OK);
    // k1 = 0.5, k2 = 2: B* = 4 * 0.5 / 2.5 = 0.8
    assertThat(r.out()).containsPattern("\\nB +0\\.80000");
  }

  /** Constant production into A <-> B: the total grows without bound; exit 1 with the residual and the variable. */
  @Test
  void noSteadyStateFailsWithTheResidual() throws IOException {
    CommandOutput r = CommandOutput.of("steady-state", sbml(1).toString());
    assertThat(r.code()).isEqualTo(ExitCodes.FAILED);
    assertThat(r.err()).contains("no steady state reached").contains("residual").contains("still moving");
  }

  /** The agent-based vole model had given "Index 0 out of bounds for length 0". */
  @Test
  void anAgentBasedModelIsRefusedWithTheReason() {
    CommandOutput r = CommandOutput.of("steady-state", "vole");
    assertThat(r.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err()).contains("agent-based").doesNotContain("Index 0");
  }

  @Test
  void aModelWithoutStatesIsRefusedWithTheReason() throws IOException {
    Path file = tmp.resolve("constants.xml");
    SbmlExporter.write(Model.builder("constants").parameter("k", 1.0).build(), file);
    CommandOutput r = CommandOutput.of("steady-state", file.toString());
    assertThat(r.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err()).contains("no state");
  }
}
