package org.limbic.models.hpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.limbic.compile.ModelCompiler;
import org.limbic.model.Model;
import org.limbic.model.ModelBuilder;
import org.limbic.simulation.SimulationResult;
import org.limbic.simulation.Simulator;

class HpaAxisTest {

  private static SimulationResult run(double drive) {
    ModelBuilder b = Model.builder("hpa").compartment("body", 1).parameter("u", drive, "1", "test drive");
    HpaAxis.addTo(b, "body", "u");
    return new Simulator(ModelCompiler.compile(b.build())).run(0, 2000, 201);
  }

  @Test
  void restsAtOneWithRestingDrive() {
    SimulationResult r = run(1);
    for (String h : List.of("CRH", "ACTH", "cortisol")) {
      assertThat(r.last(h)).as(h).isCloseTo(1.0, offset(1e-6)); // Karin et al. 2020 normalisation
    }
  }

  @Test
  void glucocorticoidFeedbackMakesCortisolRiseLessThanTheDrive() {
    double cortisol = run(3).last("cortisol");
    // open loop the steady state would be 3; GR feedback (K_GR 4, n 3) brings it below
    assertThat(cortisol).isGreaterThan(1.5).isLessThan(3.0);
  }

  @Test
  void steadyCortisolIsTheOdeSteadyState() {
    // the closed form x = drive * (GR(x)/GR(1))^2 against the integrated equations (2000 min >> cortisol half-life 80 min)
    for (double drive : new double[] {0.5, 1, 3, 8}) {
      assertThat(HpaAxis.steadyCortisol(drive, HpaAxis.K_GR, HpaAxis.N_GR)).as("drive " + drive)
          .isCloseTo(run(drive).last("cortisol"), offset(1e-4));
    }
  }

  @Test
  void aModelInDaysReachesTheSameStateAsOneInMinutes() {
    ModelBuilder b = Model.builder("hpa_days").compartment("body", 1).parameter("u", 3, "1", "test drive");
    HpaAxis.addTo(b, "body", "u", "1", 1440);
    SimulationResult days = new Simulator(ModelCompiler.compile(b.build())).run(0, 2000.0 / 1440, 21);
    assertThat(days.last("cortisol")).isCloseTo(run(3).last("cortisol"), offset(1e-4)); // same equations, time rescaled
  }
}
