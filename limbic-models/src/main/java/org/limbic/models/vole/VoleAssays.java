package org.limbic.models.vole;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import org.limbic.experiment.library.Assay;
import org.limbic.experiment.library.AssayGroup;
import org.limbic.experiment.library.AssayMeasure;
import org.limbic.experiment.library.AssayParameter;

/**
 * The vole studies an experiment file can run ({@code assays:}): the same procedures the claims
 * run (VoleClaims), with their settings as parameters. A group's animals are those of
 * {@link Cohort} group {@link AssayGroup#index()}, so a file whose groups are numbered like a
 * claim's (WT then Oxtr-/- at 24 h: groups 0 and 1, as VOLE-1) reproduces its animals exactly.
 */
final class VoleAssays {

  /** Animal ids are group·1000 + 3k (focal, partner, stranger), so a group holds at most 333 trios. */
  static final int MAX_PER_GROUP = 333;
  /** Four weeks: longer than any study behind the claims (one week), far below the agents' limits. */
  static final double MAX_COHOUSING_MIN = 4 * VoleStudies.WEEK;

  private VoleAssays() {
  }

  static List<Assay> all() {
    return List.of(PARTNER_PREFERENCE, STRANGER_ENCOUNTER, OPERANT, SLICE_IMAGING);
  }

  private static final AssayParameter GENOTYPE = AssayParameter.choice("genotype", Genotype.WILD_TYPE.label(),
      Arrays.stream(Genotype.values()).map(Genotype::label).toList(), "Oxtr genotype of every animal of the group");

  private static AssayParameter n(long fallback) {
    return AssayParameter.integer("n", fallback, 2, MAX_PER_GROUP, "focal animals in the group");
  }

  private static AssayParameter cohousing(double fallback) {
    return AssayParameter.number("cohousing_min", fallback, 0, MAX_COHOUSING_MIN, "min",
        "time the focal animal lives with its partner before the test");
  }

  static Genotype genotype(AssayGroup g) {
    String label = g.choice("genotype");
    return Arrays.stream(Genotype.values()).filter(x -> x.label().equals(label)).findFirst().orElseThrow();
  }

  static final Assay PARTNER_PREFERENCE = new Assay() {
    @Override
    public String name() {
      return "partner_preference";
    }

    @Override
    public String description() {
      return "cohousing with a partner, then a three-chamber partner preference test against a tethered stranger"
          + " (Beery 2021, Curr Protoc 1:e217; Black et al. 2025); females, partner female (peer) or male (mate)";
    }

    @Override
    public List<AssayParameter> parameters() {
      return List.of(GENOTYPE, AssayParameter.choice("partner", "peer", List.of("peer", "mate"),
              "peer: a female partner; mate: a male, with mating during the first " + (long) VoleParameters.MATING_MIN + " min"),
          cohousing(VoleStudies.DAY),
          AssayParameter.number("test_min", PartnerPreferenceTest.MINUTES, 1, 720, "min", "length of the preference test"),
          AssayParameter.number("d2_blockade", 0, 0, 1, "", "D2 receptor occupancy by haloperidol during cohousing"),
          n(VoleStudies.N_PPT));
    }

    @Override
    public List<AssayMeasure> measures() {
      return List.of(AssayMeasure.of("partner_min", "min", "huddle time with the partner"),
          AssayMeasure.of("stranger_min", "min", "huddle time with the stranger"),
          AssayMeasure.withChance("preference_pct", "%", "partner / (partner + stranger) huddle time; 50 without huddling", 50));
    }

    @Override
    public List<Assay.AnimalResult> run(AssayGroup g, long seed) {
      Sex partnerSex = g.choice("partner").equals("mate") ? Sex.MALE : Sex.FEMALE;
      List<Trio> trios = Cohort.trios(genotype(g), Sex.FEMALE, partnerSex, g.integer("n"), seed, g.index(),
          UnaryOperator.identity());
      double blockade = g.number("d2_blockade");
      trios.forEach(t -> t.focal().blockD2(blockade));
      Cohousing.run(trios, g.number("cohousing_min"), seed);
      List<PartnerPreferenceTest.Score> scores = PartnerPreferenceTest.run(trios, seed, g.number("test_min"));
      List<Assay.AnimalResult> out = new ArrayList<>();
      for (int k = 0; k < trios.size(); k++) {
        PartnerPreferenceTest.Score s = scores.get(k);
        out.add(new Assay.AnimalResult(trios.get(k).focal().id(),
            new double[] {s.partnerMinutes(), s.strangerMinutes(), s.preferencePercent()}));
      }
      return out;
    }
  };

  static final Assay STRANGER_ENCOUNTER = new Assay() {
    @Override
    public String name() {
      return "stranger_encounter";
    }

    @Override
    public String description() {
      return "after cohousing with a peer, the focal female meets an unfamiliar female in a neutral arena; attacks counted"
          + " (Lee et al. 2019, Horm Behav 108:10)";
    }

    @Override
    public List<AssayParameter> parameters() {
      return List.of(GENOTYPE, cohousing(VoleStudies.WEEK),
          AssayParameter.number("test_min", StrangerEncounter.MINUTES, 1, 120, "min", "length of the encounter"),
          n(VoleStudies.N_ENCOUNTER));
    }

    @Override
    public List<AssayMeasure> measures() {
      return List.of(AssayMeasure.of("attacks", "count", "attacks on the stranger"));
    }

    @Override
    public List<Assay.AnimalResult> run(AssayGroup g, long seed) {
      List<Trio> trios = Cohort.peers(genotype(g), g.integer("n"), seed, g.index());
      Cohousing.run(trios, g.number("cohousing_min"), seed);
      return trios.stream().map(t -> new Assay.AnimalResult(t.focal().id(),
          new double[] {StrangerEncounter.attacks(t, seed, g.number("test_min"))})).toList();
    }
  };

  static final Assay OPERANT = new Assay() {
    @Override
    public String name() {
      return "operant";
    }

    @Override
    public String description() {
      return "after cohousing with a peer, lever pressing on a progressive ratio for access to the partner and, in another"
          + " session, to a stranger (Beery et al. 2021, eLife 10:e71340)";
    }

    @Override
    public List<AssayParameter> parameters() {
      return List.of(GENOTYPE, cohousing(VoleStudies.WEEK), n(VoleStudies.N_OPERANT));
    }

    @Override
    public List<AssayMeasure> measures() {
      return List.of(AssayMeasure.of("partner_presses", "count", "presses for access to the partner"),
          AssayMeasure.of("stranger_presses", "count", "presses for access to the stranger"),
          AssayMeasure.of("partner_breakpoint", "count", "last completed ratio for the partner"),
          AssayMeasure.of("stranger_breakpoint", "count", "last completed ratio for the stranger"));
    }

    @Override
    public List<Assay.AnimalResult> run(AssayGroup g, long seed) {
      List<Trio> trios = Cohort.peers(genotype(g), g.integer("n"), seed, g.index());
      Cohousing.run(trios, g.number("cohousing_min"), seed);
      return trios.stream().map(t -> {
        OperantTask.Presses p = OperantTask.run(t, seed);
        return new Assay.AnimalResult(t.focal().id(),
            new double[] {p.partner(), p.stranger(), p.partnerBreakpoint(), p.strangerBreakpoint()});
      }).toList();
    }
  };

  static final Assay SLICE_IMAGING = new Assay() {
    @Override
    public String name() {
      return "slice_imaging";
    }

    @Override
    public String description() {
      return "evoked OT release in NAc slices read by the near-infrared nanosensor, " + SliceImaging.SLICES_PER_ANIMAL
          + " slices an animal (Black et al. 2025; Adams et al. 2024)";
    }

    @Override
    public List<AssayParameter> parameters() {
      return List.of(GENOTYPE, AssayParameter.choice("sex", "female", List.of("female", "male"), "sex of the animals"),
          AssayParameter.integer("n", VoleStudies.N_SLICE, 2, 1000, "animals in the group"));
    }

    @Override
    public List<AssayMeasure> measures() {
      return List.of(AssayMeasure.of("dff", "dF/F", "mean evoked sensor response over the animal's slices"));
    }

    @Override
    public List<Assay.AnimalResult> run(AssayGroup g, long seed) {
      Sex sex = g.choice("sex").equals("male") ? Sex.MALE : Sex.FEMALE;
      List<Assay.AnimalResult> out = new ArrayList<>();
      for (int i = 0; i < g.integer("n"); i++) {
        Vole animal = Cohort.animal(g.index() * 1000 + i, sex, genotype(g), seed, UnaryOperator.identity());
        out.add(new Assay.AnimalResult(animal.id(), new double[] {SliceImaging.meanResponse(animal, seed)}));
      }
      return out;
    }
  };
}
