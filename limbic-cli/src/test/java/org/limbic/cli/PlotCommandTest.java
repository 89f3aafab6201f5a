package org.limbic.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code limbic plot} as a user sees it: where the report went, or one message and exit code 2 (ResultsReportTest has the figures). */
class PlotCommandTest {

  @TempDir
  Path dir;

  @Test
  void writesTheReportAndSaysWhere() throws Exception {
    Files.writeString(dir.resolve("metrics.csv"), "run,subject,replicate,metric,value\n1,0,0,peak,3\n1,1,0,peak,4\n");
    Path out = dir.resolve("plots");
    CommandOutput r = CommandOutput.of("plot", dir.toString(), "--out", out.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).isEqualTo("wrote " + out.resolve("index.html") + System.lineSeparator());
    assertThat(Files.readString(out.resolve("index.html"))).contains("peak");
  }

  @Test
  void aDirectoryWithoutResultsIsBadInput() {
    CommandOutput r = CommandOutput.of("plot", dir.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith("limbic plot: " + dir + " has neither timecourses.csv nor metrics.csv");
    assertThat(dir.resolve("report")).doesNotExist();
  }

  @Test
  void aMissingColumnIsNamedWithTheFile() throws Exception {
    Files.writeString(dir.resolve("metrics.csv"), "run,metric,value\n1,peak,3\n");
    CommandOutput r = CommandOutput.of("plot", dir.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains(dir.resolve("metrics.csv") + ":1: no column 'subject'");
    assertThat(dir.resolve("report")).doesNotExist();
  }
}
