package org.limbic.sbml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.limbic.math.Expr;
import org.limbic.math.Fn;
import org.limbic.model.InitialAssignment;
import org.limbic.model.Model;
import org.limbic.model.Parameter;
import org.limbic.model.Reaction;
import org.limbic.model.SpeciesReference;
import org.junit.jupiter.api.Test;

class SbmlExporterTest {

  private static Model read(String xml) throws IOException {
    return SbmlImporter.fromXml(xml, "exported");
  }

  @Test
  void everyDoubleInMathReadsBackToTheSameBits() throws IOException {
    Random random = new Random(7);
    var b = Model.builder("m").compartment("c", 1.0);
    double[] values = new double[2000];
    for (int i = 0; i < values.length; i++) {
      double v = Double.longBitsToDouble(random.nextLong());
      values[i] = Double.isNaN(v) || Math.abs(v) < Double.MIN_NORMAL ? 1.0 : v; // subnormals: see MathWriter
    }
    values[0] = -0.0;
    values[1] = 1e-300;
    values[2] = 6.02214179e23;
    for (int i = 0; i < values.length; i++) {
      b.variable("p" + i, 0.0).initialAssignment(new InitialAssignment("p" + i, new Expr.Num(values[i])));
    }
    Model back = read(SbmlExporter.write(b.build()));
    for (int i = 0; i < values.length; i++) {
      Expr math = back.initialAssignments().get(i).math();
      assertThat(Double.doubleToRawLongBits(value(math))).as("p%d = %s read back as %s", i, values[i], math)
          .isEqualTo(Double.doubleToRawLongBits(values[i]));
    }
  }

  /** A number, or a tiny number written as y / 2^k. */
  private static double value(Expr e) {
    return switch (e) {
      case Expr.Num n -> n.value();
      case Expr.Apply a when a.fn() == Fn.DIVIDE -> value(a.arg(0)) / value(a.arg(1));
      case Expr.Apply a when a.fn() == Fn.NEG -> -value(a.arg(0));
      default -> throw new AssertionError("not a number: " + e);
    };
  }

  @Test
  void unitsBecomeUnitDefinitionsAndSourcesBecomeReferencesAndNotes() {
    Model m = Model.builder("m").compartment("plasma", 1.0)
        .species("H", "plasma", 0.0)
        .parameter("k", 0.1, "1/min", "Fuchs 1984, doi:10.1016/0002-9378(84)90327-8; PMID 6391206")
        .parameter("c", 2.0, "nM", "assumed: typical")
        .parameter("odd", 3.0, "cells per mouse", "assumed")
        .reaction("clearance", "H ->", "k * H * plasma")
        .build();
    String xml = SbmlExporter.write(m);
    assertThat(xml).contains("<unitDefinition id=\"per_min\"", "<unitDefinition id=\"nM\"", "units=\"per_min\"")
        .contains("https://identifiers.org/doi:10.1016/0002-9378(84)90327-8", "https://identifiers.org/pubmed:6391206")
        .contains("bqbiol:isDescribedBy", "Source: assumed: typical", "Unit: cells per mouse")
        .contains("sboTerm=\"SBO:0000002\"", "sboTerm=\"SBO:0000012\"");
  }

  @Test
  void sharedAndScaledVariableStoichiometriesGetTheirOwnSpeciesReference() throws IOException {
    Model m = Model.builder("m").compartment("c", 1.0)
        .amountSpecies("A", "c", 10).amountSpecies("B", "c", 0)
        .variable("n", 2.0)
        .reaction(new Reaction("r", List.of(new SpeciesReference("A", 1.0, Optional.of("n"))),
            List.of(new SpeciesReference("B", 3.0, Optional.of("n"))), List.of(), Expr.parse("0.1 * A"), false, java.util.Map.of()))
        .build();
    Model back = read(SbmlExporter.write(m));
    Reaction r = back.reactions().getFirst();
    String reactant = r.reactants().getFirst().stoichiometrySymbol().orElseThrow();
    assertThat(back.ruleFor(reactant).orElseThrow().math()).isEqualTo(Expr.parse("n"));
    String product = r.products().getFirst().stoichiometrySymbol().orElseThrow();
    assertThat(back.ruleFor(product).orElseThrow().math()).isEqualTo(Expr.parse("3 * n"));
    assertThat(back.parameterById("n").map(Parameter::value)).contains(2.0);
  }
}
