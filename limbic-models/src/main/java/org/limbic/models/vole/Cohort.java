package org.limbic.models.vole;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;
import org.limbic.abm.SimState;

/**
 * Virtual animals for one group of a study. Animal {@code id}'s traits come from its own generator,
 * seeded from (study seed, id), so a group is the same whatever other groups exist and whatever
 * thread builds it. Partners and strangers have the focal animals' genotype (littermates; assumed).
 */
final class Cohort {

  private Cohort() {
  }

  /**
   * @param group distinguishes the groups of one study (ids group·1000 + …)
   * @param edit applied to every animal's traits (identity, or e.g. a wild type given the knockout's OXTR density)
   */
  static List<Trio> trios(Genotype genotype, Sex focalSex, Sex partnerSex, int n, long seed, int group,
                          UnaryOperator<Traits> edit) {
    List<Trio> trios = new ArrayList<>(n);
    for (int k = 0; k < n; k++) {
      int base = group * 1000 + 3 * k;
      trios.add(new Trio(animal(base, focalSex, genotype, seed, edit), animal(base + 1, partnerSex, genotype, seed, edit),
          animal(base + 2, partnerSex, genotype, seed, edit)));
    }
    return trios;
  }

  static List<Trio> peers(Genotype genotype, int n, long seed, int group) {
    return trios(genotype, Sex.FEMALE, Sex.FEMALE, n, seed, group, UnaryOperator.identity());
  }

  static Vole animal(int id, Sex sex, Genotype genotype, long seed, UnaryOperator<Traits> edit) {
    SplittableRandom random = new SplittableRandom(SimState.derive(seed, id));
    return new Vole(id, sex, genotype, edit.apply(Traits.draw(genotype, random)));
  }
}
