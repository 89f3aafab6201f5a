package org.limbic.sbml;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** The header of an SBML Test Suite NNNNN-model.m: component tags, test tags and test type. */
record CaseDescription(List<String> componentTags, List<String> testTags, String testType) {

  static CaseDescription read(Path file) throws IOException {
    List<String> component = List.of();
    List<String> test = List.of();
    String type = "";
    for (String line : Files.readAllLines(file)) {
      int colon = line.indexOf(':');
      if (colon < 0) {
        continue;
      }
      String key = line.substring(0, colon).trim();
      String value = line.substring(colon + 1).trim();
      switch (key) {
        case "componentTags" -> component = tags(value);
        case "testTags" -> test = tags(value);
        case "testType" -> type = value;
        default -> {
        }
      }
    }
    return new CaseDescription(component, test, type);
  }

  private static List<String> tags(String value) {
    return Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }
}
