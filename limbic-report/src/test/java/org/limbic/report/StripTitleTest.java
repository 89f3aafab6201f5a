package org.limbic.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.limbic.experiment.figure.Figure;

/** A strip plot whose group labels lose their "(n = 10 of 12; 2 NaN)" says the NaN counts in its title. */
class StripTitleTest {

  @Test
  void nanCountsDroppedFromLongLabelsGoToTheTitle() {
    double nan = Double.NaN;
    Figure.Distributions f = new Figure.Distributions("attacks", "attacks (count)", List.of(
        new Figure.Group("wild type after one week", new double[] {1, 2, nan, 3}),
        new Figure.Group("KO", new double[] {0, nan, 1})), Optional.empty());
    // any label with a NaN count is over the axis' 20 characters ("KO (n = 2 of 3; 1 NaN)" has 22): all lose it
    assertThat(FigureCharts.stripTitle(f)).isEqualTo("attacks (NaN: wild type after one week 1 of 4, KO 1 of 3)");
    Figure.Distributions clean = new Figure.Distributions("attacks", "attacks (count)",
        List.of(new Figure.Group("wild type after one week", new double[] {1, 2})), Optional.empty());
    assertThat(FigureCharts.stripTitle(clean)).isEqualTo("attacks");
    Figure.Distributions counted = new Figure.Distributions("peak_H (1 of 7 runs NaN)", "peak_H", f.groups(), Optional.empty());
    assertThat(FigureCharts.stripTitle(counted)).as("already said").isEqualTo("peak_H (1 of 7 runs NaN)");
  }
}
