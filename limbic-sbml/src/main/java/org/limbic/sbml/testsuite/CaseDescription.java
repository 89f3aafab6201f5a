package org.limbic.sbml.testsuite;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The header of an SBML Test Suite NNNNN-model.m: component tags, test tags and test type. */
record CaseDescription(List<String> componentTags, List<String> testTags, String testType) {

  static CaseDescription read(Path file) throws IOException {
    Map<String, String> values = SettingsText.read(file);
    return new CaseDescription(SettingsText.list(values.get("componentTags")), SettingsText.list(values.get("testTags")),
        values.getOrDefault("testType", ""));
  }
}
