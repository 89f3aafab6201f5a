package org.limbic.sbml;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.limbic.model.Model;

/** A model's unit of time reaches SBML's timeUnits and comes back, so plots can label their time axis. */
class TimeUnitTest {

  private static String document(String modelAttributes, String unitDefinitions) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <sbml xmlns="http://www.sbml.org/sbml/level3/version2/core" level="3" version="2">
          <model id="m" %s>
            %s
            <listOfParameters><parameter id="k" value="1" constant="true"/></listOfParameters>
          </model>
        </sbml>
        """.formatted(modelAttributes, unitDefinitions);
  }

  @Test
  void minutesGoOutAsAUnitDefinitionAndComeBack() throws Exception {
    Model m = Model.builder("m").timeUnit("min").parameter("k", 1.0, "1/min", "").build();
    String xml = SbmlExporter.write(m);
    assertThat(xml).contains("timeUnits=");
    assertThat(SbmlImporter.fromXml(xml, "m.xml").timeUnit()).isEqualTo("min");
  }

  @Test
  void theBaseUnitAndUnnamedDefinitionsReadAsShortText() throws Exception {
    assertThat(SbmlImporter.fromXml(document("timeUnits=\"second\"", ""), "a.xml").timeUnit()).isEqualTo("s");
    String hour = "<listOfUnitDefinitions><unitDefinition id=\"hr\"><listOfUnits><unit kind=\"second\" exponent=\"1\""
        + " scale=\"0\" multiplier=\"3600\"/></listOfUnits></unitDefinition></listOfUnitDefinitions>";
    assertThat(SbmlImporter.fromXml(document("timeUnits=\"hr\"", hour), "b.xml").timeUnit()).isEqualTo("h");
    assertThat(SbmlImporter.fromXml(document("", ""), "c.xml").timeUnit()).isEmpty();
  }
}
