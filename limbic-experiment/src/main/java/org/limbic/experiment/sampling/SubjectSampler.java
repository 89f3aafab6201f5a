package org.limbic.experiment.sampling;

import java.util.List;

/**
 * The parameter values of each subject (scan point or cohort member) of an experiment, computed on
 * demand from the subject's index alone, so that any thread can produce any subject and the values
 * do not depend on thread count or order.
 */
public interface SubjectSampler {

  /** The ids of the parameters this sampler sets, in the order of {@link #sample}'s output. */
  List<String> parameters();

  /** The number of subjects. */
  int size();

  /** Writes subject {@code subject}'s values into {@code out} (length {@code parameters().size()}). */
  void sample(int subject, double[] out);

  /** One subject with no varied parameter: a single run. */
  static SubjectSampler single() {
    return new SubjectSampler() {
      @Override
      public List<String> parameters() {
        return List.of();
      }

      @Override
      public int size() {
        return 1;
      }

      @Override
      public void sample(int subject, double[] out) {
        if (subject != 0) {
          throw new IndexOutOfBoundsException("a single run has subject 0 only, not " + subject);
        }
      }
    };
  }
}
