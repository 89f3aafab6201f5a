package org.limbic.experiment.spec;

/** A per-subject parameter distribution of a virtual cohort. */
public sealed interface Distribution {

  record Fixed(double value) implements Distribution {
  }

  record Normal(double mean, double sd) implements Distribution {
  }

  /** Log-normal given by its median and coefficient of variation (sd/mean of the variable itself). */
  record LogNormal(double median, double cv) implements Distribution {
  }

  record Uniform(double min, double max) implements Distribution {
  }

  /** Resampled from observed values (with linear interpolation between order statistics). */
  record Empirical(double[] values) implements Distribution {
    public Empirical {
      values = values.clone();
    }
  }
}
