package org.limbic.cli;

import java.io.PrintStream;
import org.limbic.experiment.library.ModelSheet;

/**
 * {@code limbic models ID --format tsv}: one row per element, {@code section id value unit detail},
 * so that a script or a spreadsheet reads a model without parsing the text layout. Numbers are
 * Java's shortest exact form; detail is the expression, source, compartment or statement.
 */
final class ModelSheetTsv {

  private ModelSheetTsv() {
  }

  static void print(ModelSheet s, PrintStream out) {
    out.println("section\tid\tvalue\tunit\tdetail");
    s.compartments().forEach(c -> row(out, "compartment", c.id(), Double.toString(c.size()), c.unit(), ""));
    s.species().forEach(sp -> row(out, "species", sp.id(), Double.toString(sp.initial()), sp.unit(), sp.compartment()));
    s.assignments().forEach(r -> row(out, "assignment", r.variable(), "", r.unit(), r.expression()));
    s.rateRules().forEach(r -> row(out, "rate_rule", r.variable(), Double.toString(r.initial()), r.unit(), r.expression()));
    s.reactions().forEach(r -> row(out, "reaction", r.id(), "", "", r.rate()));
    s.parameters().forEach(p -> row(out, "parameter", p.id(), Double.toString(p.value()), p.unit(), p.source()));
    s.scenarios().forEach(name -> row(out, "scenario", name, "", "", ""));
    s.assays().forEach(a -> {
      row(out, "assay", a.name(), "", "", a.description());
      a.parameters().forEach(p -> row(out, "assay_parameter", a.name() + "." + p.name(), p.defaultValue(), p.unit(),
          p.allowed() + "; " + p.meaning()));
    });
    s.claims().forEach(c -> row(out, "claim", c.id(), c.kind(), "", c.statement()));
  }

  private static void row(PrintStream out, String... cells) {
    StringBuilder line = new StringBuilder();
    for (String c : cells) {
      line.append(line.isEmpty() ? "" : "\t").append(cell(c));
    }
    out.println(line);
  }

  /** A tab or line break inside a value would split its row: they become spaces. */
  static String cell(String text) {
    return text.replaceAll("[\t\r\n]+", " ");
  }
}
