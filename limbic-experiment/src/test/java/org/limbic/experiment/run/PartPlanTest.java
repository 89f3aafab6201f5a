package org.limbic.experiment.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PartPlanTest {

  private static List<Integer> ends(PartPlan plan) {
    List<Integer> ends = new ArrayList<>();
    for (int written = 1; written <= plan.blocks(); written++) {
      if (plan.endsAfter(written)) {
        ends.add(written);
      }
    }
    return ends;
  }

  @Test
  void benchScanTimecoursesEndInHalvingParts() {
    // 10,000 units = 313 blocks of 32 units x 42 rows: full parts of 48 blocks (64,512 rows), then 32, 16, ..., 1
    PartPlan plan = PartPlan.of(313, 42 * 32, ExperimentRunner.PART_ROWS, ExperimentRunner.MIN_PART_ROWS);
    assertThat(ends(plan)).containsExactly(48, 96, 144, 192, 240, 250, 282, 298, 306, 310, 312, 313);
  }

  @Test
  void aSmallTableHalvesDownToItsMinimumPart() {
    // metrics of the same scan: 2 rows a unit, 64 a block; the smallest part is 32 blocks (2,048 rows)
    PartPlan plan = PartPlan.of(313, 2 * 32, ExperimentRunner.PART_ROWS, ExperimentRunner.MIN_PART_ROWS);
    assertThat(ends(plan)).containsExactly(89, 217, 281, 313);
  }

  @Test
  void aTableOfAtMostTwoMinimumPartsIsOnePart() {
    assertThat(ends(PartPlan.of(3, 42 * 32, ExperimentRunner.PART_ROWS, ExperimentRunner.MIN_PART_ROWS))).containsExactly(3);
    assertThat(ends(PartPlan.of(1, 0, ExperimentRunner.PART_ROWS, ExperimentRunner.MIN_PART_ROWS))).containsExactly(1);
  }

  @Test
  void everyPlanEndsAtTheLastBlockWithPartsNoLargerThanAFullOneAndTheLastNoLargerThanTheMinimum() {
    for (int blocks = 1; blocks <= 700; blocks++) {
      for (long rowsPerBlock : new long[] {0, 1, 32, 160, 1344, 40_000, 1_000_000}) {
        PartPlan plan = PartPlan.of(blocks, rowsPerBlock, ExperimentRunner.PART_ROWS, ExperimentRunner.MIN_PART_ROWS);
        List<Integer> ends = ends(plan);
        String what = blocks + " blocks of " + rowsPerBlock + " rows";
        assertThat(ends.getLast()).as(what).isEqualTo(blocks);
        int previous = 0;
        for (int end : ends) {
          assertThat(end - previous).as(what + ": part ending at " + end).isBetween(1, plan.blocksPerPart());
          previous = end;
        }
        int last = blocks - (ends.size() > 1 ? ends.get(ends.size() - 2) : 0);
        assertThat(last).as(what + ": the last part").isLessThanOrEqualTo(Math.max(plan.minBlocks(),
            ends.size() == 1 ? blocks : 0));
      }
    }
  }
}
