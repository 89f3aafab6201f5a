package org.limbic.experiment.trial;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.limbic.experiment.spec.TrialDesign;

/**
 * Assigns enrolled patients to arms in enrolment order. Simple randomization draws each patient's arm
 * from their own stream (probability ∝ ratio); permuted blocks (per stratum when stratified) shuffle
 * one block at a time from a stream derived from (seed, stratum, block number). Either way an arm
 * depends only on the seed and the enrolment order, never on threads.
 */
final class Allocation {

  private final TrialDesign design;
  private final long seed;
  private final List<String> slots = new ArrayList<>();
  private final int[] nextInBlock = new int[2];
  private final int[] blockNumber = new int[2];
  private final List<List<String>> currentBlock = List.of(new ArrayList<>(), new ArrayList<>());

  Allocation(TrialDesign design, long seed) {
    this.design = design;
    this.seed = seed;
    for (TrialDesign.Arm a : design.arms()) {
      for (int k = 0; k < a.ratio(); k++) {
        slots.add(a.name());
      }
    }
    TrialDesign.Randomization r = design.randomization();
    if (r.kind() != TrialDesign.RandomizationKind.SIMPLE && (r.blockSize() < slots.size() || r.blockSize() % slots.size() != 0)) {
      throw new IllegalArgumentException("trial '" + design.name() + "': block size " + r.blockSize()
          + " must be a positive multiple of the sum of allocation ratios (" + slots.size() + ")");
    }
    if (r.kind() == TrialDesign.RandomizationKind.STRATIFIED && (r.stratifyBy().isEmpty() || Double.isNaN(r.cutpoint()))) {
      throw new IllegalArgumentException("trial '" + design.name() + "': stratified randomization needs a covariate and a cut-point");
    }
  }

  int stratum(VirtualPatient p) {
    TrialDesign.Randomization r = design.randomization();
    return r.kind() == TrialDesign.RandomizationKind.STRATIFIED && p.covariate(r.stratifyBy()) >= r.cutpoint() ? 1 : 0;
  }

  /** The next patient's arm; call in enrolment order. */
  String next(VirtualPatient p, SplittableRandom patientRandom) {
    if (design.randomization().kind() == TrialDesign.RandomizationKind.SIMPLE) {
      return slots.get(patientRandom.nextInt(slots.size()));
    }
    int s = stratum(p);
    List<String> block = currentBlock.get(s);
    if (nextInBlock[s] == block.size()) {
      block.clear();
      for (int k = 0; k < design.randomization().blockSize() / slots.size(); k++) {
        block.addAll(slots);
      }
      SplittableRandom r = new SplittableRandom(TrialStreams.seed(seed, TrialStreams.BLOCKS, s * 1_000_000_007L + blockNumber[s]++));
      for (int i = block.size() - 1; i > 0; i--) {
        java.util.Collections.swap(block, i, r.nextInt(i + 1));
      }
      nextInBlock[s] = 0;
    }
    return block.get(nextInBlock[s]++);
  }
}
