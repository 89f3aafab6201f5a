package org.limbic.sbml.testsuite;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The suite's pass rule (sbml-test-suite README): |C - U| <= absolute + relative |C|; NaN and infinities exact. */
class PassRuleTest {

  @Test
  void pointWithinAbsolutePlusRelativeToleranceAgrees() {
    assertThat(SbmlTestSuite.agrees(100.0, 100.0 + 0.01 + 1e-7 - 1e-12, 1e-7, 1e-4)).isTrue();
    assertThat(SbmlTestSuite.agrees(100.0, 100.0 + 0.01 + 2e-7, 1e-7, 1e-4)).isFalse();
  }

  @Test
  void nanAndInfinitiesMustMatchExactly() {
    assertThat(SbmlTestSuite.agrees(Double.NaN, Double.NaN, 1, 1)).isTrue();
    assertThat(SbmlTestSuite.agrees(Double.NaN, 0.0, 1, 1)).isFalse();
    assertThat(SbmlTestSuite.agrees(Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, 1, 1)).isTrue();
    assertThat(SbmlTestSuite.agrees(Double.POSITIVE_INFINITY, 1e300, 1, 1)).isFalse();
    assertThat(SbmlTestSuite.agrees(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, 1, 1)).isFalse();
  }
}
