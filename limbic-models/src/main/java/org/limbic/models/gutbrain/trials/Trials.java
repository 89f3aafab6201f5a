package org.limbic.models.gutbrain.trials;

import java.util.Locale;
import org.limbic.experiment.sampling.SubjectRandom;
import org.limbic.experiment.spec.TrialDesign;
import org.limbic.experiment.trial.TrialResult;
import org.limbic.experiment.trial.TrialRunner;
import org.limbic.models.gutbrain.GutBrainVariant;

/** What the trial claims share: running a shipped trial file with the gut–brain patients, seeds, number formats. */
final class Trials {

  /** Stream separating the seeds of a claim's several trials from each other and from the claim seed. */
  private static final long TRIALS = 0x475554545249414CL;

  private Trials() {
  }

  /** {@code design} with the patients of {@code model} (the model as it is, or without a claim's mechanism). */
  static TrialResult run(GutBrainVariant model, TrialDesign design, long seed) {
    return new TrialRunner(design, model.patients()).run(seed);
  }

  static TrialResult run(GutBrainVariant model, String file, long seed) {
    return run(model, TrialFile.load(file), seed);
  }

  /** The seed of the k-th trial of a claim run with {@code seed}. */
  static long seed(long seed, int k) {
    return SubjectRandom.seed(seed, TRIALS, k);
  }

  static String f(double x) {
    return String.format(Locale.ROOT, "%.2f", x);
  }

  static String p(double p) {
    return p < 0.001 ? "p < 0.001" : String.format(Locale.ROOT, "p = %.3f", p);
  }

  static String pct(double x) {
    return String.format(Locale.ROOT, "%.1f %%", 100 * x);
  }
}
