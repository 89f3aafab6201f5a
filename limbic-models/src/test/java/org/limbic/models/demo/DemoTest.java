package org.limbic.models.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.limbic.experiment.figure.Figure;

/** Each step of {@code limbic demo} computes what it claims, writes its file and draws its figure. */
class DemoTest {

  @TempDir
  Path out;

  @Test
  void pulsatileReleaseMatchesItsClosedFormAfterTheSixthPulse() throws Exception {
    PulsatileDemo.Result r = PulsatileDemo.run(out);
    assertThat(r.afterPulses()).isCloseTo(r.closedForm(), within(1e-4));
    assertThat(r.result().events()).hasSize(7); // pulses at 0, 10, ..., 60 min
    assertThat(Files.readAllLines(r.csv()).getFirst()).isEqualTo("time,H,next_pulse");
    assertThat(r.figures()).singleElement().isInstanceOf(Figure.TimeCourse.class);
  }

  @Test
  void robertsonConservesMassOverElevenDecades() throws Exception {
    RobertsonDemo.Result r = RobertsonDemo.run(out);
    assertThat(r.result().last("y1") + r.result().last("y2") + r.result().last("y3")).isCloseTo(1, within(1e-9));
    assertThat(Files.readAllLines(r.csv())).hasSize(57);
    assertThat(((Figure.TimeCourse) r.figures().getFirst()).series()).hasSize(3);
  }

  @Test
  void theBirthDeathEnsembleHasThePoissonMean() throws Exception {
    BirthDeathDemo.Result r = BirthDeathDemo.run(out);
    assertThat(r.time()).isEqualTo(10);
    assertThat(r.mean()).isCloseTo(r.exact(), within(5 * r.standardError()));
    assertThat(Files.readAllLines(r.csv())).hasSize(22).first().isEqualTo("time,mean_bound,variance_bound,exact_mean");
  }

  @Test
  void theCohortRunsItsScenarioIntoTheCohortDirectory() {
    var summary = CohortDemo.run(out);
    assertThat(summary.outputDirectory()).isEqualTo(out.resolve("cohort").toAbsolutePath().normalize());
    assertThat(summary.subjects()).isEqualTo(200);
    assertThat(out.resolve("cohort/timecourses.csv")).exists();
  }
}
