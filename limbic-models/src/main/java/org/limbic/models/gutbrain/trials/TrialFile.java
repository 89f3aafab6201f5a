package org.limbic.models.gutbrain.trials;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.limbic.experiment.file.TrialFiles;
import org.limbic.experiment.spec.TrialDesign;

/** The trial files shipped with the gut–brain claims (resources under org/limbic/models/gutbrain/trials/). */
final class TrialFile {

  private static final Map<String, TrialDesign> CACHE = new ConcurrentHashMap<>();

  private TrialFile() {
  }

  static TrialDesign load(String name) {
    return CACHE.computeIfAbsent(name, TrialFile::read);
  }

  private static TrialDesign read(String name) {
    String path = "/org/limbic/models/gutbrain/trials/" + name + ".yaml";
    try (InputStream in = TrialFile.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("no trial file " + path + " on the class path");
      }
      return TrialFiles.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), name + ".yaml",
          id -> GutBrainPatientModel.PATIENTS);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
  }
}
