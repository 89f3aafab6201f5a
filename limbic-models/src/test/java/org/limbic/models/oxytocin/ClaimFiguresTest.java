package org.limbic.models.oxytocin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.limbic.experiment.claims.Claim;
import org.limbic.experiment.figure.Figure;
import org.limbic.experiment.library.ModelLibrary;

/**
 * The oxytocin claim report's figures say what they mean (issue #15 item 3): a time window is a
 * band of time, not of the value axis; one axis carries one unit.
 */
class ClaimFiguresTest {

  private static List<Figure> figures(String claimId) {
    Claim claim = ModelLibrary.get("oxytocin").claims().stream().filter(c -> c.id().equals(claimId)).findFirst().orElseThrow();
    return claim.check().run(20261123L).figures();
  }

  private static Figure.TimeCourse timeCourse(List<Figure> figures, String titleStart) {
    return figures.stream().filter(Figure.TimeCourse.class::isInstance).map(Figure.TimeCourse.class::cast)
        .filter(f -> f.title().startsWith(titleStart)).findFirst().orElseThrow();
  }

  @Test
  void birthToPlacentaIsATimeWindow() {
    Figure.TimeCourse f = timeCourse(figures("OXT-5"), "Plasma OT over labor, birth");
    Figure.Band band = f.expected().orElseThrow();
    assertThat(band.axis()).isEqualTo(Figure.Band.Axis.X);
    // the window lies within the simulated minutes, birth before placenta (about 505 and 520 min)
    assertThat(band.low()).isGreaterThan(0).isLessThan(band.high());
    assertThat(band.high()).isLessThan(f.series().getFirst().x()[f.series().getFirst().x().length - 1]);
  }

  @Test
  void thePostpartumFloorIsExpectedOnDays2To4NotAtAValue() {
    Figure.TimeCourse f = timeCourse(figures("OXT-10"), "Daily mean plasma OT after birth");
    Figure.Band band = f.expected().orElseThrow();
    assertThat(band.axis()).isEqualTo(Figure.Band.Axis.X);
    assertThat(new double[] {band.low(), band.high()}).containsExactly(2, 4);
  }

  @Test
  void laborDilationOtAndContractionsHaveAnAxisEach() {
    List<Figure.TimeCourse> courses = figures("OXT-1").stream().filter(Figure.TimeCourse.class::isInstance)
        .map(Figure.TimeCourse.class::cast).toList();
    assertThat(courses).extracting(Figure.TimeCourse::yLabel)
        .containsExactly("cervical dilation (cm)", "plasma OT (uU/mL)", "contractions (per 10 min)");
    assertThat(courses).allSatisfy(c -> assertThat(c.series()).hasSize(1));
  }
}
