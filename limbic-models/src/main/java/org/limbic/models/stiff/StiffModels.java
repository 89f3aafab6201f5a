package org.limbic.models.stiff;

import org.limbic.compile.CompiledModel;
import org.limbic.compile.ModelCompiler;
import org.limbic.model.Model;
import org.limbic.model.ModelBuilder;
import org.limbic.workloads.stiff.StiffProblem;

/**
 * The stiff test problems written as Limbic models (rate rules for HIRES, mass-action reactions for
 * POLLU and ROBER) and compiled, so that the benchmark measures what users run: generated code,
 * not hand-written Java. Equations and values as in bench/cvode_bench.c (Test Set for IVP Solvers);
 * the reference solutions are the hand-written problems' of limbic-workloads.
 */
public final class StiffModels {

  private StiffModels() {
  }

  /** The problem with its right-hand side and Jacobian from the compiled model. */
  public static StiffProblem compiled(String name) {
    StiffProblem hand = StiffProblem.named(name);
    CompiledModel compiled = ModelCompiler.compile(model(hand.name()));
    double[] p = compiled.newParameters();
    return new StiffProblem(hand.name(), () -> compiled.odeSystem(p), hand.y0(), hand.tEnd(), hand.reference());
  }

  /** The problem as a model: hires, pollu or rober. */
  public static Model model(String name) {
    return switch (name) {
      case "hires" -> hires();
      case "pollu" -> pollu();
      case "rober" -> rober();
      default -> throw new IllegalArgumentException("unknown stiff problem '" + name + "'; known: hires, pollu, rober");
    };
  }

  private static Model hires() {
    ModelBuilder b = Model.builder("hires").compartment("c", 1.0);
    double[] y0 = {1, 0, 0, 0, 0, 0, 0, 0.0057};
    for (int i = 0; i < 8; i++) {
      b.amountSpecies("y" + (i + 1), "c", y0[i]);
    }
    return b.rateRule("y1", "-1.71*y1 + 0.43*y2 + 8.32*y3 + 0.0007")
        .rateRule("y2", "1.71*y1 - 8.75*y2")
        .rateRule("y3", "-10.03*y3 + 0.43*y4 + 0.035*y5")
        .rateRule("y4", "8.32*y2 + 1.71*y3 - 1.12*y4")
        .rateRule("y5", "-1.745*y5 + 0.43*y6 + 0.43*y7")
        .rateRule("y6", "-280*y6*y8 + 0.69*y4 + 1.71*y5 - 0.43*y6 + 0.69*y7")
        .rateRule("y7", "280*y6*y8 - 1.81*y7")
        .rateRule("y8", "-280*y6*y8 + 1.81*y7")
        .build();
  }

  /** Verwer 1994's 25 reactions; reactants consumed once each, products with their coefficients. */
  private static Model pollu() {
    double[] k = {.35e0, .266e2, .123e5, .86e-3, .82e-3, .15e5, .13e-3, .24e5, .165e5, .9e4, .22e-1, .12e5,
        .188e1, .163e5, .48e7, .35e-3, .175e-1, .1e9, .444e12, .124e4, .21e1, .578e1, .474e-1, .178e4, .312e1};
    String[] equations = {
        "y1 -> y2 + y3", "y2 + y4 -> y1", "y5 + y2 -> y1 + y6", "y7 -> 2 y5 + y8", "y7 -> y8",
        "y7 + y6 -> y5 + y8", "y9 -> y5 + y8 + y10", "y9 + y6 -> y11", "y11 + y2 -> y1 + y10 + y12",
        "y11 + y1 -> y13", "y13 -> y1 + y11", "y10 + y2 -> y1 + y14", "y14 -> y5 + y7", "y1 + y6 -> y15",
        "y3 -> y4", "y4 -> y16", "y4 -> y3", "y16 -> 2 y6", "y16 -> y3", "y17 + y6 -> y5 + y18", "y19 -> y2",
        "y19 -> y1 + y3", "y1 + y4 -> y19", "y19 + y1 -> y20", "y20 -> y1 + y19"};
    ModelBuilder b = Model.builder("pollu").compartment("c", 1.0);
    double[] y0 = new double[20];
    y0[1] = 0.2;
    y0[3] = 0.04;
    y0[6] = 0.1;
    y0[7] = 0.3;
    y0[8] = 0.01;
    y0[16] = 0.007;
    for (int i = 0; i < 20; i++) {
      b.amountSpecies("y" + (i + 1), "c", y0[i]);
    }
    for (int r = 0; r < 25; r++) {
      String id = "k" + (r + 1);
      b.parameter(id, k[r]);
      String reactants = equations[r].substring(0, equations[r].indexOf("->")).trim();
      String law = id + " * " + reactants.replace("+", "*");
      b.reaction("r" + (r + 1), equations[r], law);
    }
    return b.build();
  }

  private static Model rober() {
    return Model.builder("rober").compartment("c", 1.0)
        .amountSpecies("y1", "c", 1.0).amountSpecies("y2", "c", 0.0).amountSpecies("y3", "c", 0.0)
        .parameter("k1", 0.04).parameter("k2", 3e7).parameter("k3", 1e4)
        .reaction("r1", "y1 -> y2", "k1 * y1")
        .reaction("r2", "2 y2 -> y2 + y3", "k2 * y2^2")
        .reaction("r3", "y2 + y3 -> y1 + y3", "k3 * y2 * y3")
        .build();
  }
}
