package org.limbic.petab;

import org.limbic.math.Expr;

/** A row of the observable table: what is measured, its noise, and how the data are transformed. */
public record PetabObservable(String id, Expr formula, Expr noise, Transformation transformation, Noise distribution) {

  /** observableTransformation: the scale on which the noise is added. */
  public enum Transformation { LIN, LOG, LOG10 }

  /** noiseDistribution. */
  public enum Noise { NORMAL, LAPLACE }
}
