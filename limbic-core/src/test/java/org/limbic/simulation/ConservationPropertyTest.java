package org.limbic.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.limbic.compile.ModelCompiler;
import org.limbic.model.Model;

/** Closed mass-action networks conserve their totals, whatever the rates and initial amounts. */
class ConservationPropertyTest {

  @Property(tries = 40)
  void reversibleBindingConservesFreePlusBound(
      @ForAll @DoubleRange(min = 0.01, max = 100) double kOn,
      @ForAll @DoubleRange(min = 0.01, max = 100) double kOff,
      @ForAll @DoubleRange(min = 0.01, max = 10) double kConvert,
      @ForAll @DoubleRange(min = 0, max = 10) double a0,
      @ForAll @DoubleRange(min = 0, max = 10) double b0,
      @ForAll @DoubleRange(min = 0, max = 10) double c0) {
    // A + B <-> C, C -> D + B (catalysis), D -> A: A + C + D and B + C are invariant.
    Model m = Model.builder("binding").compartment("cell", 1)
        .amountSpecies("A", "cell", a0).amountSpecies("B", "cell", b0)
        .amountSpecies("C", "cell", c0).amountSpecies("D", "cell", 0)
        .parameter("kon", kOn).parameter("koff", kOff).parameter("kcat", kConvert)
        .reaction("bind", "A + B <-> C", "kon * A * B - koff * C")
        .reaction("convert", "C -> D + B", "kcat * C")
        .reaction("recycle", "D -> A", "kcat * D")
        .build();
    SimulationOptions options = SimulationOptions.DEFAULTS.withTolerances(1e-8, 1e-10);
    SimulationResult r = new Simulator(ModelCompiler.compile(m), options).run(0, 20, 21);
    double substrate = a0 + c0;
    double enzyme = b0 + c0;
    for (double[] row : r.values()) {
      double a = row[r.column("A")];
      double b = row[r.column("B")];
      double c = row[r.column("C")];
      double d = row[r.column("D")];
      // Every method's update is a linear combination of f-values, each of which conserves the
      // totals exactly up to rounding; so the drift is rounding only, ~1e-15 per step times the
      // number of steps (< 1e4) times the magnitude (< 20): 1e-9 absolute is generous but can fail.
      assertThat(a + c + d).isCloseTo(substrate, org.assertj.core.data.Offset.offset(1e-9 * (1 + substrate)));
      assertThat(b + c).isCloseTo(enzyme, org.assertj.core.data.Offset.offset(1e-9 * (1 + enzyme)));
      assertThat(Math.min(Math.min(a, b), Math.min(c, d))).as("smallest amount").isGreaterThan(-1e-8);
    }
  }
}
