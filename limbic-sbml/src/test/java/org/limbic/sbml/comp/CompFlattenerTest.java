package org.limbic.sbml.comp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Test;
import org.limbic.compile.ModelCompiler;
import org.limbic.model.Model;
import org.limbic.sbml.InvalidSbmlException;
import org.limbic.sbml.SbmlImporter;
import org.limbic.sbml.UnsupportedSbmlException;
import org.limbic.simulation.SimulationOptions;
import org.limbic.simulation.Simulator;

/** Hierarchical models (package comp) flattened, each checked against a closed form. */
class CompFlattenerTest {

  private static final SimulationOptions TIGHT = SimulationOptions.DEFAULTS.withTolerances(1e-10, 1e-14);
  private static final String MATH = "<math xmlns=\"http://www.w3.org/1998/Math/MathML\">";

  /** A top model {@code top} with one model definition {@code inner}, the comp namespace declared. */
  private static String hierarchy(String top, String inner) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <sbml xmlns="http://www.sbml.org/sbml/level3/version1/core"
              xmlns:comp="http://www.sbml.org/sbml/level3/version1/comp/version1" level="3" version="1" comp:required="true">
          <model id="top">""" + top + """
          </model>
          <comp:listOfModelDefinitions><comp:modelDefinition id="inner">""" + inner + """
          </comp:modelDefinition></comp:listOfModelDefinitions>
        </sbml>
        """;
  }

  /** dx/dt = 1 in the inner model, x(0) = 0. */
  private static final String GROWING_X = """
      <listOfParameters><parameter id="x" value="0" constant="false"/></listOfParameters>
      <listOfRules><rateRule variable="x">""" + MATH + "<cn>1</cn></math></rateRule></listOfRules>";

  private static double last(Model m, String id, double tEnd) {
    return new Simulator(ModelCompiler.compile(m), TIGHT).run(0, tEnd, 3).last(id);
  }

  @Test
  void submodelElementsArePrefixedWithTheSubmodelId() throws IOException {
    Model m = SbmlImporter.fromXml(hierarchy("""
        <comp:listOfSubmodels><comp:submodel comp:id="A" comp:modelRef="inner"/></comp:listOfSubmodels>
        """, GROWING_X), "prefix");
    assertThat(last(m, "A__x", 2)).isCloseTo(2.0, within(1e-9));
  }

  @Test
  void replacementWithConversionFactorScalesTheReplacedValue() throws IOException {
    // y replaces A's x with factor c = 10: y = 10 x, so dy/dt = 10 and y(2) = y(0) + 20 with y(0) = 5 (y keeps its own value).
    Model m = SbmlImporter.fromXml(hierarchy("""
        <listOfParameters>
          <parameter id="c" value="10" constant="true"/>
          <parameter id="y" value="5" constant="false">
            <comp:listOfReplacedElements>
              <comp:replacedElement comp:idRef="x" comp:submodelRef="A" comp:conversionFactor="c"/>
            </comp:listOfReplacedElements>
          </parameter>
        </listOfParameters>
        <comp:listOfSubmodels><comp:submodel comp:id="A" comp:modelRef="inner"/></comp:listOfSubmodels>
        """, GROWING_X), "conversion");
    assertThat(last(m, "y", 2)).isCloseTo(25.0, within(1e-8));
    assertThat(m.parameterById("A__x")).isEmpty();
  }

  @Test
  void replacedByGivesTheSubmodelElementTheParentsId() throws IOException {
    Model m = SbmlImporter.fromXml(hierarchy("""
        <listOfParameters>
          <parameter id="y" value="99" constant="false"><comp:replacedBy comp:idRef="x" comp:submodelRef="A"/></parameter>
        </listOfParameters>
        <comp:listOfSubmodels><comp:submodel comp:id="A" comp:modelRef="inner"/></comp:listOfSubmodels>
        """, GROWING_X), "replacedBy");
    assertThat(last(m, "y", 2)).isCloseTo(2.0, within(1e-9)); // the submodel's x (value 0, rate 1) under the name y
  }

  @Test
  void timeConversionFactorSlowsTheSubmodelsRates() throws IOException {
    // T = 60 parent time units per submodel time unit: dx/dt = 1/60 in parent time.
    Model m = SbmlImporter.fromXml(hierarchy("""
        <listOfParameters><parameter id="T" value="60" constant="true"/></listOfParameters>
        <comp:listOfSubmodels><comp:submodel comp:id="A" comp:modelRef="inner" comp:timeConversionFactor="T"/></comp:listOfSubmodels>
        """, GROWING_X), "time");
    assertThat(last(m, "A__x", 30)).isCloseTo(0.5, within(1e-9));
  }

  @Test
  void deletionRemovesTheRuleItTargets() throws IOException {
    Model m = SbmlImporter.fromXml(hierarchy("""
        <comp:listOfSubmodels><comp:submodel comp:id="A" comp:modelRef="inner">
          <comp:listOfDeletions><comp:deletion comp:metaIdRef="growth"/></comp:listOfDeletions>
        </comp:submodel></comp:listOfSubmodels>
        """, GROWING_X.replace("<rateRule ", "<rateRule metaid=\"growth\" ")), "deletion");
    assertThat(last(m, "A__x", 2)).isEqualTo(0.0);
  }

  @Test
  void unresolvableSubmodelIsRefusedNamingTheSubmodel() {
    String xml = hierarchy("""
        <comp:listOfSubmodels><comp:submodel comp:id="A" comp:modelRef="nowhere"/></comp:listOfSubmodels>
        """, GROWING_X);
    // read from text, the validation refuses it with comp's rule (issue #14)
    assertThatThrownBy(() -> SbmlImporter.fromXml(xml, "missing definition"))
        .isInstanceOf(InvalidSbmlException.class)
        .hasMessageContaining("missing definition: ")
        .hasMessageContaining("The <submodel> with id 'A' does not comply")
        .hasMessageContaining("SBML rule 1020615");
    // given as a parsed document, the flattener refuses it
    assertThatThrownBy(() -> SbmlImporter.fromDocument(new org.sbml.jsbml.SBMLReader().readSBMLFromString(xml)))
        .isInstanceOf(UnsupportedSbmlException.class)
        .hasMessage("A: no model definition 'nowhere'")
        .hasCauseInstanceOf(UnsupportedCompException.class);
  }

  /**
   * Issue #14, item 4: an external model definition that names itself (in its own file) overflowed
   * the stack with 1,024 lines of trace, and in limbic sbml-test-suite stopped the whole suite.
   */
  @Test
  void externalModelDefinitionsInACycleAreRefusedWithTheChain(@TempDir Path dir) throws IOException {
    Path self = Files.writeString(dir.resolve("self.xml"), """
        <?xml version="1.0" encoding="UTF-8"?>
        <sbml xmlns="http://www.sbml.org/sbml/level3/version1/core"
              xmlns:comp="http://www.sbml.org/sbml/level3/version1/comp/version1" level="3" version="1" comp:required="true">
          <model id="top">
            <comp:listOfSubmodels><comp:submodel comp:id="A" comp:modelRef="E"/></comp:listOfSubmodels>
          </model>
          <comp:listOfExternalModelDefinitions>
            <comp:externalModelDefinition comp:id="E" comp:source="self.xml" comp:modelRef="E"/>
          </comp:listOfExternalModelDefinitions>
        </sbml>
        """);
    assertThatThrownBy(() -> SbmlImporter.read(self)).isInstanceOf(UnsupportedSbmlException.class)
        .hasMessageContaining("external model definitions refer to each other in a cycle")
        .hasMessageContaining("#E -> ").hasMessageContaining("point one of them at a model");
  }

  /** Issue #14, item 5: comp source="/dev/zero" read 4.6 GB, then ran out of memory. */
  @Test
  void anExternalSourceThatIsNoRegularFileIsRefused(@TempDir Path dir) throws IOException {
    Path top = Files.writeString(dir.resolve("top.xml"), """
        <?xml version="1.0" encoding="UTF-8"?>
        <sbml xmlns="http://www.sbml.org/sbml/level3/version1/core"
              xmlns:comp="http://www.sbml.org/sbml/level3/version1/comp/version1" level="3" version="1" comp:required="true">
          <model id="top">
            <comp:listOfSubmodels><comp:submodel comp:id="A" comp:modelRef="E"/></comp:listOfSubmodels>
          </model>
          <comp:listOfExternalModelDefinitions>
            <comp:externalModelDefinition comp:id="E" comp:source="sub"/>
          </comp:listOfExternalModelDefinitions>
        </sbml>
        """);
    Files.createDirectories(dir.resolve("sub"));
    assertThatThrownBy(() -> SbmlImporter.read(top)).isInstanceOf(UnsupportedSbmlException.class)
        .hasMessageContaining("is not readable").hasMessageContaining("not a regular file");
  }
}
