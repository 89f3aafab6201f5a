package org.limbic.experiment.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimRunnerTest {

  private static Claim claim(String id, ClaimCheck check) {
    return new Claim(id, "statement " + id, "source", ClaimKind.predicted("mechanism"), check,
        Removal.of("the mechanism", seed -> new ClaimOutcome(false, "gone", "e", List.of())));
  }

  @Test
  void resultsKeepTheGivenOrderWhateverTheThreads() {
    List<ClaimRunner.Entry> entries = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      int n = i;
      entries.add(new ClaimRunner.Entry("m", claim("X-" + i, seed -> new ClaimOutcome(n % 2 == 0, "v" + (seed + n), "e", List.of()))));
    }
    List<ClaimResult> one = ClaimRunner.run(entries, 7, 1, done -> { });
    List<ClaimResult> four = ClaimRunner.run(entries, 7, 4, done -> { });
    assertThat(four).extracting(r -> r.claim().id()).containsExactlyElementsOf(one.stream().map(r -> r.claim().id()).toList());
    assertThat(four).extracting(r -> r.outcome().measured()).containsExactlyElementsOf(one.stream().map(r -> r.outcome().measured()).toList());
    assertThat(one.get(3).verdict()).isEqualTo("FAIL");
    assertThat(one.get(4).verdict()).isEqualTo("PASS");
  }

  @Test
  void aClaimCheckedInPartsIsSelectedWholeByItsBriefIdOrPartByPart() {
    ClaimCheck pass = seed -> new ClaimOutcome(true, "m", "e", List.of());
    List<Claim> claims = List.of(claim("GUT-1/add-on", pass), claim("GUT-1/alone", pass), claim("GUT-10", pass),
        claim("GUT-1x", pass));
    assertThat(ClaimRunner.select("m", claims, "gut-1")).extracting(e -> e.claim().id())
        .containsExactly("GUT-1/add-on", "GUT-1/alone");
    assertThat(ClaimRunner.select("m", claims, "GUT-1/alone")).extracting(e -> e.claim().id()).containsExactly("GUT-1/alone");
    assertThat(ClaimRunner.select("m", claims, "GUT-10")).extracting(e -> e.claim().id()).containsExactly("GUT-10");
    assertThat(ClaimRunner.select("m", claims, null)).hasSize(4);
  }

  @Test
  void everyClaimRunsItsRemovalTestWithTheSameSeed() {
    ClaimCheck holds = seed -> new ClaimOutcome(true, "seed " + seed, "e", List.of());
    Claim tests = new Claim("X-1", "s", "src", ClaimKind.predicted("m"), holds,
        Removal.of("m removed", seed -> new ClaimOutcome(false, "without, seed " + seed, "e", List.of())));
    Claim survives = new Claim("X-2", "s", "src", ClaimKind.structural("a term"), holds, Removal.of("the term", holds));
    Claim validation = new Claim("X-3", "s", "src", ClaimKind.validation("a published curve"), holds,
        Removal.notApplicable("compared with data"));
    List<ClaimResult> r = ClaimRunner.run(List.of(new ClaimRunner.Entry("m", tests), new ClaimRunner.Entry("m", survives),
        new ClaimRunner.Entry("m", validation)), 5, 2, done -> { });
    assertThat(r).extracting(ClaimResult::removalVerdict).containsExactly("FAIL", "PASS", "n/a");
    assertThat(r.get(0).removalOutcome().measured()).isEqualTo("without, seed 5");
    assertThat(r).extracting(ClaimResult::sound).containsExactly(true, false, true);
    List<ClaimPower> p = ClaimRunner.power(List.of(new ClaimRunner.Entry("m", tests), new ClaimRunner.Entry("m", survives),
        new ClaimRunner.Entry("m", validation)), 1, 4, 2, done -> { });
    assertThat(p).extracting(ClaimPower::removalPasses).containsExactly(0, 4, -1);
  }

  @Test
  void aClaimOtherThanValidationNeedsARemovalTestAndAValidationClaimHasNone() {
    ClaimCheck holds = seed -> new ClaimOutcome(true, "m", "e", List.of());
    assertThatThrownBy(() -> new Claim("X-1", "s", "src", ClaimKind.predicted("m"), holds, Removal.notApplicable("none")))
        .hasMessageContaining("X-1").hasMessageContaining("needs a removal test");
    assertThatThrownBy(() -> new Claim("X-2", "s", "src", ClaimKind.validation("data"), holds, Removal.of("m", holds)))
        .hasMessageContaining("X-2").hasMessageContaining("has no removal test");
  }

  @Test
  void aCheckThatThrowsFailsWithItsError() {
    List<ClaimResult> r = ClaimRunner.run(List.of(new ClaimRunner.Entry("m", claim("X-1", seed -> {
      throw new IllegalStateException("solver diverged");
    }))), 1, 1, done -> { });
    assertThat(r.getFirst().verdict()).isEqualTo("FAIL");
    assertThat(r.getFirst().outcome().measured()).contains("solver diverged");
  }

  @Test
  void powerCountsHowOftenEachClaimHoldsOverSeedsWhateverTheThreads() {
    // X-even holds on even seeds only (10 of seeds 100..119); X-throw never holds and is counted as an error
    List<ClaimRunner.Entry> entries = List.of(
        new ClaimRunner.Entry("m", claim("X-even", seed -> new ClaimOutcome(seed % 2 == 0, "seed " + seed, "even", List.of()))),
        new ClaimRunner.Entry("m", claim("X-throw", seed -> {
          throw new IllegalStateException("broken");
        })));
    List<ClaimPower> one = ClaimRunner.power(entries, 100, 20, 1, done -> { });
    List<ClaimPower> three = ClaimRunner.power(entries, 100, 20, 3, done -> { });
    assertThat(one.get(0).passes()).isEqualTo(10);
    assertThat(one.get(0).rate()).isEqualTo(0.5);
    assertThat(one.get(0).firstFailure()).isEqualTo("seed 101: seed 101");
    assertThat(one.get(1).passes()).isZero();
    assertThat(one.get(1).errors()).isEqualTo(20);
    assertThat(three).extracting(ClaimPower::passes).containsExactly(10, 0);
    assertThat(three.get(0).firstFailure()).isEqualTo(one.get(0).firstFailure());
  }
}
