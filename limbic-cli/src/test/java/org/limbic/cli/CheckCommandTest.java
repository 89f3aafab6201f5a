package org.limbic.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code limbic check} as a script sees it: TSV rows, exit codes, and the pass rate over seeds. */
class CheckCommandTest {

  @Test
  void tsvHasTheDocumentedHeaderAndOneRowPerClaim() {
    CommandOutput r = CommandOutput.of("check", "--claim", "OXT-4", "--format", "tsv", "--report", "none");
    assertThat(r.code()).isZero();
    List<String> lines = r.out().lines().toList();
    assertThat(lines.getFirst()).isEqualTo("id\tverdict\tmeasured\texpected\tsource");
    assertThat(lines).hasSize(2);
    assertThat(lines.get(1)).startsWith("OXT-4\tPASS\t");
  }

  @Test
  void seedsReportHowOftenAClaimHolds() {
    CommandOutput r = CommandOutput.of("check", "--claim", "OXT-4", "--seeds", "3", "--format", "tsv", "--threads", "2", "--report", "none");
    assertThat(r.code()).isZero();
    List<String> lines = r.out().lines().toList();
    assertThat(lines.getFirst()).startsWith("id\tmodel\tlabel\tpasses\tstudies\trate");
    assertThat(lines.get(1)).startsWith("OXT-4\toxytocin\t").contains("\t3\t3\t1.0000\t");
  }

  @Test
  void anUnknownClaimListsTheKnownOnesAndExitsTwo() {
    CommandOutput r = CommandOutput.of("check", "--model", "oxytocin", "--claim", "OXT-99", "--report", "none");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("no claim 'OXT-99'").contains("OXT-1,");
  }

  @Test
  void aSeedCountBelowOneIsBadInput() {
    CommandOutput r = CommandOutput.of("check", "--claim", "OXT-4", "--seeds", "0", "--report", "none");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--seeds must be >= 1");
  }

  @Test
  void anUnknownFormatIsAUsageError() {
    CommandOutput r = CommandOutput.of("check", "--claim", "OXT-4", "--format", "xml", "--report", "none");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--format must be 'table' or 'tsv', got 'xml'").contains("limbic check --help shows the usage");
  }
}
