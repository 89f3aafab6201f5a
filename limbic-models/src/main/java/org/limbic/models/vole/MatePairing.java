package org.limbic.models.vole;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Mate pairs (Berendzen et al. 2023, Neuron 111:787): a female cohoused with a male for 24 h, during
 * which they mate, then a partner preference test with the male partner and a stranger male.
 * Mating releases NAc dopamine that raises the learning gain through D2 receptors (Aragona et al.
 * 2003) — a path that needs no OXTR, so knockouts bond with mates.
 */
final class MatePairing {

  static final double COHOUSING_MIN = 1440;
  /** Short cohabitation with mating: enough for a preference in females (Williams et al. 1992, J Neuroendocrinol 4:81). */
  static final double SHORT_COHOUSING_MIN = 360;

  private MatePairing() {
  }

  static List<PartnerPreferenceTest.Score> run(Genotype genotype, int n, long seed, int group) {
    return run(genotype, n, seed, group, COHOUSING_MIN, 0);
  }

  /** Females paired with a male for {@code minutes} (mating throughout), with {@code d2Blockade} of their D2 receptors. */
  static List<PartnerPreferenceTest.Score> run(Genotype genotype, int n, long seed, int group, double minutes,
                                               double d2Blockade) {
    List<Trio> trios = Cohort.trios(genotype, Sex.FEMALE, Sex.MALE, n, seed, group, UnaryOperator.identity());
    trios.forEach(t -> t.focal().blockD2(d2Blockade));
    Cohousing.run(trios, minutes, seed);
    return PartnerPreferenceTest.run(trios, seed);
  }
}
