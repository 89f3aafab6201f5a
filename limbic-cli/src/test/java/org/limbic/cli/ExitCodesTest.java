package org.limbic.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;
import org.limbic.experiment.run.ExperimentFailedException;
import org.limbic.model.ModelException;
import org.limbic.solve.SolverException;

/** What a script can rely on: 1 when something ran and failed, 2 when the input was wrong. */
class ExitCodesTest {

  @Test
  void failuresOfWhatRanExitOne() {
    assertThat(ExitCodes.of(new CommandFailedException("2 of 40 claims failed"))).isEqualTo(ExitCodes.FAILED);
    assertThat(ExitCodes.of(new ExperimentFailedException("every run failed", null))).isEqualTo(ExitCodes.FAILED);
    assertThat(ExitCodes.of(new IllegalStateException("not recorded"))).isEqualTo(ExitCodes.FAILED);
    assertThat(ExitCodes.of(new SolverException("step size underflow", 3.0, "H", "tighten the tolerances"))).isEqualTo(ExitCodes.FAILED);
  }

  @Test
  void badInputExitsTwo() {
    assertThat(ExitCodes.of(new ModelException("m", "no such model"))).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(ExitCodes.of(new IllegalArgumentException("threads must be >= 1"))).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(ExitCodes.of(new UncheckedIOException("cannot write", new IOException("disk full")))).isEqualTo(ExitCodes.BAD_INPUT);
  }
}
