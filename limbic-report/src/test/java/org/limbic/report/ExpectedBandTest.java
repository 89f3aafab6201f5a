package org.limbic.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.limbic.experiment.figure.Figure;

/** An expected band on x is a window of time across the plotted values; on the value axis, a range across the times. */
class ExpectedBandTest {

  private static final double[] T = {0, 10, 20, 30};
  private static final double[] Y = {1, 4, 2, 3};

  private static XYSeries expected(Figure.Band band) {
    Figure.TimeCourse f = new Figure.TimeCourse("t", "time (min)", "y (1)", List.of(Figure.Series.line("y", T, Y)),
        Optional.of(band));
    return ((XYChart) FigureCharts.of(f, 600, 400)).getSeries("expected");
  }

  private static double[] range(double[] v) {
    return new double[] {Arrays.stream(v).min().orElseThrow(), Arrays.stream(v).max().orElseThrow()};
  }

  @Test
  void aTimeWindowSpansItsTimesAndEveryValue() {
    XYSeries s = expected(Figure.Band.onX("birth to placenta", 12, 18));
    assertThat(range(s.getXData())).containsExactly(12, 18);
    assertThat(range(s.getYData())).containsExactly(1, 4);
  }

  @Test
  void aValueRangeSpansItsValuesAndEveryTime() {
    XYSeries s = expected(new Figure.Band("normal", 2, 3));
    assertThat(range(s.getXData())).containsExactly(0, 30);
    assertThat(range(s.getYData())).containsExactly(2, 3);
  }

  @Test
  void categoriesRefuseATimeWindow() {
    assertThatThrownBy(() -> new Figure.Bars("b", "v (1)", List.of("a"), new double[] {1}, null,
        Optional.of(Figure.Band.onX("w", 0, 1)))).hasMessageContaining("give the band on the value axis");
  }
}
