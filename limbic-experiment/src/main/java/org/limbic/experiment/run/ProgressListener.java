package org.limbic.experiment.run;

/** Told after each unit (subject, replicate) is written; called from the writing thread only. */
@FunctionalInterface
public interface ProgressListener {

  ProgressListener NONE = (done, total) -> {
  };

  void progress(long done, long total);
}
