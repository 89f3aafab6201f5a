package org.limbic.models.examples;

import org.limbic.experiment.library.BuiltInModel;
import org.limbic.model.Model;

/**
 * Test function: the Ishigami function (Ishigami &amp; Homma 1990, Proc. ISUMA '90, 398) as a model of
 * one assignment rule, y = sin x1 + a sin^2 x2 + b x3^4 sin x1, the standard check of global
 * sensitivity analysis: with x1, x2, x3 uniform on [-pi, pi], a = 7 and b = 0.1 its Sobol indices are
 * known exactly (Saltelli et al. 2008, Global Sensitivity Analysis: The Primer, sec. 4.9).
 * docs/examples/ishigami-sobol.yaml analyses it. {@code x4} is read by nothing: a dummy factor,
 * whose effects a screening method must find to be exactly 0.
 */
public final class Ishigami implements BuiltInModel {

  @Override
  public String id() {
    return "ishigami";
  }

  @Override
  public String title() {
    return "Test function: Ishigami & Homma 1990, for global sensitivity analysis (exact Sobol indices known)";
  }

  @Override
  public Model model() {
    return Model.builder("ishigami").name("Ishigami function y = sin x1 + a sin^2 x2 + b x3^4 sin x1")
        .parameter("x1", 0.0, "1", "input, uniform on [-pi, pi] in the sensitivity example")
        .parameter("x2", 0.0, "1", "input, uniform on [-pi, pi] in the sensitivity example")
        .parameter("x3", 0.0, "1", "input, uniform on [-pi, pi] in the sensitivity example")
        .parameter("x4", 0.0, "1", "dummy input: y does not read it")
        .parameter("a", 7.0, "1", "Ishigami & Homma 1990; Saltelli et al. 2008")
        .parameter("b", 0.1, "1", "Ishigami & Homma 1990; Saltelli et al. 2008")
        .variable("y", 0.0)
        .assignmentRule("y", "sin(x1) + a * sin(x2)^2 + b * x3^4 * sin(x1)")
        .build();
  }
}
