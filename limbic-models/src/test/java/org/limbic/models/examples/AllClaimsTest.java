package org.limbic.models.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.limbic.experiment.claims.ClaimKind;
import org.limbic.experiment.claims.ClaimResult;
import org.limbic.experiment.claims.ClaimRunner;
import org.limbic.experiment.library.ModelLibrary;

/** The test suite runs every claim of every built-in model, as {@code limbic check} does, with its default seed. */
class AllClaimsTest {

  /**
   * Every claim but a validation one passes, and every removal test (the check without the claim's
   * mechanism) fails.
   */
  @Test
  void everyClaimOfEveryBuiltInModelPassesAndFailsWithoutItsMechanism() {
    List<ClaimResult> all = ClaimRunner.run(ModelLibrary.claims(ModelLibrary.all(), null), 20261123L, 2, done -> { });
    assertThat(all).filteredOn(r -> r.claim().kind().kind() != ClaimKind.Kind.VALIDATION).allSatisfy(r -> assertThat(r.outcome()
            .pass())
        .as("%s (%s): measured %s, expected %s", r.claim().id(), r.model(), r.outcome().measured(), r.outcome().expected())
        .isTrue());
    // a validation claim may miss its data (a measured disagreement), but it must measure: no error
    assertThat(all).filteredOn(r -> r.claim().kind().kind() == ClaimKind.Kind.VALIDATION).isNotEmpty()
        .allSatisfy(r -> assertThat(r.outcome().measured()).as(r.claim().id()).doesNotStartWith("error: "));
    assertThat(all).allSatisfy(r -> assertThat(r.removalVerdict())
        .as("%s without %s: measured %s, expected %s", r.claim().id(), r.claim().removal().mechanism(),
            r.removalOutcome() == null ? "" : r.removalOutcome().measured(), r.outcome().expected())
        .isNotEqualTo("PASS"));
  }

  /**
   * Every claim id of the brief is there: the gut–brain trial claims come through a ClaimProvider
   * (ServiceLoader), and a missing registration would drop them without any check failing.
   */
  @Test
  void everyClaimOfTheBriefIsChecked() {
    var entries = ModelLibrary.claims(ModelLibrary.all(), null);
    List<String> ids = entries.stream().map(e -> e.claim().id()).toList();
    // the brief's 37 (GUT-1 in two parts); validation claims (OXT-V1, ...) are added to them
    assertThat(entries.stream().filter(e -> e.claim().kind().kind() != ClaimKind.Kind.VALIDATION)).hasSize(37);
    // at least 8 validation claims against published numbers (issue #13 must-show 3), each model's beside its claims
    assertThat(entries.stream().filter(e -> e.claim().kind().kind() == ClaimKind.Kind.VALIDATION).map(e -> e.claim().id()))
        .hasSizeGreaterThanOrEqualTo(8).allSatisfy(id -> assertThat(id).matches("(OXT|VOLE|GUT)-V[0-9]+"))
        .contains("OXT-V1", "OXT-V6", "GUT-V1", "GUT-V3");
    assertThat(ids).doesNotHaveDuplicates()
        .contains("OXT-1", "OXT-14", "VOLE-1", "VOLE-9", "GUT-1/add-on", "GUT-1/alone", "GUT-2", "GUT-3", "GUT-13");
  }
}
