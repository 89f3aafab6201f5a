package org.limbic.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code limbic check} as a script sees it: TSV rows, exit codes, and the pass rate over seeds. */
class CheckCommandTest {

  private record Run(int code, String out, String err) {
  }

  private static Run check(String... args) {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
      int code = new CommandLine(new LimbicCommand()).execute(args);
      return new Run(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
  }

  @Test
  void tsvHasTheDocumentedHeaderAndOneRowPerClaim() {
    Run r = check("check", "--claim", "OXT-4", "--format", "tsv", "--report", "none");
    assertThat(r.code()).isZero();
    List<String> lines = r.out().lines().toList();
    assertThat(lines.getFirst()).isEqualTo("id\tverdict\tmeasured\texpected\tsource");
    assertThat(lines).hasSize(2);
    assertThat(lines.get(1)).startsWith("OXT-4\tPASS\t");
  }

  @Test
  void seedsReportHowOftenAClaimHolds() {
    Run r = check("check", "--claim", "OXT-4", "--seeds", "3", "--format", "tsv", "--threads", "2", "--report", "none");
    assertThat(r.code()).isZero();
    List<String> lines = r.out().lines().toList();
    assertThat(lines.getFirst()).startsWith("id\tmodel\tlabel\tpasses\tstudies\trate");
    assertThat(lines.get(1)).startsWith("OXT-4\toxytocin\t").contains("\t3\t3\t1.0000\t");
  }

  @Test
  void anUnknownClaimListsTheKnownOnesAndExitsTwo() {
    Run r = check("check", "--model", "oxytocin", "--claim", "OXT-99", "--report", "none");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("no claim 'OXT-99'").contains("OXT-1,");
  }

  @Test
  void aSeedCountBelowOneIsBadInput() {
    Run r = check("check", "--claim", "OXT-4", "--seeds", "0", "--report", "none");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--seeds must be >= 1");
  }
}
