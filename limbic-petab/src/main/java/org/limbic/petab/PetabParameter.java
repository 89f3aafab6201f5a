package org.limbic.petab;

/**
 * A row of the parameter table: the scale the estimator works on, the bounds and nominal value (on
 * the linear scale, as PEtab writes them), whether it is estimated, and its priors: the objective's
 * (null for none) and the one starts are drawn from (null for PEtab's default, uniform on the
 * parameter's scale within the bounds).
 */
public record PetabParameter(String id, Scale scale, double lowerBound, double upperBound, double nominalValue,
                             boolean estimate, PetabPrior objectivePrior, PetabPrior initializationPrior) {

  /** Without priors. */
  public PetabParameter(String id, Scale scale, double lowerBound, double upperBound, double nominalValue, boolean estimate) {
    this(id, scale, lowerBound, upperBound, nominalValue, estimate, null, null);
  }

  /** lin, log (natural) or log10. */
  public enum Scale {
    LIN, LOG, LOG10;

    static Scale of(String text) {
      return switch (text) {
        case "lin" -> LIN;
        case "log" -> LOG;
        case "log10" -> LOG10;
        default -> null;
      };
    }

    /** A linear value on this scale. */
    public double toScale(double linear) {
      return switch (this) {
        case LIN -> linear;
        case LOG -> Math.log(linear);
        case LOG10 -> Math.log10(linear);
      };
    }

    /** A value on this scale, linear again. */
    public double toLinear(double scaled) {
      return switch (this) {
        case LIN -> scaled;
        case LOG -> Math.exp(scaled);
        case LOG10 -> Math.pow(10, scaled);
      };
    }
  }
}
