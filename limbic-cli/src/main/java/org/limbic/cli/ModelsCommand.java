package org.limbic.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.limbic.experiment.library.BuiltInModel;
import org.limbic.experiment.library.ModelLibrary;
import org.limbic.experiment.library.ModelSheet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.json.JsonMapper;

/** {@code limbic models [ID]}: the built-in models, or one model's equations and parameters with units and sources. */
@Command(name = "models", mixinStandardHelpOptions = true,
    description = {"List the built-in models, or show one model: compartments, species, assigned variables and rate rules with"
        + " their expressions, reactions, parameters (value, unit, source), scenarios and claims.",
        "--format tsv prints one row per element (section, id, value, unit, detail); --format json the same as an object."})
final class ModelsCommand implements Runnable {

  enum Format { text, tsv, json }

  @Parameters(index = "0", arity = "0..1", paramLabel = "ID", description = "a model id to show in detail")
  String id;

  @Option(names = "--format", defaultValue = "text", paramLabel = "text|tsv|json",
      description = "text (default), tsv or json")
  Format format;

  @Override
  public void run() {
    PrintStream out = System.out;
    if (id == null) {
      List<BuiltInModel> models = ModelLibrary.all();
      switch (format) {
        case text -> {
          int width = models.stream().mapToInt(m -> m.id().length()).max().orElse(2);
          models.forEach(m -> out.printf("%-" + width + "s  %s%n", m.id(), m.title()));
        }
        case tsv -> {
          out.println("id\ttitle");
          models.forEach(m -> out.println(ModelSheetTsv.cell(m.id()) + "\t" + ModelSheetTsv.cell(m.title())));
        }
        case json -> out.println(json(models.stream().map(m -> Map.of("id", m.id(), "title", m.title())).toList()));
      }
      return;
    }
    ModelSheet sheet = ModelSheet.of(ModelLibrary.get(id));
    switch (format) {
      case text -> text(sheet, out);
      case tsv -> ModelSheetTsv.print(sheet, out);
      case json -> out.println(json(sheet));
    }
  }

  private static String json(Object value) {
    return JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(value);
  }

  private static void text(ModelSheet s, PrintStream out) {
    out.println(s.id() + ": " + s.title());
    out.println(s.name());
    if (!s.compartments().isEmpty()) {
      out.println();
      out.printf("%-20s %14s  %s%n", "compartment", "size", "unit");
      s.compartments().forEach(c -> out.printf(Locale.ROOT, "%-20s %14.6g  %s%n", c.id(), c.size(), orDash(c.unit())));
    }
    if (!s.species().isEmpty()) {
      out.println();
      out.printf("%-20s %14s  %-22s %-14s %s%n", "species", "initial", "unit", "compartment", "notes");
      for (ModelSheet.SpeciesRow sp : s.species()) {
        String notes = (sp.boundary() ? "boundary " : "") + (sp.constant() ? "constant " : "")
            + (sp.initialIsConcentration() ? "initial is a concentration" : "initial is an amount");
        out.printf(Locale.ROOT, "%-20s %14.6g  %-22s %-14s %s%n", sp.id(), sp.initial(), orDash(sp.unit()), sp.compartment(),
            notes.strip());
      }
    }
    if (!s.assignments().isEmpty()) {
      out.println();
      out.println("assigned variables (usable as outputs):");
      s.assignments().forEach(r -> out.println("  " + r.variable() + unit(r.unit()) + " = " + r.expression()));
    }
    if (!s.rateRules().isEmpty()) {
      out.println();
      out.println("rate rules:");
      s.rateRules().forEach(r -> out.println(String.format(Locale.ROOT, "  d %s%s / dt = %s, from %.6g", r.variable(), unit(r.unit()),
          r.expression(), r.initial())));
    }
    if (!s.reactions().isEmpty()) {
      out.println();
      out.println("reactions:");
      s.reactions().forEach(r -> out.println("  " + r.id() + ": " + r.rate()));
    }
    out.println();
    out.printf("%-20s %14s  %-12s %s%n", "parameter", "value", "unit", "source");
    for (ModelSheet.ParameterRow p : s.parameters()) {
      String source = !p.source().isEmpty() ? p.source() : p.changedByEvents() ? "(initial value; events change it)" : "-";
      out.printf(Locale.ROOT, "%-20s %14.6g  %-12s %s%n", p.id(), p.value(), orDash(p.unit()), source);
    }
    if (!s.scenarios().isEmpty()) {
      out.println();
      out.println("scenarios: " + String.join(", ", s.scenarios()));
      out.println("run one from a file: model: " + s.id() + ", scenario: " + s.scenarios().getFirst()
          + " (its keys can be overridden; docs/experiment-files.md, 'scenario')");
    }
    for (ModelSheet.AssayRow a : s.assays()) {
      out.println();
      out.println("assay " + a.name() + ": " + a.description());
      out.printf("  %-16s %-10s %-26s %s%n", "parameter", "default", "allowed", "meaning");
      a.parameters().forEach(p -> out.printf(Locale.ROOT, "  %-16s %-10s %-26s %s%n", p.name(), p.defaultValue(), p.allowed(),
          p.meaning()));
      a.measures().forEach(m -> out.println("  measures " + m));
    }
    if (!s.assays().isEmpty()) {
      out.println();
      out.println("run them from a file: model: " + s.id() + ", assays: [{assay: " + s.assays().getFirst().name()
          + ", ...}] (docs/experiment-files.md, 'Agent-based models')");
    }
    if (!s.claims().isEmpty()) {
      out.println();
      s.claims().forEach(c -> out.println(c.id() + " [" + c.kind() + "] " + c.statement()));
    }
  }

  private static String orDash(String unit) {
    return unit.isEmpty() ? "-" : unit;
  }

  private static String unit(String unit) {
    return unit.isEmpty() ? "" : " [" + unit + "]";
  }
}
