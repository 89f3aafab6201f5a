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
    assertThat(lines.getFirst())
        .isEqualTo("id\tverdict\tkind\tremoval\tmeasured\texpected\tremoved_mechanism\tmeasured_without\tsource");
    assertThat(lines).hasSize(2);
    assertThat(lines.get(1)).startsWith("OXT-4\tPASS\tstructural\tFAIL\t");
  }

  /** A validation claim outside its tolerance is shown as FAIL and listed, with n/a for removal, but exits 0. */
  @Test
  void aValidationMissIsReportedButIsNoExitCode() {
    CommandOutput r = CommandOutput.of("check", "--claim", "OXT-V1", "--format", "tsv", "--report", "none");
    assertThat(r.code()).isZero();
    String row = r.out().lines().toList().get(1);
    // OXT-V1 misses at 3 min (1.59 against 3.6 uU/mL): a model change that brings it within tolerance changes this test
    assertThat(row).startsWith("OXT-V1\tFAIL\tvalidation\tn/a\t");
    assertThat(r.err()).contains("validation: 1 of 1 outside their tolerance [OXT-V1]");
  }

  /**
   * --strict makes a validation miss an exit code: the same missed claim exits 0 without it and 1
   * with it, and a claim within its tolerance exits 0 either way. OXT-V1 misses (1.59 against 3.6
   * uU/mL at 3 min); GUT-V3 is within its tolerance (Nikolova 2023's week-8 mean): a model change that
   * moves either changes this test.
   */
  @Test
  void strictMakesAValidationMissAnExitCode() {
    CommandOutput lenient = CommandOutput.of("check", "--claim", "OXT-V1", "--report", "none");
    assertThat(lenient.code()).isZero();
    assertThat(lenient.out()).contains("1 claims: 0 passed, 1 failed (validation: 0 of 1 within tolerance)");
    assertThat(lenient.err()).contains("--strict makes it one");
    CommandOutput strict = CommandOutput.of("check", "--claim", "OXT-V1", "--strict", "--report", "none");
    assertThat(strict.code()).isEqualTo(1);
    assertThat(strict.err()).contains("1 of 1 validation claims outside their tolerance (--strict)");
    CommandOutput within = CommandOutput.of("check", "--claim", "GUT-V3", "--strict", "--format", "tsv", "--report", "none");
    assertThat(within.code()).isZero();
    assertThat(within.out().lines().toList().get(1)).startsWith("GUT-V3\tPASS\tvalidation\tn/a\t");
  }

  @Test
  void seedsReportHowOftenAClaimHolds() {
    CommandOutput r = CommandOutput.of("check", "--claim", "OXT-4", "--seeds", "3", "--format", "tsv", "--threads", "2", "--report", "none");
    assertThat(r.code()).isZero();
    List<String> lines = r.out().lines().toList();
    assertThat(lines.getFirst()).startsWith("id\tmodel\tkind\tpasses\tstudies\trate\tlower95\tupper95\tremoval_passes");
    // the removal test (OXT-4 at term density in both runs) passed at none of the 3 seeds
    assertThat(lines.get(1)).startsWith("OXT-4\toxytocin\tstructural\t3\t3\t1.0000\t").contains("\t0\t");
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
