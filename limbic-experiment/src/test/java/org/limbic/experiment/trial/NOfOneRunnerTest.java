package org.limbic.experiment.trial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.limbic.experiment.file.ExperimentFileException;
import org.limbic.experiment.file.TrialFiles;
import org.limbic.experiment.spec.NOfOneDesign;
import org.limbic.experiment.spec.TreatmentComponent;

class NOfOneRunnerTest {

  /**
   * A model for N-of-1 tests whose answer is known: patients as {@link LinearResponseModel} draws them
   * (baseline ~ N(24, 4²)), and at a visit the score is baseline − effect · adherence for every "drug"
   * component whose window ends at that visit (a drug acts only in its own period: no carry-over),
   * plus N(0, 2²) per visit.
   */
  static final class PeriodModel implements VirtualPatientModel {
    private final LinearResponseModel patients = new LinearResponseModel();

    @Override
    public Set<String> populations() {
      return patients.populations();
    }

    @Override
    public Set<String> treatmentKinds() {
      return patients.treatmentKinds();
    }

    @Override
    public VirtualPatient draw(String population, long id, SplittableRandom random) {
      return patients.draw(population, id, random);
    }

    @Override
    public PatientCourse follow(VirtualPatient patient, Treatment treatment, double[] visits, SplittableRandom random) {
      double[] score = new double[visits.length];
      for (int v = 0; v < visits.length; v++) {
        double effect = 0;
        for (TreatmentComponent c : treatment.components()) {
          if (c.kind().equals("drug") && visits[v] > c.startWeek() && visits[v] <= c.stopWeek()) {
            effect += c.parameter("effect", 0) * c.adherence();
          }
        }
        score[v] = patient.parameters().get("baseline") - effect + 2 * random.nextGaussian();
      }
      return new PatientCourse(patient.id(), visits, Map.of("score", score));
    }
  }

  static final String FILE = """
      name: series
      model: period
      population: adults
      patients: 40
      inclusion:
        - {covariate: score, min: 14}
      n_of_1:
        pairs: 3
        order: randomized
        washout_weeks: 1
        period_weeks: 4
        A: {name: drug, treatments: [{kind: drug, parameters: {effect: 3}}]}
        B: {name: placebo, treatments: [{kind: placebo}]}
      endpoint: {name: score, lower_is_better: true}
      """;

  static NOfOneDesign parse(String text) {
    return TrialFiles.parseNOfOne(text, "series.yaml", id -> new PeriodModel());
  }

  @Test
  void recoversTheKnownEffectPerPatientAndOverTheSeries() {
    NOfOneDesign d = parse(FILE);
    assertThat(TrialFiles.isNOfOne(FILE, "series.yaml")).isTrue();
    assertThat(d.visitWeeks()).containsExactly(0, 5, 10, 15, 20, 25, 30);
    NOfOneResult r = new NOfOneRunner(d, new PeriodModel()).run(7, 2);
    assertThat(r.patients()).hasSize(40);
    // each patient's A - B is -3 + noise: differences of two N(0, 2²) visits, averaged over 3 pairs (SD 1.63);
    // the series mean over 40 patients has SE 0.26, so -3 ± 0.8 (3 SE) cannot fail by chance in practice
    assertThat(r.analysis().overall().effect().value()).isBetween(-3.8, -2.2);
    assertThat(r.analysis().overall().p()).isLessThan(1e-6);
    // orders are randomized per pair: with 40 patients × 3 pairs, both AB and BA occur
    assertThat(r.patients()).anyMatch(p -> p.order().startsWith("BA")).anyMatch(p -> p.order().startsWith("AB"));
  }

  @Test
  void sameSeedSameSeriesWhateverTheThreads() {
    NOfOneDesign d = parse(FILE);
    NOfOneResult one = new NOfOneRunner(d, new PeriodModel()).run(11, 1);
    NOfOneResult two = new NOfOneRunner(d, new PeriodModel()).run(11, 2);
    assertThat(two.analysis().overall().effect()).isEqualTo(one.analysis().overall().effect());
    for (int i = 0; i < one.patients().size(); i++) {
      assertThat(two.patients().get(i).a()).containsExactly(one.patients().get(i).a());
      assertThat(two.patients().get(i).order()).isEqualTo(one.patients().get(i).order());
    }
  }

  @Test
  void locatesFaultsOfAnNOfOneFile() {
    assertThatThrownBy(() -> parse(FILE.replace("{kind: drug, parameters", "{kind: drug, from: 0, parameters")))
        .isInstanceOf(ExperimentFileException.class).hasMessageContaining("series.yaml:12:").hasMessageContaining("'from' is set by the N-of-1");
    assertThatThrownBy(() -> parse(FILE.replace("pairs: 3", "pairs: 1")))
        .isInstanceOf(ExperimentFileException.class).hasMessageContaining("series.yaml:8:").hasMessageContaining("at least 2 (ABAB)");
    assertThatThrownBy(() -> parse(FILE.replace("order: randomized", "order: shuffled")))
        .isInstanceOf(ExperimentFileException.class).hasMessageContaining("'order' must be randomized");
    assertThatThrownBy(() -> parse(FILE.replace("endpoint:", "endpoints:")))
        .isInstanceOf(ExperimentFileException.class).hasMessageContaining("endpoints");
  }
}
