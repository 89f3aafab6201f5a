package org.limbic.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The phrasings of the built-in models' sources, and the texts that state no range of the parameter. */
class StatedRangeTest {

  @Test
  void readsTheRangeAParameterSourceStates() {
    assertThat(StatedRange.of("assumed: half-life ~7 min (reported 3-10 min); range tried 0.07-0.17", 0.1))
        .contains(new StatedRange(0.07, 0.17));
    assertThat(StatedRange.of("assumed: fraction of spinal afferent signal blocked by epidural; range 0.5-0.9", 0.7))
        .contains(new StatedRange(0.5, 0.9));
    assertThat(StatedRange.of("assumed: gain; tried 0.0003-0.004 (0.004 put every wild type at 99 %)", 0.0004))
        .contains(new StatedRange(0.0003, 0.004));
    assertThat(StatedRange.of("assumed: chosen in 0.00004-0.0003 (together with ...)", 0.00015))
        .contains(new StatedRange(0.00004, 0.0003));
    assertThat(StatedRange.of("assumed: spread of evoked OT release between animals; 0.15-0.4", 0.25))
        .contains(new StatedRange(0.15, 0.4));
  }

  /** A quoted range of another quantity (a half-life in minutes for a rate) is not the parameter's. */
  @Test
  void takesNoRangeOfAnotherQuantityNorOneWithoutTheValue() {
    assertThat(StatedRange.of("assumed: nonpregnant plasma half-life ~7 min (reported 3-10 min)", 0.1)).isEmpty();
    assertThat(StatedRange.of("assumed: half-saturation of afferent drive", 1.0)).isEmpty();
    assertThat(StatedRange.of("assumed: range 2-10", 12)).as("value outside").isEmpty();
    assertThat(StatedRange.of(null, 1)).isEmpty();
  }
}
