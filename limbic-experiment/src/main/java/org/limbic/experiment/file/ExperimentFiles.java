package org.limbic.experiment.file;

import java.nio.file.Path;
import java.util.List;
import org.limbic.experiment.spec.ExperimentSpec;
import org.limbic.experiment.spec.SensitivityExperiment;
import org.limbic.io.InputFileException;
import org.limbic.io.InputFiles;

/**
 * Reads experiment files (YAML; docs/experiment-files.md describes every key and
 * docs/experiment.schema.json is their JSON Schema) into validated {@link ExperimentSpec}s. Every
 * fault is an {@link ExperimentFileException} whose message starts with {@code FILE:LINE:COLUMN: }.
 */
public final class ExperimentFiles {

  /** The keys an experiment file may have at its top level, in the order the documentation gives them. */
  public static final List<String> TOP_LEVEL_KEYS = List.of("name", "model", "scenario", "parameters", "time", "interventions",
      "outputs", "solver", "replicates", "seed", "scan", "cohort", "sensitivity", "steady_state");

  private ExperimentFiles() {
  }

  /** Reads and validates a file, with built-in models only (SBML files are checked to exist). */
  public static ExperimentSpec read(Path file) {
    return read(file, ModelResolver.builtIns());
  }

  public static ExperimentSpec read(Path file, ModelResolver models) {
    String text = text(file);
    Path dir = file.toAbsolutePath().getParent();
    return parse(text, file.toString(), dir, models);
  }

  /**
   * Parses and validates experiment file text with built-in models only.
   *
   * @param sourceName the file name used in messages and as the default experiment name
   * @param baseDir the directory relative paths in the file (an SBML model) are resolved against
   */
  public static ExperimentSpec parse(String text, String sourceName, Path baseDir) {
    return parse(text, sourceName, baseDir, ModelResolver.builtIns());
  }

  public static ExperimentSpec parse(String text, String sourceName, Path baseDir, ModelResolver models) {
    return new ExperimentReader(sourceName, baseDir, models).read(YamlTree.parse(text, sourceName));
  }

  /**
   * Reads and validates a file with a {@code sensitivity} section (which {@link #read} refuses): the
   * experiment each design point runs, and the analysis.
   */
  public static SensitivityExperiment readSensitivity(Path file, ModelResolver models) {
    return parseSensitivity(text(file), file.toString(), file.toAbsolutePath().getParent(), models);
  }

  public static SensitivityExperiment parseSensitivity(String text, String sourceName, Path baseDir, ModelResolver models) {
    return new ExperimentReader(sourceName, baseDir, models).readSensitivity(YamlTree.parse(text, sourceName));
  }

  /**
   * True when the file names a built-in agent-based model (the vole model), whose file gives assays
   * instead of equations' settings: read it with {@link #parseAssays}.
   */
  public static boolean isAssayFile(String text, String sourceName) {
    return AssayReader.agentModel(YamlTree.parse(text, sourceName)).isPresent();
  }

  /** Parses and validates the file of an agent-based model (docs/experiment-files.md, "Agent-based models"). */
  public static org.limbic.experiment.assay.AssayExperiment parseAssays(String text, String sourceName) {
    YamlNode root = YamlTree.parse(text, sourceName);
    org.limbic.experiment.library.BuiltInModel model = AssayReader.agentModel(root).orElseThrow(() ->
        new ExperimentFileException(root.location(), "the file does not name an agent-based model; read it as an experiment"));
    return new AssayReader(sourceName).read((YamlNode.Mapping) root, model);
  }

  /** An experiment file's text as {@link #read} reads it, for whoever records it with the run. */
  public static String text(Path file) {
    return text(file, "experiment file");
  }

  /** A file's text through {@link InputFiles} (regular files, bounded, strict UTF-8), its faults located. */
  static String text(Path file, String what) {
    try {
      return InputFiles.read(file, what);
    } catch (InputFileException e) {
      throw new ExperimentFileException(new SourceLocation(file.toString(), e.line(), e.column()), e.problem());
    }
  }
}
