package org.limbic.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Issue #15 item 8: progress bars wrote their {@code \r} updates into redirected logs. */
class ProgressReporterTest {

  @Test
  void offATerminalNoBarIsDrawn() throws InterruptedException {
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    try (ProgressReporter progress = new ProgressReporter("cohort", new PrintStream(log, true, StandardCharsets.UTF_8))) {
      Thread.sleep(1_100);   // past the quiet first second
      for (int done = 1; done < 100; done++) {
        progress.progress(done, 100);
      }
      Thread.sleep(300);     // a bar would redraw every 250 ms
    }
    assertThat(log.toString(StandardCharsets.UTF_8)).doesNotContain("\r");
  }

  @Test
  void offATerminalItSaysWhereItIsInAPlainLineEveryTenSeconds() {
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    long[] now = {0};
    try (ProgressReporter progress = new ProgressReporter("cohort", new PrintStream(log, true, StandardCharsets.UTF_8), false,
        () -> now[0])) {
      for (int done = 1; done < 1000; done++) {
        now[0] = done * 100_000_000L;   // 0.1 s per run: 99.9 s in all
        progress.progress(done, 1000);
      }
    }
    String text = log.toString(StandardCharsets.UTF_8);
    assertThat(text.lines()).hasSize(10).allMatch(l -> l.startsWith("limbic: cohort: ")).first()
        .isEqualTo("limbic: cohort: 10 of 1,000 runs (1 %) after 1 s");
    assertThat(text).doesNotContain("\r");
  }

  @Test
  void theLauncherSaysWhetherStderrIsATerminal() {
    String before = System.getProperty(ProgressReporter.TERMINAL_PROPERTY);
    try {
      System.setProperty(ProgressReporter.TERMINAL_PROPERTY, "true");
      assertThat(ProgressReporter.stderrIsTerminal()).isTrue();
      System.setProperty(ProgressReporter.TERMINAL_PROPERTY, "false");
      assertThat(ProgressReporter.stderrIsTerminal()).isFalse();
    } finally {
      if (before == null) {
        System.clearProperty(ProgressReporter.TERMINAL_PROPERTY);
      } else {
        System.setProperty(ProgressReporter.TERMINAL_PROPERTY, before);
      }
    }
  }
}
