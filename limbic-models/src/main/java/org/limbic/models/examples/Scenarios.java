package org.limbic.models.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads a model's scenario files (experiment YAML) from the class path beside the model class. */
public final class Scenarios {

  private Scenarios() {
  }

  public static Map<String, String> load(Class<?> owner, String... names) {
    Map<String, String> scenarios = new LinkedHashMap<>();
    for (String name : names) {
      String resource = name + ".yaml";
      try (InputStream in = owner.getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException("scenario resource " + resource + " missing beside " + owner.getName());
        }
        scenarios.put(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read scenario " + resource, e);
      }
    }
    return scenarios;
  }
}
