package org.limbic.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.limbic.experiment.launch.ExperimentSource;
import org.limbic.experiment.library.BuiltInModel;
import org.limbic.experiment.library.ModelLibrary;
import org.limbic.experiment.spec.ModelRef;
import org.limbic.model.Compartment;
import org.limbic.model.Model;
import org.limbic.model.ModelBuilder;
import org.limbic.model.Parameter;
import org.limbic.model.Species;
import org.limbic.sbml.SbmlExporter;
import org.limbic.sbml.SbmlModels;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code limbic export MODEL --sbml FILE}: a built-in model, an imported SBML file or an experiment
 * file's model (with the file's parameter values) as SBML Level 3 Version 2, so COPASI, Tellurium
 * or VCell can run what Limbic runs. Written through a temporary file and moved in place; an
 * existing file is kept unless {@code --force}.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = {"Writes a model as SBML Level 3 Version 2: a built-in model id, an SBML file (imported, then written"
        + " again) or an experiment file (its model with the file's parameter values).",
        "Agent-based models (vole) have no SBML form and are refused.",
        "Exit codes: 0 written, 2 bad input."})
public final class ExportCommand implements Runnable {

  @Parameters(index = "0", paramLabel = "MODEL", description = "a built-in model id (limbic models lists them), an SBML file or an experiment file (.yaml)")
  String source;

  @Option(names = "--sbml", required = true, paramLabel = "FILE", description = "the SBML file to write")
  Path sbml;

  @Option(names = "--force", description = "replace FILE if it exists")
  boolean force;

  @Override
  public void run() {
    Model model = model();
    if (Files.isDirectory(sbml)) {
      throw new IllegalArgumentException("--sbml " + sbml + " is a directory; give the file to write");
    }
    if (Files.exists(sbml) && !force) {
      throw new IllegalArgumentException(sbml + " exists; give another --sbml FILE or add --force to replace it");
    }
    Path parent = sbml.toAbsolutePath().getParent();
    if (parent != null && !Files.isDirectory(parent)) {
      throw new IllegalArgumentException("the folder of --sbml " + sbml + " does not exist; create " + parent + " first");
    }
    try {
      SbmlExporter.write(model, sbml);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + sbml + ": " + e.getMessage(), e);
    }
    System.out.println(String.format(Locale.ROOT, "wrote %s: model %s, %d species, %d reactions, %d parameters, %d rules, %d events",
        sbml, model.id(), model.species().size(), model.reactions().size(), model.parameters().size(), model.rules().size(),
        model.events().size()));
  }

  /**
   * The model with an experiment's values in place of its own, as a run applies them to the
   * parameter vector: a parameter's value, a compartment's size, a species' declared initial value
   * (amount or concentration, as the species declares it).
   */
  static Model withValues(Model model, java.util.Map<String, Double> values) {
    if (values.isEmpty()) {
      return model;
    }
    for (String id : values.keySet()) {
      if (model.element(id).filter(e -> e instanceof Parameter || e instanceof Compartment || e instanceof Species).isEmpty()) {
        throw new IllegalArgumentException("the experiment sets '" + id + "', which model '" + model.id()
            + "' has as no parameter, compartment or species");
      }
    }
    ModelBuilder b = Model.builder(model.id()).name(model.name()).timeUnit(model.timeUnit());
    for (Compartment c : model.compartments()) {
      b.compartment(values.containsKey(c.id()) ? new Compartment(c.id(), values.get(c.id()), c.constant(), c.unit()) : c);
    }
    for (Species s : model.species()) {
      b.species(values.containsKey(s.id()) ? new Species(s.id(), s.compartment(), values.get(s.id()), s.initialIsConcentration(),
          s.hasOnlySubstanceUnits(), s.boundaryCondition(), s.constant(), s.unit()) : s);
    }
    for (Parameter p : model.parameters()) {
      b.parameter(values.containsKey(p.id()) ? new Parameter(p.id(), values.get(p.id()), p.constant(), p.unit(), p.source()) : p);
    }
    model.functions().forEach(b::function);
    model.reactions().forEach(b::reaction);
    model.rules().forEach(b::rule);
    model.initialAssignments().forEach(b::initialAssignment);
    model.events().forEach(b::event);
    return b.build();
  }

  private Model model() {
    Path path = Path.of(source);
    String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".yaml") || name.endsWith(".yml")) {
      ExperimentSource experiment = ExperimentSource.read(path, ExperimentLauncher.MODELS);
      return withValues(experiment.model(), experiment.spec().parameters());
    }
    if (Files.isRegularFile(path)) {
      return SbmlModels.load(path);
    }
    if (source.contains("/") || source.contains(".")) {
      throw new IllegalArgumentException("no such file: " + source + "; give a built-in model id, an SBML file or an experiment file");
    }
    BuiltInModel builtIn = ModelLibrary.find(source).orElseThrow(() -> new IllegalArgumentException(
        "no built-in model '" + source + "'; limbic models lists them"));
    if (builtIn.agentBased()) {
      throw new IllegalArgumentException("model '" + source + "' is agent-based: its animals, cages and assays have no SBML form;"
          + " export one of the ODE models instead");
    }
    return ExperimentLauncher.MODELS.resolve(new ModelRef.BuiltIn(source)).orElseThrow();
  }
}
