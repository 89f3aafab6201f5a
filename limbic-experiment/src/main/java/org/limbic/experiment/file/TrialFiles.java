package org.limbic.experiment.file;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.limbic.experiment.spec.NOfOneDesign;
import org.limbic.experiment.trial.PatientModels;
import org.limbic.experiment.spec.TrialDesign;
import org.limbic.experiment.trial.VirtualPatientModel;

/**
 * Reads virtual-trial files (YAML; docs/trial-files.md describes the keys, docs/trial.schema.json is
 * their JSON Schema) into validated {@link TrialDesign}s. The population and treatment kinds are
 * checked against the named patient model; every fault is an {@link ExperimentFileException} at
 * {@code FILE:LINE:COLUMN}.
 */
public final class TrialFiles {

  /** The keys a trial file may have at its top level. */
  public static final List<String> TOP_LEVEL_KEYS = List.of("name", "model", "population", "patients", "inclusion",
      "randomization", "visits", "attrition", "arms", "endpoints", "analysis");

  /** The keys an N-of-1 trial file (one with an {@code n_of_1} section) may have at its top level. */
  public static final List<String> N_OF_1_KEYS = List.of("name", "model", "population", "patients", "inclusion", "n_of_1",
      "endpoint");

  private TrialFiles() {
  }

  /** Whether {@code text} is an N-of-1 trial file (a top-level {@code n_of_1} section) rather than a randomized trial. */
  public static boolean isNOfOne(String text, String sourceName) {
    return YamlTree.parse(text, sourceName) instanceof YamlNode.Mapping m && m.entries().containsKey("n_of_1");
  }

  /** Reads an N-of-1 trial file with the patient models on the class path. */
  public static NOfOneDesign parseNOfOne(String text, String sourceName) {
    return parseNOfOne(text, sourceName, PatientModels::get);
  }

  public static NOfOneDesign parseNOfOne(String text, String sourceName, Function<String, VirtualPatientModel> models) {
    return new NOfOneReader(sourceName, models).read(YamlTree.parse(text, sourceName));
  }

  /** The text of a trial file, with a located error if it cannot be read. */
  public static String text(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new ExperimentFileException(new SourceLocation(file.toString(), 1, 1), "cannot read the trial file ("
          + e.getMessage() + "); check that " + file.toAbsolutePath() + " exists and is readable");
    }
  }

  public static TrialDesign read(Path file) {
    String text;
    try {
      text = Files.readString(file);
    } catch (IOException e) {
      throw new ExperimentFileException(new SourceLocation(file.toString(), 1, 1), "cannot read the trial file ("
          + e.getMessage() + "); check that " + file.toAbsolutePath() + " exists and is readable");
    }
    return parse(text, file.toString());
  }

  /** Parses with the patient models on the class path ({@link PatientModels}). */
  public static TrialDesign parse(String text, String sourceName) {
    return parse(text, sourceName, PatientModels::get);
  }

  /** @param models patient model by id; throws IllegalArgumentException naming the known ids for an unknown one */
  public static TrialDesign parse(String text, String sourceName, Function<String, VirtualPatientModel> models) {
    return new TrialReader(sourceName, models).read(YamlTree.parse(text, sourceName));
  }
}
