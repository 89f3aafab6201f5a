package org.limbic.models.oxytocin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.limbic.compile.ModelCompiler;
import org.limbic.model.Model;
import org.limbic.model.ModelBuilder;
import org.limbic.simulation.SimulationResult;
import org.limbic.simulation.Simulator;
import org.limbic.experiment.run.ParameterScaling;

/** The oxytocin model against the levels of ../shared/domain/BRIEF.md §2, and its modules alone. */
class OxytocinModelTest {

  @Test
  void everyScenarioRunsWithoutNegativeValues() {
    for (String name : OxytocinScenarios.NAMES) {
      SimulationResult r = ScenarioRun.scenario(name, Map.of());
      for (String v : r.variables()) {
        if (v.equals("last_burst") || v.equals("last_ejection") || v.endsWith("_time") || v.startsWith("intervention")) {
          continue; // -1 means "not yet"
        }
        double min = java.util.Arrays.stream(r.series(v)).min().orElseThrow();
        // 1e-9 absolute: the solver's atol, below which a state may dip under zero numerically
        assertThat(min).as(name + ": " + v).isGreaterThanOrEqualTo(-1e-9);
      }
    }
  }

  @Test
  void basalPlasmaOxytocinNonpregnantIsWithinJohnstonAndAmico() {
    SimulationResult rest = ScenarioRun.scenario("rest-15min", Map.of());
    // Johnston & Amico 1986: basal 0.7-1.1 uU/mL
    assertThat(Traces.mean(rest, "OT_plasma", 60, 90)).isBetween(0.7, 1.1);
  }

  @Test
  void sucklingPeaksAreWithinJohnstonAndAmico() {
    SimulationResult feed = ScenarioRun.scenario("breastfeed-day2", Map.of());
    // Johnston & Amico 1986: individual suckling peaks 5-23 uU/mL
    assertThat(Traces.max(feed, "OT_plasma", 15, 45)).isBetween(5.0, 23.0);
  }

  @Test
  void clearanceIsFourTimesHigherWithThePlacentaInUtero() {
    SimulationResult labor = ScenarioRun.scenario("spontaneous-labor", Map.of());
    SimulationResult rest = ScenarioRun.scenario("rest-15min", Map.of());
    // AJP 1990;259:R21: ~4x; exact here because the placental factor is 1 at labor onset
    assertThat(labor.series("k_el_effective")[0] / rest.series("k_el_effective")[0]).isCloseTo(4.0, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void laborEndsInBirthThenPlacentaWithinAPlausibleTime() {
    SimulationResult r = ScenarioRun.scenario("spontaneous-labor", Map.of());
    double birth = Traces.firstEvent(r, "birth");
    double placenta = Traces.firstEvent(r, "placenta_delivery");
    // active phase 3-10 cm: hours (Zhang et al. 2010: median ~5-7 h in nulliparas, 95th percentile up to ~16 h)
    assertThat(birth / 60).isBetween(3.0, 16.0);
    // third stage: 5-30 min in most births
    assertThat(placenta - birth).isBetween(5.0, 30.0);
  }

  @Test
  void theUterusModuleWorksAloneOnAConstantOxytocinLevel() {
    ModelBuilder b = Model.builder("uterus").parameter("ot", 8, "uU/mL", "test input").parameter("adr", 1, "1", "test input");
    Uterus.addTo(b, "ot", "adr");
    SimulationResult r = new Simulator(ModelCompiler.compile(b.build())).run(0, 600, 601);
    assertThat(r.last("uterine_activation")).isBetween(0.4, 0.6); // EC50 7.9 uU/mL at term: about half-maximal
    assertThat(r.last("born")).isEqualTo(1.0);
  }

  @Test
  void theBreastModuleWorksAloneAndEjectsOnARise() {
    ModelBuilder b = Model.builder("breast").variable("ot", 1);
    Breast.addTo(b, "ot");
    b.event("bolus", "time >= 5", "ot", "5");
    SimulationResult r = new Simulator(ModelCompiler.compile(b.build())).run(0, 10, 601);
    double ejection = Traces.firstEvent(r, "milk_ejection");
    // an IV-bolus-like step: Wakerley & Lincoln 1973 report 7-14 s; the module gives the same order
    assertThat((ejection - 5) * 60).isBetween(5.0, 25.0);
  }

  @Test
  void theReleaseModuleNeverBurstsWithoutInputAndBurstsWithSuckling() {
    for (double suckling : new double[] {0, 1}) {
      ModelBuilder b = Model.builder("release").parameter("zero", 0, "1", "test input").parameter("one", 1, "1", "test input");
      PvnRelease.addTo(b, "zero", "zero", "one", "zero");
      b.parameter("placenta_none", 0, "1", "test input");
      Model m = b.build();
      var c = ModelCompiler.compile(m);
      double[] p = c.newParameters();
      p[c.parameterIndex("suckling")] = suckling;
      p[c.parameterIndex("placental_factor")] = 0;
      SimulationResult r = new Simulator(c).run(p, Simulator.evenlySpaced(0, 30, 301), List.of("bursts"));
      assertThat(r.last("bursts")).as("suckling " + suckling).isEqualTo(suckling == 0 ? 0.0 : 6.0, org.assertj.core.data.Offset.offset(2.0));
    }
  }

  @Test
  void skinToSkinAndSucklingRaiseOxytocinCloseVesselsAndLowerBloodLossInATypicalMother() {
    double[] ot = new double[3];
    double[] open = new double[3];
    double[] loss = new double[3];
    PostpartumCohort.Arm[] arms = PostpartumCohort.Arm.values();
    for (int i = 0; i < arms.length; i++) {
      SimulationResult r = ScenarioRun.scenario(arms[i].scenario, Map.of());
      ot[i] = Traces.mean(r, "OT_plasma", 0, 120);
      open[i] = Traces.mean(r, "open_vessels", 0, 120);
      loss[i] = r.last("blood_loss");
    }
    // the mechanism chain of OXT-6, strictly ordered by care (no tolerance: a direction)
    assertThat(ot[0]).isLessThan(ot[1]);
    assertThat(ot[1]).isLessThan(ot[2]);
    assertThat(open[0]).isGreaterThan(open[1]);
    assertThat(open[1]).isGreaterThan(open[2]);
    assertThat(loss[0]).isGreaterThan(loss[1]);
    assertThat(loss[1]).isGreaterThan(loss[2]);
    // Johnston & Amico 1986: suckling peaks 5-23 uU/mL; the mean over 2 h of skin-to-skin and a feed stays within that range
    assertThat(ot[2]).isBetween(5.0, 23.0);
  }

  @Test
  void theCohortIsTheSameWhateverTheThreadCount() {
    List<PostpartumCohort.Mother> mothers = PostpartumCohort.draw(20261123L, 12);
    assertThat(PostpartumCohort.draw(20261123L, 12)).isEqualTo(mothers);
    double[] parallel = PostpartumCohort.run(PostpartumCohort.Arm.BOTH, mothers, ParameterScaling.NONE).finalValues("blood_loss");
    var model = new OxytocinModel().model();
    double[] sequential = mothers.stream()
        .mapToDouble(m -> ScenarioRun.scenario(PostpartumCohort.Arm.BOTH.scenario, m.overrides(model)).last("blood_loss")).toArray();
    // exact: each run is deterministic and independent of the others
    assertThat(parallel).containsExactly(sequential);
    assertThat(java.util.Arrays.stream(parallel).distinct().count()).as("mothers differ").isEqualTo(12);
  }

  /** A factor 0 removes a term (a claim's removal test); a negative or non-finite one is refused. */
  @Test
  void parameterScalingTakesZeroButRejectsNegativeAndNonFiniteFactors() {
    org.assertj.core.api.Assertions.assertThat(ParameterScaling.of("k_el", 0).factors()).containsEntry("k_el", 0.0);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> ParameterScaling.of("k_el", -1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("k_el");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> ParameterScaling.of("k_el", Double.NaN))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("k_el");
  }
}
