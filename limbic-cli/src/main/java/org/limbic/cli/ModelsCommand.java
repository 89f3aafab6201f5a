package org.limbic.cli;

import java.util.List;
import org.limbic.experiment.library.BuiltInModel;
import org.limbic.experiment.library.ModelLibrary;
import org.limbic.math.ExprPrinter;
import org.limbic.model.Compartment;
import org.limbic.model.Model;
import org.limbic.model.Rule;
import org.limbic.model.Species;
import org.limbic.model.Parameter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code limbic models [ID]}: the built-in models, or one model's parameters with units and sources. */
@Command(name = "models", mixinStandardHelpOptions = true,
    description = "List the built-in models, or show one model's parameters (value, unit, source), scenarios and claims.")
final class ModelsCommand implements Runnable {

  @Parameters(index = "0", arity = "0..1", paramLabel = "ID", description = "a model id to show in detail")
  String id;

  @Override
  public void run() {
    if (id == null) {
      List<BuiltInModel> models = ModelLibrary.all();
      int width = models.stream().mapToInt(m -> m.id().length()).max().orElse(2);
      for (BuiltInModel m : models) {
        System.out.printf("%-" + width + "s  %s%n", m.id(), m.title());
      }
      return;
    }
    BuiltInModel m = ModelLibrary.get(id);
    Model model = m.model();
    System.out.println(m.id() + ": " + m.title());
    System.out.println(model);
    if (!model.compartments().isEmpty()) {
      System.out.println();
      System.out.printf("%-20s %14s  %s%n", "compartment", "size", "unit");
      for (Compartment c : model.compartments()) {
        System.out.printf("%-20s %14.6g  %s%n", c.id(), c.size(), c.unit().isEmpty() ? "-" : c.unit());
      }
    }
    if (!model.species().isEmpty()) {
      System.out.println();
      System.out.printf("%-20s %14s  %-12s %-14s %s%n", "species", "initial", "unit", "compartment", "notes");
      for (Species sp : model.species()) {
        String notes = (sp.boundaryCondition() ? "boundary " : "") + (sp.constant() ? "constant " : "")
            + (sp.initialIsConcentration() ? "initial is a concentration" : "initial is an amount");
        System.out.printf("%-20s %14.6g  %-12s %-14s %s%n", sp.id(), sp.initialValue(), sp.unit().isEmpty() ? "-" : sp.unit(),
            sp.compartment(), notes.strip());
      }
    }
    List<Rule.Assignment> observables = model.rules().stream().filter(Rule.Assignment.class::isInstance)
        .map(Rule.Assignment.class::cast).toList();
    if (!observables.isEmpty()) {
      System.out.println();
      System.out.println("assigned variables (usable as outputs):");
      observables.forEach(r -> System.out.println("  " + r.variable() + " = " + abbreviate(ExprPrinter.print(r.math()))));
    }
    if (!model.reactions().isEmpty()) {
      System.out.println();
      System.out.println("reactions:");
      model.reactions().forEach(r -> System.out.println("  " + r.id() + ": " + abbreviate(ExprPrinter.print(r.kineticLaw()))));
    }
    System.out.println();
    System.out.printf("%-20s %14s  %-12s %s%n", "parameter", "value", "unit", "source");
    for (Parameter p : model.parameters()) {
      System.out.printf("%-20s %14.6g  %-12s %s%n", p.id(), p.value(), p.unit(), p.source().isEmpty() ? "-" : p.source());
    }
    if (!m.scenarios().isEmpty()) {
      System.out.println();
      System.out.println("scenarios: " + String.join(", ", m.scenarios().keySet()));
    }
    if (!m.claims().isEmpty()) {
      System.out.println();
      m.claims().forEach(c -> System.out.println(c.id() + " [" + c.calibration().label() + "] " + c.statement()));
    }
  }

  private static String abbreviate(String text) {
    return text.length() <= 110 ? text : text.substring(0, 109) + "…";
  }
}
