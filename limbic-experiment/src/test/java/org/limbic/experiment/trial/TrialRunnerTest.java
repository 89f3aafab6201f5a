package org.limbic.experiment.trial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.limbic.experiment.figure.Figure;
import org.limbic.experiment.run.ProgressListener;
import org.limbic.experiment.stats.Estimate;
import org.limbic.experiment.stats.Power;
import org.limbic.experiment.spec.TrialDesign;
import org.limbic.experiment.spec.TreatmentComponent;

class TrialRunnerTest {

  static final LinearResponseModel MODEL = new LinearResponseModel();

  static TrialDesign design(int n, TrialDesign.Randomization randomization, double dropout, double effect) {
    List<TrialDesign.Arm> arms = List.of(
        new TrialDesign.Arm("drug", 1, List.of(new TreatmentComponent("drug", Map.of("effect", effect), 0, 8, 1)), 1, 0),
        new TrialDesign.Arm("placebo", 1, List.of(new TreatmentComponent("placebo", Map.of(), 0, 8, 1)), 1, 0));
    return new TrialDesign("test", "linear", "adults", n, List.of(new TrialDesign.Criterion("score", 18, Double.POSITIVE_INFINITY)),
        randomization, arms, new double[] {0, 2, 4, 8}, new TrialDesign.Attrition(dropout),
        List.of(new TrialDesign.Endpoint("score", true, 17)), new TrialDesign.Analysis("score", "placebo", TrialDesign.Missing.LOCF));
  }

  @Test
  void sameSeedSameParticipantsWhateverTheThreads() {
    TrialDesign d = design(10_000, TrialDesign.Randomization.blocks(4), 0.02, 4);
    TrialRunner runner = new TrialRunner(d, MODEL);
    List<String> one = new ArrayList<>();
    List<String> two = new ArrayList<>();
    ConsortCounts c1 = runner.stream(11, 1, p -> one.add(p.patient().id() + p.arm() + p.course().endpoint("score")[3] + p.dropoutWeek()),
        ProgressListener.NONE);
    ConsortCounts c2 = runner.stream(11, 2, p -> two.add(p.patient().id() + p.arm() + p.course().endpoint("score")[3] + p.dropoutWeek()),
        ProgressListener.NONE);
    assertThat(two).isEqualTo(one);
    assertThat(c2).isEqualTo(c1);
    List<String> other = new ArrayList<>();
    runner.stream(12, 2, p -> other.add(p.patient().id() + p.arm() + p.course().endpoint("score")[3] + p.dropoutWeek()),
        ProgressListener.NONE);
    assertThat(other).hasSameSizeAs(one).isNotEqualTo(one);
  }

  @Test
  void screeningCountsAddUpAndOnlyEligiblePatientsAreRandomized() {
    TrialResult r = new TrialRunner(design(400, TrialDesign.Randomization.simple(), 0, 4), MODEL).run(3);
    assertThat(r.participants()).hasSize(400).allSatisfy(p -> assertThat(p.patient().covariate("score")).isGreaterThanOrEqualTo(18));
    assertThat(r.flow().screened() - r.flow().excluded()).isEqualTo(400);
    // P(score >= 18) with score ~ N(24, 4² + 2²) = P(z >= -1.342) = 0.910; 400/screened within 0.04 of it (SE ≈ 0.014)
    assertThat(400.0 / r.flow().screened()).isCloseTo(0.910, within(0.04));
  }

  @Test
  void permutedBlocksKeepArmsBalancedWithinHalfABlock() {
    TrialResult r = new TrialRunner(design(1001, TrialDesign.Randomization.blocks(4), 0, 4), MODEL).run(5);
    assertThat(Math.abs(r.arm("drug").size() - r.arm("placebo").size())).isLessThanOrEqualTo(2);
    TrialDesign stratified = design(1001, new TrialDesign.Randomization(TrialDesign.RandomizationKind.STRATIFIED, 4, "score", 26), 0, 4);
    TrialResult s = new TrialRunner(stratified, MODEL).run(5);
    for (int stratum = 0; stratum < 2; stratum++) {
      int k = stratum;
      long drug = s.arm("drug").stream().filter(p -> p.stratum() == k).count();
      long placebo = s.arm("placebo").stream().filter(p -> p.stratum() == k).count();
      assertThat(Math.abs(drug - placebo)).as("stratum %d", k).isLessThanOrEqualTo(2);
      assertThat(drug + placebo).isGreaterThan(100);
    }
  }

  @Test
  void dropoutFollowsTheHazard() {
    TrialResult r = new TrialRunner(design(4000, TrialDesign.Randomization.simple(), 0.05, 4), MODEL).run(9);
    double completed = r.participants().stream().filter(Participant::completed).count() / 4000.0;
    // exp(-0.05/week · 8 weeks) = 0.670; binomial SE 0.0074, tolerance 0.03 (4 SE)
    assertThat(completed).isCloseTo(Math.exp(-0.4), within(0.03));
    Figure.Flow flow = r.flow().figure("flow");
    assertThat(flow.stages()).hasSize(5);
    assertThat(flow.stages().get(4).boxes().stream().mapToLong(Figure.FlowBox::count).sum()).isEqualTo(4000);
  }

  @Test
  void analysisRecoversTheKnownEffect() {
    TrialResult r = new TrialRunner(design(2000, TrialDesign.Randomization.blocks(4), 0, 4), MODEL).run(13);
    TrialAnalysis.Comparison c = r.analysis().comparison("drug", "score");
    // true adjusted difference −4 (drug effect, adherence 1): the 95 % interval must cover it
    assertThat(c.ancova().effect().lower()).isLessThan(-4);
    assertThat(c.ancova().effect().upper()).isGreaterThan(-4);
    // improvement SD: sqrt(2·NOISE²) = 2.83 per arm, so SMD = 4 / 2.83 = 1.41; interval half-width ≈ 0.1
    assertThat(c.smd().value()).isCloseTo(4 / Math.sqrt(8), within(0.15));
    assertThat(c.remission()).isPresent();
    assertThat(c.remission().orElseThrow().rateArm().value()).isGreaterThan(c.remission().orElseThrow().rateControl().value());
    Figure.TimeCourse t = TrialAnalysis.trajectories(r, "score", "points");
    assertThat(t.series()).hasSize(2);
    // at week 8 drug mean is 4 points below placebo (true), within 0.5 (SE of the difference ≈ 0.2)
    assertThat(t.series().get(0).y()[3] - t.series().get(1).y()[3]).isCloseTo(-4, within(0.5));
  }

  @Test
  void placeboAgainstPlaceboRejectsAtAlpha() {
    TrialDesign nul = design(60, TrialDesign.Randomization.blocks(4), 0.02, 0);
    Estimate rejection = Power.bySimulation(600, 100, 2,
        seed -> new TrialRunner(nul, MODEL).run(seed).analysis().comparison("drug", "score").ancova().significant(0.05));
    // 600 null trials: expected 0.05, binomial SE 0.009; accept 0.02-0.085 (about 3.5 SE either side)
    assertThat(rejection.value()).isBetween(0.02, 0.085);
  }

  @Test
  void unknownTreatmentIsNamed() {
    TrialDesign d = design(10, TrialDesign.Randomization.simple(), 0, 1)
        .withArms(List.of(new TrialDesign.Arm("x", 1, List.of(new TreatmentComponent("pill", Map.of(), 0, 8, 1)), 1, 0),
            new TrialDesign.Arm("placebo", 1, List.of(), 1, 0)), "placebo");
    assertThatThrownBy(() -> new TrialRunner(d, MODEL)).hasMessageContaining("treatment 'pill'").hasMessageContaining("drug");
  }
}
