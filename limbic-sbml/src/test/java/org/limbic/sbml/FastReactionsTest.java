package org.limbic.sbml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.limbic.compile.CompiledModel;
import org.limbic.compile.ModelCompiler;
import org.limbic.model.Model;
import org.limbic.simulation.SimulationOptions;
import org.limbic.simulation.SimulationResult;
import org.limbic.simulation.Simulator;

/** Fast reactions against the closed form of rapid equilibrium. */
class FastReactionsTest {

  private static final String MATH = "<math xmlns=\"http://www.w3.org/1998/Math/MathML\">";

  /** SBML L3V1 (the last version with the fast attribute): species A, B, C in c of size 1, and {@code reactions}. */
  private static String l3v1(String parameters, String reactions) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <sbml xmlns="http://www.sbml.org/sbml/level3/version1/core" level="3" version="1">
          <model id="m">
            <listOfCompartments><compartment id="c" size="1" constant="true" spatialDimensions="3"/></listOfCompartments>
            <listOfSpecies>
              <species id="A" compartment="c" initialAmount="1" hasOnlySubstanceUnits="false" boundaryCondition="false" constant="false"/>
              <species id="B" compartment="c" initialAmount="0" hasOnlySubstanceUnits="false" boundaryCondition="false" constant="false"/>
              <species id="C" compartment="c" initialAmount="0" hasOnlySubstanceUnits="false" boundaryCondition="false" constant="false"/>
            </listOfSpecies>
            <listOfParameters>""" + parameters + """
            </listOfParameters>
            <listOfReactions>""" + reactions + """
            </listOfReactions>
          </model>
        </sbml>
        """;
  }

  private static String reaction(String id, boolean fast, String from, String to, String mathml) {
    return """
        <reaction id="%s" reversible="true" fast="%s">
          <listOfReactants><speciesReference species="%s" stoichiometry="1" constant="true"/></listOfReactants>
          <listOfProducts><speciesReference species="%s" stoichiometry="1" constant="true"/></listOfProducts>
          <kineticLaw>%s%s</math></kineticLaw>
        </reaction>
        """.formatted(id, fast, from, to, MATH, mathml);
  }

  private static String parameter(String id, double value) {
    return "<parameter id=\"%s\" value=\"%s\" constant=\"true\"/>".formatted(id, value);
  }

  @Test
  void slowDecayThroughAFastEquilibriumIsFirstOrderWithTheEquilibriumFraction() throws IOException {
    // A <-> B fast with kf A - kr B, so B = K A with K = kf / kr = 2 at every instant; A -> C slow with
    // k A. The total T = A + B then obeys dT/dt = -k T / (1 + K): T(t) = exp(-k t / (1 + K)),
    // A = T / (1 + K), B = K T / (1 + K), C = 1 - T (Segel and Slemrod 1989, quasi-steady state).
    double kf = 2;
    double kr = 1;
    double k = 0.3;
    Model m = SbmlImporter.fromXml(l3v1(parameter("kf", kf) + parameter("kr", kr) + parameter("k", k),
        reaction("bind", true, "A", "B", "<apply><minus/><apply><times/><ci>kf</ci><ci>A</ci></apply>"
            + "<apply><times/><ci>kr</ci><ci>B</ci></apply></apply>")
            + reaction("decay", false, "A", "C", "<apply><times/><ci>k</ci><ci>A</ci></apply>")), "fast");
    assertThat(FastReactions.present(m)).isTrue();
    CompiledModel compiled = ModelCompiler.compile(m);
    double[] wanted = {0, 1, 5};
    double[] times = FastReactions.settlingTimes(wanted);
    SimulationResult result = new Simulator(compiled, SimulationOptions.DEFAULTS.withTolerances(1e-10, 1e-14))
        .run(compiled.newParameters(), times, List.of("A", "B", "C"));
    double big = kf / kr;
    for (int i = 0; i < wanted.length; i++) {
      // Each row is read SETTLING_TIME late, so it is compared with the closed form there. Tolerance 1e-8:
      // the distance from equilibrium is about k / (RATE_SCALE kf) = 1.5e-11 and the integrator's
      // relative tolerance 1e-10; the row at t = 0 (not settled) would be off by 2/3.
      double t = times[i + 1];
      double total = Math.exp(-k * t / (1 + big));
      double[] row = result.values()[i + 1];
      assertThat(row[0]).as("A at %s", wanted[i]).isCloseTo(total / (1 + big), within(1e-8));
      assertThat(row[1]).as("B at %s", wanted[i]).isCloseTo(big * total / (1 + big), within(1e-8));
      assertThat(row[2]).as("C at %s", wanted[i]).isCloseTo(1 - total, within(1e-8));
    }
  }

  @Test
  void fastReactionWhoseRateReadsNoneOfItsSpeciesIsRefused() {
    // rate = kf: nothing the reaction moves can bring it to zero, so there is no equilibrium.
    String xml = l3v1(parameter("kf", 1), reaction("flow", true, "A", "B", "<ci>kf</ci>"));
    assertThatThrownBy(() -> SbmlImporter.fromXml(xml, "fast"))
        .isInstanceOf(UnsupportedSbmlException.class)
        .hasMessageContaining("flow")
        .hasMessageContaining("no rapid equilibrium");
  }

  @Test
  void modelsWithoutFastReactionsHaveNoRateScale() throws IOException {
    Model m = SbmlImporter.fromXml(l3v1(parameter("k", 1),
        reaction("decay", false, "A", "C", "<apply><times/><ci>k</ci><ci>A</ci></apply>")), "slow");
    assertThat(FastReactions.present(m)).isFalse();
  }
}
