package org.limbic.experiment.trial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.limbic.experiment.spec.NOfOneDesign;

class NOfOneTrialTest {

  @TempDir
  Path tmp;

  @Test
  void writesEveryPatientsPeriodsAndOwnEstimateAndCountsWhomEachArmFavours() throws Exception {
    NOfOneDesign design = NOfOneRunnerTest.parse(NOfOneRunnerTest.FILE);
    NOfOneTrial.Outcome o = NOfOneTrial.run(design, new NOfOneRunnerTest.PeriodModel(), 7, 2, tmp.resolve("out"));
    List<String> rows = Files.readAllLines(tmp.resolve("out").resolve(NOfOneTrial.FILE));
    assertThat(rows).hasSize(41);
    assertThat(rows.getFirst()).isEqualTo("patient,order,A1,A2,A3,B1,B2,B3,difference,lower,upper");
    assertThat(o.design()).isEqualTo(design);
    assertThat(o.threads()).isEqualTo(2);
    // the drug lowers the score by 3 (SD of a patient's own estimate 1.63): many favour A, hardly any B
    assertThat(o.favourA()).isPositive().isGreaterThan(o.favourB());
    assertThat(o.favourA() + o.favourB() + o.undecided()).isEqualTo(40);
  }

  @Test
  void refusesNoThreadsAndAFullOutputDirectoryLeavingItAlone() throws Exception {
    NOfOneDesign design = NOfOneRunnerTest.parse(NOfOneRunnerTest.FILE);
    assertThatThrownBy(() -> NOfOneTrial.run(design, new NOfOneRunnerTest.PeriodModel(), 7, 0, tmp.resolve("out")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("threads must be >= 1, got 0");
    Path full = Files.createDirectories(tmp.resolve("full"));
    Files.writeString(full.resolve("keep.txt"), "mine");
    assertThatThrownBy(() -> NOfOneTrial.run(design, new NOfOneRunnerTest.PeriodModel(), 7, 1, full))
        .isInstanceOf(IllegalArgumentException.class);
    try (var files = Files.list(full)) {
      assertThat(files).containsExactly(full.resolve("keep.txt"));
    }
  }
}
