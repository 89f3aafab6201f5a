package org.limbic.experiment.trial;

import java.util.SplittableRandom;
import org.limbic.experiment.sampling.SubjectRandom;

/**
 * The random streams of a trial, each derived from (trial seed, stream, patient id) with
 * {@link SubjectRandom#seed}, so a patient's baseline, conduct and course depend on nothing but the
 * seed and their id: not on threads, chunking, or what other patients did. The same patient id
 * draws the same baseline in every arm and every design with the same population (common random
 * numbers across arms).
 */
final class TrialStreams {

  static final long SCREENING = 0x53435245454E3031L;
  static final long ALLOCATION = 0x414C4C4F43413031L;
  static final long CONDUCT = 0x434F4E4455433031L;
  static final long COURSE = 0x434F555253453031L;
  static final long BLOCKS = 0x424C4F434B533031L;

  private TrialStreams() {
  }

  static long seed(long seed, long stream, long index) {
    return SubjectRandom.seed(seed, stream, index);
  }

  static SplittableRandom random(long seed, long stream, long patientId) {
    return new SplittableRandom(seed(seed, stream, patientId));
  }
}
