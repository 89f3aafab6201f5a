package org.limbic.sbml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.limbic.model.Model;

/**
 * Issue #14, item 3: SBML that libSBML's validator calls an error was simulated as if valid, with
 * JSBML's defaults in place of what was missing. Each case below was read and simulated (exit 0)
 * before; each is now refused with the line, the element and the rule. The valid base model is
 * read as before.
 */
class SbmlValidationTest {

  private static final String MATH = "http://www.w3.org/1998/Math/MathML";

  /** A first-order decay in SBML L3 (version given), with an assignment rule and an event. */
  private static String model(int version, String species, String ruleMath, String triggerMath) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <sbml xmlns="http://www.sbml.org/sbml/level3/version%d/core" level="3" version="%d">
          <model id="decay">
            <listOfCompartments>
              <compartment id="c" size="1" constant="true"/>
            </listOfCompartments>
            <listOfSpecies>
              %s
            </listOfSpecies>
            <listOfParameters>
              <parameter id="k" value="0.5" constant="false"/>
              <parameter id="y" constant="false"/>
            </listOfParameters>
            <listOfRules>
              <assignmentRule variable="y">
                <math xmlns="%s">%s</math>
              </assignmentRule>
            </listOfRules>
            <listOfReactions>
              <reaction id="r" reversible="false"%s>
                <listOfReactants>
                  <speciesReference species="S" stoichiometry="1" constant="true"/>
                </listOfReactants>
                <kineticLaw>
                  <math xmlns="%s"><apply><times/><ci>k</ci><ci>S</ci></apply></math>
                </kineticLaw>
              </reaction>
            </listOfReactions>
            <listOfEvents>
              <event id="e" useValuesFromTriggerTime="true">
                <trigger initialValue="false" persistent="true">
                  <math xmlns="%s">%s</math>
                </trigger>
                <listOfEventAssignments>
                  <eventAssignment variable="k"><math xmlns="%s"><cn>1</cn></math></eventAssignment>
                </listOfEventAssignments>
              </event>
            </listOfEvents>
          </model>
        </sbml>
        """.formatted(version, version, species, MATH, ruleMath, version == 1 ? " fast=\"false\"" : "", MATH, MATH,
        triggerMath, MATH);
  }

  private static final String SPECIES = "<species id=\"S\" compartment=\"c\" initialAmount=\"10\""
      + " hasOnlySubstanceUnits=\"false\" boundaryCondition=\"false\" constant=\"false\"/>";
  private static final String RULE = "<apply><times/><cn>2</cn><ci>S</ci></apply>";
  private static final String TRIGGER = "<apply><gt/><csymbol encoding=\"text\""
      + " definitionURL=\"http://www.sbml.org/sbml/symbols/time\">t</csymbol><cn>5.5</cn></apply>";

  @Test
  void theValidBaseModelIsRead() throws Exception {
    for (int version = 1; version <= 2; version++) {
      Model m = SbmlImporter.fromXml(model(version, SPECIES, RULE, TRIGGER), "decay.xml");
      assertThat(m.species()).hasSize(1);
    }
  }

  @Test
  void aSpeciesWithoutBoundaryConditionIsRefused() {
    String species = SPECIES.replace(" boundaryCondition=\"false\"", "");
    assertThatThrownBy(() -> SbmlImporter.fromXml(model(2, species, RULE, TRIGGER), "decay.xml"))
        .isInstanceOf(InvalidSbmlException.class)
        .hasMessageStartingWith("decay.xml:8: <species id='S'>: the required attribute 'boundaryCondition' is missing")
        .hasMessageContaining("SBML rule 20623");
  }

  @Test
  void aBooleanAttributeThatIsNoBooleanIsRefused() {
    String species = SPECIES.replace("boundaryCondition=\"false\"", "boundaryCondition=\"NaN\"");
    assertThatThrownBy(() -> SbmlImporter.fromXml(model(2, species, RULE, TRIGGER), "decay.xml"))
        .isInstanceOf(InvalidSbmlException.class)
        .hasMessageContaining("decay.xml:8: <species id='S'>: attribute boundaryCondition='NaN' is not a boolean")
        .hasMessageContaining("SBML rule 1016");
  }

  /** Item 10: JSBML said only "Must be of type int!", with no element or line. */
  @Test
  void anIntegerAttributeThatIsNoIntegerSaysWhere() {
    String xml = model(2, SPECIES, RULE, TRIGGER).replace("<listOfCompartments>", """
        <listOfUnitDefinitions>
              <unitDefinition id="mM"><listOfUnits>
                <unit kind="mole" exponent="1" scale="-3.5" multiplier="1"/>
              </listOfUnits></unitDefinition>
            </listOfUnitDefinitions>
            <listOfCompartments>""");
    assertThatThrownBy(() -> SbmlImporter.fromXml(xml, "decay.xml"))
        .isInstanceOf(InvalidSbmlException.class)
        .hasMessageContaining("decay.xml:6: <unit>: attribute scale='-3.5' is not an integer");
  }

  @Test
  void theTimeCsymbolAppliedAsAFunctionIsRefused() {
    String rule = "<apply><times/><apply><csymbol encoding=\"text\" definitionURL=\"http://www.sbml.org/sbml/symbols/time\">"
        + "t</csymbol><cn>1</cn></apply><ci>S</ci></apply>";
    assertThatThrownBy(() -> SbmlImporter.fromXml(model(2, SPECIES, rule, TRIGGER), "decay.xml"))
        .isInstanceOf(InvalidSbmlException.class)
        .hasMessageContaining("<apply>: the time csymbol is a value, not a function, and cannot be applied")
        .hasMessageContaining("SBML rule 10214");
  }

  /** Below L3V2 an empty math is invalid; in L3V2 it is refused too, since its meaning is not said (it wrote NaN rows). */
  @Test
  void anEmptyMathInAnAssignmentRuleIsRefused() {
    assertThatThrownBy(() -> SbmlImporter.fromXml(model(1, SPECIES, "", TRIGGER), "decay.xml"))
        .isInstanceOf(InvalidSbmlException.class)
        .hasMessageContaining("<math> of <assignmentRule>: an empty <math>: it must hold an expression");
    assertThatThrownBy(() -> SbmlImporter.fromXml(model(2, SPECIES, "", TRIGGER), "decay.xml"))
        .isInstanceOf(UnsupportedSbmlException.class)
        .hasMessageContaining("<math> of <assignmentRule>: is empty");
  }

  /** libSBML 5.19.7 calls a one-argument relation in an L3V1 trigger an error (10218); in L3V2 it is n-ary and true. */
  @Test
  void aOneArgumentComparisonInAnL3v1TriggerIsRefused() {
    String trigger = "<apply><gt/><cn>5.5</cn></apply>";
    assertThatThrownBy(() -> SbmlImporter.fromXml(model(1, SPECIES, RULE, trigger), "decay.xml"))
        .isInstanceOf(InvalidSbmlException.class)
        .hasMessageContaining("SBML rule 10218");
  }

  /** JSBML's validator printed "expandFunctionDefinition - number of arguments differ" to stdout for it. */
  @Test
  void aCallWithTheWrongNumberOfArgumentsIsRefusedBeforeJsbmlSeesIt() {
    String xml = model(2, SPECIES, "<apply><ci>twice</ci><ci>S</ci><cn>1</cn></apply>", TRIGGER).replace("<listOfCompartments>", """
        <listOfFunctionDefinitions>
              <functionDefinition id="twice"><math xmlns="%s">
                <lambda><bvar><ci>x</ci></bvar><apply><times/><cn>2</cn><ci>x</ci></apply></lambda>
              </math></functionDefinition>
            </listOfFunctionDefinitions>
            <listOfCompartments>""".formatted(MATH));
    assertThatThrownBy(() -> SbmlImporter.fromXml(xml, "decay.xml"))
        .isInstanceOf(InvalidSbmlException.class)
        .hasMessageContaining("<apply> of twice: calls twice with 2 argument(s); its function definition takes 1")
        .hasMessageContaining("SBML rule 10219");
  }

  /** libSBML reads <apply><apply>x</apply></apply> as x (the PEtab benchmark's Beer model); JSBML dropped an operand. */
  @Test
  void aRedundantApplyIsReadAsItsExpressionAndAnAppliedApplyIsRefused() throws Exception {
    String wrapped = "<apply><times/><apply><apply><plus/><cn>1</cn><cn>1</cn></apply></apply><ci>S</ci></apply>";
    Model m = SbmlImporter.fromXml(model(2, SPECIES, wrapped, TRIGGER), "decay.xml");
    assertThat(m.rules().getFirst().math()).hasToString(SbmlImporter.fromXml(model(2, SPECIES,
        "<apply><times/><apply><plus/><cn>1</cn><cn>1</cn></apply><ci>S</ci></apply>", TRIGGER), "decay.xml")
        .rules().getFirst().math().toString());
    String applied = "<apply><apply><plus/><cn>1</cn><cn>1</cn></apply><ci>S</ci></apply>";
    assertThatThrownBy(() -> SbmlImporter.fromXml(model(2, SPECIES, applied, TRIGGER), "decay.xml"))
        .isInstanceOf(InvalidSbmlException.class)
        .hasMessageContaining("an <apply> is not an operator and cannot be applied to arguments");
  }

  @Test
  void aNumericTriggerBelowL3v2IsRefused() {
    assertThatThrownBy(() -> SbmlImporter.fromXml(model(1, SPECIES, RULE, "<cn>1</cn>"), "decay.xml"))
        .isInstanceOf(InvalidSbmlException.class)
        .hasMessageContaining("<trigger>: its formula is numeric (<cn>)")
        .hasMessageContaining("SBML rule 21202");
  }
}
