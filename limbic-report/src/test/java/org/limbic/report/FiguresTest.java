package org.limbic.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.limbic.experiment.figure.Figure;

class FiguresTest {

  @Test
  void bandsAreTheMedianAnd5thTo95thPercentileAcrossSubjects() {
    // subjects 0..100 at every time: type-7 quantiles are exactly 50, 5 and 95
    double[][] values = new double[101][2];
    for (int s = 0; s <= 100; s++) {
      values[s][0] = s;
      values[s][1] = 2 * s;
    }
    Figure.TimeCourse f = Figures.timeCourseBands("t", "time (min)", "x (nM)", Map.of("cohort", values),
        new double[] {0, 1});
    Figure.Series s = f.series().getFirst();
    assertThat(s.y()).containsExactly(50, 100);
    assertThat(s.lower()[0]).isCloseTo(5, within(1e-12));
    assertThat(s.upper()[1]).isCloseTo(190, within(1e-12));
    assertThat(s.name()).contains("cohort", "median", "5–95 %");
  }

  @Test
  void aSingleSubjectIsAPlainLine() {
    Map<String, double[][]> one = new LinkedHashMap<>();
    one.put("run 1", new double[][] {{1, 2, 3}});
    Figure.Series s = Figures.timeCourseBands("t", "x", "y", one, new double[] {0, 1, 2}).series().getFirst();
    assertThat(s.name()).isEqualTo("run 1");
    assertThat(s.lower()).isNull();
    assertThat(s.y()).containsExactly(1, 2, 3);
  }

  @Test
  void missingValuesAreLeftOutOfTheQuantiles() {
    double[][] values = {{1}, {Double.NaN}, {3}};
    Figure.Series s = Figures.timeCourseBands("t", "x", "y", Map.of("c", values), new double[] {0}).series().getFirst();
    assertThat(s.y()[0]).isEqualTo(2);
  }

  @Test
  void histogramKeepsTheGroupsInOrder() {
    Map<String, double[]> groups = new LinkedHashMap<>();
    groups.put("b", new double[] {1});
    groups.put("a", new double[] {2});
    Figure.Distributions d = Figures.histogram("h", "v (pM)", groups);
    assertThat(d.groups()).extracting(Figure.Group::name).containsExactly("b", "a");
    assertThat(d.valueLabel()).isEqualTo("v (pM)");
  }
}
