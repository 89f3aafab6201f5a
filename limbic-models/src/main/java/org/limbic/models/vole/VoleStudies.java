package org.limbic.models.vole;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.limbic.experiment.stats.TestResult;
import org.limbic.experiment.stats.Tests;

/**
 * The virtual studies behind the claims, with their sample sizes. Black et al. 2025 group sizes
 * were not available to us; the sizes are those typical of the Beery lab's vole studies (assumed):
 * partner preference tests 12 females per group (Lee et al. 2019; Beery et al. 2018 use 8-16),
 * group habitat 2 habitats of 4 pairs per genotype (16 animals, 7 days), operant task 12 per genotype
 * (Beery et al. 2021), stranger encounter 12 per genotype, slice imaging 8 animals per genotype and
 * sex (3 slices each).
 */
final class VoleStudies {

  static final int N_PPT = 12;
  static final int N_OPERANT = 12;
  static final int N_ENCOUNTER = 12;
  static final int N_SLICE = 8;
  static final int HABITATS = 2;
  static final int PAIRS_PER_HABITAT = 4;
  static final int HABITAT_CHAMBERS = 4;
  static final int HABITAT_DAYS = 7;
  static final double DAY = 1440;
  static final double WEEK = 7 * DAY;

  private VoleStudies() {
  }

  /** Peer pairs cohoused for {@code minutes}, then tested; {@code edit} changes every animal's traits. */
  static List<PartnerPreferenceTest.Score> peerPreference(Genotype g, double minutes, long seed, int group,
                                                           UnaryOperator<Traits> edit, double d2Blockade) {
    List<Trio> trios = Cohort.trios(g, Sex.FEMALE, Sex.FEMALE, N_PPT, seed, group, edit);
    trios.forEach(t -> t.focal().blockD2(d2Blockade));
    Cohousing.run(trios, minutes, seed);
    return PartnerPreferenceTest.run(trios, seed);
  }

  static List<PartnerPreferenceTest.Score> peerPreference(Genotype g, double minutes, long seed, int group) {
    return peerPreference(g, minutes, seed, group, UnaryOperator.identity(), 0);
  }

  static double[] preference(List<PartnerPreferenceTest.Score> scores) {
    return scores.stream().mapToDouble(PartnerPreferenceTest.Score::preferencePercent).toArray();
  }

  static double[] partnerMinutes(List<PartnerPreferenceTest.Score> scores) {
    return scores.stream().mapToDouble(PartnerPreferenceTest.Score::partnerMinutes).toArray();
  }

  static double[] strangerMinutes(List<PartnerPreferenceTest.Score> scores) {
    return scores.stream().mapToDouble(PartnerPreferenceTest.Score::strangerMinutes).toArray();
  }

  /** Group habitat after a week of cohousing: all animals of {@link #HABITATS} habitats. */
  static GroupHabitat.Result habitat(Genotype g, long seed, int group) {
    List<Vole> animals = new ArrayList<>();
    List<double[]> shares = new ArrayList<>();
    for (int h = 0; h < HABITATS; h++) {
      List<Trio> pairs = Cohort.peers(g, PAIRS_PER_HABITAT, seed, group + h);
      Cohousing.run(pairs, WEEK, seed);
      GroupHabitat.Result r = GroupHabitat.run(pairs, HABITAT_CHAMBERS, HABITAT_DAYS, seed);
      animals.addAll(r.animals());
      shares.addAll(List.of(r.preferencePercent()));
    }
    return new GroupHabitat.Result(animals, shares.toArray(double[][]::new));
  }

  /** One-sample t test of preference scores against 50 %, as "68.1 % (p=0.002)". */
  static TestResult againstChance(double[] preference) {
    return Tests.oneSampleT(preference, 50);
  }

  static String percent(TestResult r) {
    return String.format(Locale.ROOT, "%.1f %% (p=%s)", r.effect().value(), p(r.p()));
  }

  static String p(double p) {
    return p < 0.001 ? "<0.001" : String.format(Locale.ROOT, "%.3f", p);
  }

  static String f(double x) {
    return String.format(Locale.ROOT, "%.1f", x);
  }
}
