package org.limbic.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.limbic.experiment.figure.Figure;
import org.limbic.experiment.results.TidyTable;

class ScanHeatmapsTest {

  @TempDir
  Path tmp;

  private static TidyTable parameters(Path file) {
    return TidyTable.read(file, List.of("subject", "parameter"), List.of("value"));
  }

  private static TidyTable metrics(Path file) {
    return TidyTable.read(file, List.of("run", "subject", "replicate", "metric"), List.of("value"));
  }

  @Test
  void aTwoParameterGridGivesOneHeatmapPerMetricWithMeansOverReplicates() throws IOException {
    StringBuilder parameters = new StringBuilder("subject,parameter,value\n");
    StringBuilder metrics = new StringBuilder("run,subject,replicate,metric,value\n");
    int subject = 0;
    for (double a : new double[] {1, 2}) {
      for (double b : new double[] {10, 20, 30}) {
        parameters.append(subject).append(",a,").append(a).append('\n').append(subject).append(",b,").append(b).append('\n');
        // two replicates around a * b: their mean is exactly a * b
        metrics.append("r,").append(subject).append(",0,m,").append(a * b - 1).append('\n');
        metrics.append("r,").append(subject).append(",1,m,").append(a * b + 1).append('\n');
        subject++;
      }
    }
    TidyTable p = parameters(Files.writeString(tmp.resolve("p.csv"), parameters));
    TidyTable m = metrics(Files.writeString(tmp.resolve("m.csv"), metrics));
    List<Figure> maps = ScanHeatmaps.of(p, m);
    assertThat(maps).hasSize(1);
    Figure.Heatmap h = (Figure.Heatmap) maps.getFirst();
    assertThat(h.x()).containsExactly(1, 2);
    assertThat(h.y()).containsExactly(10, 20, 30);
    assertThat(h.z()[1][2]).isEqualTo(60.0); // a = 2, b = 30
    assertThat(h.z()[0][0]).isEqualTo(10.0);
  }

  @Test
  void aCohortIsNotAGridAndGivesNoHeatmap() throws IOException {
    TidyTable p = parameters(Files.writeString(tmp.resolve("p.csv"),
        "subject,parameter,value\n0,a,1\n0,b,5\n1,a,2\n1,b,7\n2,a,3\n2,b,1\n"));
    TidyTable m = metrics(Files.writeString(tmp.resolve("m.csv"), "run,subject,replicate,metric,value\nr,0,0,m,1\n"));
    assertThat(ScanHeatmaps.of(p, m)).isEmpty();
  }

  @Test
  void randomPointsGiveAScatterPerMetricAndParameterWithMeansOverReplicates() throws IOException {
    TidyTable p = parameters(Files.writeString(tmp.resolve("p.csv"),
        "subject,parameter,value\n0,a,1\n0,b,5\n1,a,2\n1,b,7\n2,a,3\n2,b,1\n"));
    TidyTable m = metrics(Files.writeString(tmp.resolve("m.csv"),
        "run,subject,replicate,metric,value\nr,0,0,m,1\nr,0,1,m,3\nr,1,0,m,4\nr,1,1,m,4\nr,2,0,m,NaN\nr,2,1,m,9\n"));
    List<Figure> scatters = ScanHeatmaps.scatters(p, m);
    assertThat(scatters).extracting(Figure::title).containsExactly("m against a (1 of 6 runs NaN)", "m against b (1 of 6 runs NaN)");
    Figure.Series against = ((Figure.Scatter) scatters.getFirst()).series().getFirst();
    assertThat(against.x()).containsExactly(1, 2, 3);
    assertThat(against.y()).containsExactly(2, 4, 9); // means over replicates; a NaN replicate is left out
  }

  /** A metric NaN in every run is not dropped: its scatter is empty and its title says why; it still draws. */
  @Test
  void aMetricNaNEverywhereGetsAnEmptyScatterThatSaysSo() throws IOException {
    TidyTable p = parameters(Files.writeString(tmp.resolve("p.csv"), "subject,parameter,value\n0,a,1\n1,a,2\n2,a,3\n"));
    TidyTable m = metrics(Files.writeString(tmp.resolve("m.csv"),
        "run,subject,replicate,metric,value\nr,0,0,t,NaN\nr,1,0,t,NaN\nr,2,0,t,NaN\n"));
    List<Figure> scatters = ScanHeatmaps.scatters(p, m);
    assertThat(scatters).extracting(Figure::title).containsExactly("t against a (3 of 3 runs NaN)");
    assertThat(((Figure.Scatter) scatters.getFirst()).series().getFirst().x()).isEmpty();
    assertThat(FigureRenderer.DEFAULT.png(scatters.getFirst())).isNotEmpty();
  }

  @Test
  void aHeatmapsTitleCountsTheNaNRuns() throws IOException {
    TidyTable p = parameters(Files.writeString(tmp.resolve("p.csv"),
        "subject,parameter,value\n0,a,1\n0,b,5\n1,a,2\n1,b,5\n2,a,1\n2,b,7\n3,a,2\n3,b,7\n"));
    TidyTable m = metrics(Files.writeString(tmp.resolve("m.csv"),
        "run,subject,replicate,metric,value\nr,0,0,m,1\nr,1,0,m,NaN\nr,2,0,m,3\nr,3,0,m,4\n"));
    Figure.Heatmap h = (Figure.Heatmap) ScanHeatmaps.of(p, m).getFirst();
    assertThat(h.title()).isEqualTo("m over the scan (1 of 4 runs NaN)");
    assertThat(h.z()[1][0]).isNaN(); // a = 2, b = 5: a blank cell
  }

  @Test
  void aGridGetsHeatmapsNotScatters() throws IOException {
    TidyTable p = parameters(Files.writeString(tmp.resolve("p.csv"),
        "subject,parameter,value\n0,a,1\n0,b,5\n1,a,2\n1,b,5\n2,a,1\n2,b,7\n3,a,2\n3,b,7\n"));
    TidyTable m = metrics(Files.writeString(tmp.resolve("m.csv"), "run,subject,replicate,metric,value\nr,0,0,m,1\n"));
    assertThat(ScanHeatmaps.of(p, m)).hasSize(1);
    assertThat(ScanHeatmaps.scatters(p, m)).isEmpty();
  }
}
