package org.limbic.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.limbic.experiment.figure.Figure;
import org.limbic.petab.PetabMeasurement;
import org.limbic.petab.PetabObjective;

/** The fit-against-data figures draw every measurement: those at t = inf had been dropped from a time axis that counted them. */
class FitReportTest {

  private static PetabObjective.Simulated point(double time, double measured, double simulated) {
    return new PetabObjective.Simulated(new PetabMeasurement("obs", "", "c", time, measured, List.of(), List.of(), 2), simulated);
  }

  @Test
  void steadyStateMeasurementsGetTheirOwnFigureOfSimulatedAgainstMeasured() {
    List<Figure> figures = FitReport.dataFigures("obs in c", List.of(point(2, 1.0, 1.1), point(Double.POSITIVE_INFINITY, 5.0, 4.5),
        point(1, 0.5, 0.4), point(Double.POSITIVE_INFINITY, 6.0, 6.5), point(Double.POSITIVE_INFINITY, 7.0, 7.0)));
    assertThat(figures).hasSize(2);
    Figure.Scatter timed = (Figure.Scatter) figures.get(0);
    assertThat(timed.series().getFirst().name()).isEqualTo("measured (2)");
    assertThat(timed.series().getFirst().x()).containsExactly(1.0, 2.0);
    Figure.Scatter steady = (Figure.Scatter) figures.get(1);
    assertThat(steady.title()).contains("steady state");
    assertThat(steady.series().getFirst().name()).isEqualTo("steady-state measurements (3)");
    assertThat(steady.series().getFirst().x()).containsExactly(5.0, 6.0, 7.0);
    assertThat(steady.series().getFirst().y()).containsExactly(4.5, 6.5, 7.0);
  }

  @Test
  void aPairMeasuredOnlyAtSteadyStateHasNoTimeFigure() {
    List<Figure> figures = FitReport.dataFigures("obs in c", List.of(point(Double.POSITIVE_INFINITY, 5.0, 4.5)));
    assertThat(figures).singleElement().extracting(Figure::title).asString().contains("steady state");
  }
}
