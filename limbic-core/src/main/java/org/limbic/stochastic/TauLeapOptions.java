package org.limbic.stochastic;

/**
 * Settings of {@link TauLeaping}, with the values recommended by Cao, Gillespie &amp; Petzold.
 *
 * @param epsilon bound on the relative change of every propensity over one leap, dimensionless
 *     (0.03: Cao, Gillespie &amp; Petzold 2006, J Chem Phys 124:044109, sec. IV)
 * @param criticalThreshold n_c: a reaction within this many firings of exhausting a reactant is
 *     critical and fires at most once per leap (10: Cao, Gillespie &amp; Petzold 2005, J Chem Phys
 *     123:054104, sec. III)
 * @param exactFallbackFactor leaping is abandoned when tau &lt; this / a0, since a leap would then
 *     cover fewer events than exact steps cost (10: Cao et al. 2006, sec. IV, step 3)
 * @param exactFallbackSteps exact direct-method steps taken each time leaping is abandoned (100: ibid.)
 */
public record TauLeapOptions(double epsilon, int criticalThreshold, double exactFallbackFactor,
                             int exactFallbackSteps) {

  public static final TauLeapOptions DEFAULTS = new TauLeapOptions(0.03, 10, 10, 100);

  public TauLeapOptions {
    if (!(epsilon > 0 && epsilon < 1)) {
      throw new IllegalArgumentException("tau-leap epsilon must be in (0, 1), got " + epsilon);
    }
    if (criticalThreshold < 0) {
      throw new IllegalArgumentException("tau-leap critical threshold must be >= 0, got " + criticalThreshold);
    }
    if (!(exactFallbackFactor >= 0)) {
      throw new IllegalArgumentException("tau-leap exact fallback factor must be >= 0, got " + exactFallbackFactor);
    }
    if (exactFallbackSteps < 1) {
      throw new IllegalArgumentException("tau-leap exact fallback steps must be >= 1, got " + exactFallbackSteps);
    }
  }

  public TauLeapOptions withEpsilon(double value) {
    return new TauLeapOptions(value, criticalThreshold, exactFallbackFactor, exactFallbackSteps);
  }

  public TauLeapOptions withCriticalThreshold(int value) {
    return new TauLeapOptions(epsilon, value, exactFallbackFactor, exactFallbackSteps);
  }

  public TauLeapOptions withExactFallback(double factor, int steps) {
    return new TauLeapOptions(epsilon, criticalThreshold, factor, steps);
  }
}
