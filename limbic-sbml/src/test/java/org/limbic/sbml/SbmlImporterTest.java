package org.limbic.sbml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.limbic.compile.ModelCompiler;
import org.limbic.model.Model;
import org.limbic.simulation.SimulationOptions;
import org.limbic.simulation.SimulationResult;
import org.limbic.simulation.Simulator;

/** SBML constructs imported one at a time, each checked against a closed form. */
class SbmlImporterTest {

  private static final SimulationOptions TIGHT = SimulationOptions.DEFAULTS.withTolerances(1e-10, 1e-14);

  private static String l3v2(String body) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <sbml xmlns="http://www.sbml.org/sbml/level3/version2/core" level="3" version="2">
          <model id="m">
        """ + body + """
          </model>
        </sbml>
        """;
  }

  private static final String MATH = "<math xmlns=\"http://www.w3.org/1998/Math/MathML\">";

  /** Compartment c of size 1 and species {@code id} with {@code amount}, read as an amount or not. */
  private static String compartmentAndSpecies(String id, double amount, boolean onlySubstance) {
    return """
        <listOfCompartments><compartment id="c" size="1" constant="true" spatialDimensions="3"/></listOfCompartments>
        <listOfSpecies><species id="%s" compartment="c" initialAmount="%s" hasOnlySubstanceUnits="%s"
          boundaryCondition="false" constant="false"/></listOfSpecies>
        """.formatted(id, amount, onlySubstance);
  }

  private static SimulationResult simulate(Model m, double tEnd) {
    return new Simulator(ModelCompiler.compile(m), TIGHT).run(0, tEnd, 3);
  }

  @Test
  void localParameterShadowsTheGlobalOfTheSameName() throws IOException {
    // dA/dt = -k A with the local k = 2 (the global k = 100 is shadowed): A(1) = e^-2.
    Model m = SbmlImporter.fromXml(l3v2(compartmentAndSpecies("A", 1, false) + """
        <listOfParameters><parameter id="k" value="100" constant="true"/></listOfParameters>
        <listOfReactions><reaction id="r" reversible="false">
          <listOfReactants><speciesReference species="A" stoichiometry="1" constant="true"/></listOfReactants>
          <kineticLaw>""" + MATH + """
            <apply><times/><ci>k</ci><ci>A</ci><ci>c</ci></apply></math>
            <listOfLocalParameters><localParameter id="k" value="2"/></listOfLocalParameters>
          </kineticLaw></reaction></listOfReactions>
        """), "local");
    assertThat(simulate(m, 1).last("A")).isCloseTo(Math.exp(-2), within(1e-8)); // rtol 1e-10; global error ~100x
  }

  @Test
  void speciesReferenceIdIsAStoichiometryThatEventsChange() throws IOException {
    // Source -> n B at rate 1; n = 2, set to 4 at t = 1: B(2) = 2 + 4 = 6.
    Model m = SbmlImporter.fromXml(l3v2(compartmentAndSpecies("B", 0, true) + """
        <listOfReactions><reaction id="r" reversible="false">
          <listOfProducts><speciesReference id="n" species="B" stoichiometry="2" constant="false"/></listOfProducts>
          <kineticLaw>""" + MATH + "<cn>1</cn></math></kineticLaw></reaction></listOfReactions>" + """
        <listOfEvents><event id="e" useValuesFromTriggerTime="true">
          <trigger initialValue="false" persistent="true">""" + MATH + """
            <apply><geq/><csymbol encoding="text" definitionURL="http://www.sbml.org/sbml/symbols/time">t</csymbol>
            <cn>1</cn></apply></math></trigger>
          <listOfEventAssignments><eventAssignment variable="n">""" + MATH + """
            <cn>4</cn></math></eventAssignment></listOfEventAssignments>
        </event></listOfEvents>
        """), "stoichiometry");
    assertThat(simulate(m, 2).last("B")).isCloseTo(6.0, within(1e-9));
  }

  @Test
  void algebraicRuleLinearInOneVariableBecomesItsAssignment() throws IOException {
    // 0 = 2 y - time: y = time / 2.
    Model m = SbmlImporter.fromXml(l3v2("""
        <listOfParameters><parameter id="y" value="0" constant="false"/></listOfParameters>
        <listOfRules><algebraicRule>""" + MATH + """
          <apply><minus/><apply><times/><cn>2</cn><ci>y</ci></apply>
          <csymbol encoding="text" definitionURL="http://www.sbml.org/sbml/symbols/time">t</csymbol></apply>
        </math></algebraicRule></listOfRules>
        """), "algebraic");
    assertThat(simulate(m, 3).last("y")).isEqualTo(1.5);
  }

  @Test
  void delayCsymbolOfTimeIsTimeMinusTheDelayEvenBeforeTheStart() throws IOException {
    // x = delay(time, 1) = time - 1 at all times (the suite's convention before the start, case 01318).
    String xml = l3v2("""
        <listOfParameters><parameter id="x" value="0" constant="false"/></listOfParameters>
        <listOfRules><assignmentRule variable="x">""" + MATH + """
          <apply><csymbol encoding="text" definitionURL="http://www.sbml.org/sbml/symbols/delay">delay</csymbol>
          <csymbol encoding="text" definitionURL="http://www.sbml.org/sbml/symbols/time">t</csymbol><cn>1</cn></apply>
        </math></assignmentRule></listOfRules>
        """);
    SimulationResult r = simulate(SbmlImporter.fromXml(xml, "delay"), 2);
    assertThat(r.series("x")[0]).isCloseTo(-1.0, within(1e-12));
    assertThat(r.last("x")).isCloseTo(1.0, within(1e-9)); // linear in time: interpolation of the past is exact
  }

  @Test
  void delayOfRateOfIsRefusedNamingTheRule() {
    String xml = l3v2("""
        <listOfParameters><parameter id="x" value="0" constant="false"/><parameter id="y" value="0" constant="false"/></listOfParameters>
        <listOfRules><rateRule variable="y">""" + MATH + "<cn>1</cn></math></rateRule><assignmentRule variable=\"x\">" + MATH + """
          <apply><csymbol encoding="text" definitionURL="http://www.sbml.org/sbml/symbols/delay">delay</csymbol>
          <apply><csymbol encoding="text" definitionURL="http://www.sbml.org/sbml/symbols/rateOf">rateOf</csymbol><ci>y</ci></apply>
          <cn>1</cn></apply>
        </math></assignmentRule></listOfRules>
        """);
    assertThatThrownBy(() -> SbmlImporter.fromXml(xml, "delay")).isInstanceOf(UnsupportedSbmlException.class)
        .hasMessageContaining("x").hasMessageContaining("rateOf");
  }
}
