package org.limbic.models.vole;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Emergence: the genotype acts only through OXTR density. Wild-type animals given the knockout's
 * density (0) behave exactly as knockouts drawn from the same generators, in every assay we run;
 * and wild types keep their own phenotype. Exact equality, no tolerance: the draws are identical
 * by construction (Traits.draw makes the same draws for every genotype), so any difference would
 * mean some code path reads the genotype.
 */
class VoleEmergenceTest {

  private static final long SEED = 20261123L;

  @Test
  void aWildTypeWithTheKnockoutsOxtrDensityHasTheKnockoutPhenotype() {
    double[] ko = VoleStudies.preference(VoleStudies.peerPreference(Genotype.KNOCKOUT, VoleStudies.DAY, SEED, 5));
    double[] wtAsKo = VoleStudies.preference(VoleStudies.peerPreference(Genotype.WILD_TYPE, VoleStudies.DAY, SEED, 5,
        t -> t.withOxtrDensity(0), 0));
    double[] wt = VoleStudies.preference(VoleStudies.peerPreference(Genotype.WILD_TYPE, VoleStudies.DAY, SEED, 5,
        UnaryOperator.identity(), 0));
    assertThat(wtAsKo).containsExactly(ko);
    assertThat(wt).isNotEqualTo(ko);
  }

  @Test
  void slicesAndAggressionAlsoFollowOnlyTheDensity() {
    for (int i = 0; i < 5; i++) {
      Vole ko = Cohort.animal(i, Sex.MALE, Genotype.KNOCKOUT, SEED, UnaryOperator.identity());
      Vole wtAsKo = Cohort.animal(i, Sex.MALE, Genotype.WILD_TYPE, SEED, t -> t.withOxtrDensity(0));
      assertThat(SliceImaging.meanResponse(wtAsKo, SEED)).isEqualTo(SliceImaging.meanResponse(ko, SEED));
    }
    var ko = Cohort.trios(Genotype.KNOCKOUT, Sex.FEMALE, Sex.FEMALE, 4, SEED, 7, UnaryOperator.identity());
    var wtAsKo = Cohort.trios(Genotype.WILD_TYPE, Sex.FEMALE, Sex.FEMALE, 4, SEED, 7, t -> t.withOxtrDensity(0));
    Cohousing.run(ko, VoleStudies.WEEK, SEED);
    Cohousing.run(wtAsKo, VoleStudies.WEEK, SEED);
    for (int i = 0; i < 4; i++) {
      assertThat(StrangerEncounter.attacks(wtAsKo.get(i), SEED)).isEqualTo(StrangerEncounter.attacks(ko.get(i), SEED));
      assertThat(OperantTask.run(wtAsKo.get(i), SEED)).isEqualTo(OperantTask.run(ko.get(i), SEED));
    }
  }

  @Test
  void theKnockoutReleasesLessOxytocinButStillLearns() {
    Traits median = new Traits(1, 1, 1, 1);
    assertThat(NaccOxytocin.evokedRelease(median.withOxtrDensity(0))).isLessThan(NaccOxytocin.evokedRelease(median));
    double koRate = SocialLearning.learningRate(NaccOxytocin.receptorSignal(median.withOxtrDensity(0)), 0);
    assertThat(koRate).isPositive().isLessThan(SocialLearning.learningRate(NaccOxytocin.receptorSignal(median), 0));
  }
}
