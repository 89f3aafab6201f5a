package org.limbic.experiment.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.limbic.experiment.run.ParameterScaling;
import org.limbic.model.Model;

/** Claims re-run under joint samples of a model's assumed parameters, with known pass probabilities. */
class ClaimUncertaintyTest {

  private static final Model MODEL = Model.builder("m")
      .parameter("a", 1, "1", "assumed: a gain; range 0.5-2")
      .parameter("b", 3, "1", "assumed: no range given")
      .parameter("c", 0, "1", "assumed: off by default")
      .parameter("d", 7, "1", "Smith 2020: measured")
      .build();

  /** A claim on a's factor (holds when a is below its value, probability 1/2 on a log scale over 0.5-2) and one on b. */
  private static final Function<ParameterScaling, List<Claim>> CLAIMS = s -> List.of(
      new Claim("X-1", "a low", "src", ClaimKind.predicted("a"), seed -> new ClaimOutcome(s.factors().get("a") < 1,
          "a x" + s.factors().get("a"), "< 1", List.of()), Removal.of("a", seed -> new ClaimOutcome(false, "", "", List.of()))),
      new Claim("X-2", "b within its default range", "src", ClaimKind.predicted("b"), seed -> new ClaimOutcome(
          s.factors().get("b") >= 0.5 && s.factors().get("b") <= 2, "b x" + s.factors().get("b"), "0.5-2", List.of()),
          Removal.of("b", seed -> new ClaimOutcome(false, "", "", List.of()))));

  @Test
  void variesTheAssumedParametersOverTheirStatedOrDefaultRanges() {
    List<String> fixed = new java.util.ArrayList<>();
    List<ClaimUncertainty.Input> inputs = ClaimUncertainty.inputs(MODEL, fixed);
    assertThat(inputs).extracting(ClaimUncertainty.Input::parameter).containsExactly("a", "b");
    assertThat(inputs.get(0)).isEqualTo(new ClaimUncertainty.Input("a", 1, 0.5, 2, true));
    assertThat(inputs.get(1)).isEqualTo(new ClaimUncertainty.Input("b", 3, 1.5, 6, false));
    assertThat(fixed).containsExactly("c");
  }

  /**
   * Latin-hypercube strata on a log scale: exactly half of 200 samples of a fall below its value (the
   * stratum boundary is the geometric midpoint 1 of 0.5-2), and every b stays within its range.
   */
  @Test
  void passRatesFollowTheSampledRangesAndDoNotDependOnTheThreads() {
    var one = ClaimUncertainty.run("m", MODEL, CLAIMS, 200, 5, 1, 1, done -> { });
    var two = ClaimUncertainty.run("m", MODEL, CLAIMS, 200, 5, 1, 2, done -> { });
    assertThat(one.rows().get(0).passes()).isEqualTo(100);
    assertThat(one.rows().get(1).passes()).isEqualTo(200);
    assertThat(two.rows()).extracting(ClaimUncertainty.Row::passes).containsExactly(100, 200);
    assertThat(two.rows().get(0).firstFailure()).isEqualTo(one.rows().get(0).firstFailure());
    assertThat(one.rows().get(0).rate()).isCloseTo(0.5, within(0.0));
  }
}
