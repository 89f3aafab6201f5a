package org.limbic.web;

import java.time.Duration;
import java.util.Locale;
import org.limbic.experiment.sampling.ScanSampler;
import org.limbic.experiment.spec.ExperimentSpec;

/**
 * What one request may ask of the server (issue #17, 'limits'): a body of at most {@code maxBodyBytes}
 * (experiment text or an SBML upload), at most {@code maxUnits} runs (scan points or cohort subjects
 * times replicates), at most {@code maxRows} output rows (output times x runs), at most
 * {@code maxWaiting} runs waiting for a place, and {@code wallTime} for a run; more is refused with a
 * 4xx that says which bound and what to do. Change with {@code withX} copies.
 */
public record RequestLimits(long maxBodyBytes, int maxUnits, long maxRows, int maxWaiting, Duration wallTime) {

  public RequestLimits {
    if (maxBodyBytes < 1 || maxUnits < 1 || maxRows < 1 || maxWaiting < 0 || wallTime.isNegative() || wallTime.isZero()) {
      throw new IllegalArgumentException("request limits must be positive: " + maxBodyBytes + ", " + maxUnits + ", " + maxRows
          + ", " + maxWaiting + ", " + wallTime);
    }
  }

  /**
   * 4 MB a body (SBML Test Suite cases are a few kB to a few hundred), 2,000 runs, 500,000 output
   * times x runs (a 500-point scan of 1,000 times: some 25 MB of CSV and of JSON a variable),
   * 64 runs waiting (50 users each waiting for one fit), 2 minutes a run.
   */
  public static RequestLimits defaults() {
    return new RequestLimits(4L << 20, 2_000, 500_000, 64, Duration.ofMinutes(2));
  }

  public RequestLimits withMaxBodyBytes(long bytes) {
    return new RequestLimits(bytes, maxUnits, maxRows, maxWaiting, wallTime);
  }

  public RequestLimits withMaxUnits(int units) {
    return new RequestLimits(maxBodyBytes, units, maxRows, maxWaiting, wallTime);
  }

  public RequestLimits withWallTime(Duration time) {
    return new RequestLimits(maxBodyBytes, maxUnits, maxRows, maxWaiting, time);
  }

  public RequestLimits withMaxWaiting(int runs) {
    return new RequestLimits(maxBodyBytes, maxUnits, maxRows, runs, wallTime);
  }

  /** The runs (subjects x replicates) {@code spec} asks for, counted as the runner counts them. */
  static long units(ExperimentSpec spec) {
    long subjects = spec.scan().map(s -> (long) new ScanSampler(s, spec.seed()).size())
        .or(() -> spec.cohort().map(c -> (long) c.size())).orElse(1L);
    return subjects * spec.replicates();
  }

  /**
   * Refuses, before it queues, an experiment larger than these limits.
   *
   * @throws RequestTooLargeException naming the bound, the request's figure and what to change
   */
  void check(ExperimentSpec spec) {
    long units = units(spec);
    if (units > maxUnits) {
      throw new RequestTooLargeException(String.format(Locale.ROOT, "%s: the experiment asks for %d runs; this server runs at most %d"
          + " a request (a smaller scan, cohort or fewer replicates; or 'limbic run' on the command line)", spec.source(), units,
          maxUnits));
    }
    long rows = units * spec.time().times().length;
    if (rows > maxRows) {
      throw new RequestTooLargeException(String.format(Locale.ROOT, "%s: the experiment asks for %d output times x %d runs = %d;"
          + " this server returns at most %d a request (fewer time points or runs; or 'limbic run' on the command line)",
          spec.source(), spec.time().times().length, units, rows, maxRows));
    }
  }

  /** A trial of at most {@code maxUnits} patients (each a run of the patient model). */
  void check(org.limbic.experiment.spec.TrialDesign design) {
    if (design.patients() > maxUnits) {
      throw new RequestTooLargeException(String.format(Locale.ROOT, "trial.yaml: the trial randomizes %d patients; this server runs"
          + " at most %d a request (fewer patients; or 'limbic trial' on the command line)", design.patients(), maxUnits));
    }
  }

  /** Assays of at most {@link #MAX_GROUPS} groups and {@code maxUnits} animals in all (they are not interrupted once started). */
  void check(org.limbic.experiment.assay.AssayExperiment assays) {
    if (assays.groups() > MAX_GROUPS) {
      throw new RequestTooLargeException(String.format(Locale.ROOT, "%s: the file asks for %d groups; this server runs at most %d"
          + " a request (fewer values per factor; or 'limbic run' on the command line)", assays.source(), assays.groups(), MAX_GROUPS));
    }
    long animals = animals(assays);
    if (animals > maxUnits) {
      throw new RequestTooLargeException(String.format(Locale.ROOT, "%s: the file asks for %d animals; this server runs at most %d"
          + " a request (a smaller n or fewer groups; or 'limbic run' on the command line)", assays.source(), animals, maxUnits));
    }
  }

  /** Groups one request of assays may have. */
  static final int MAX_GROUPS = 64;

  /** The animals of every group ({@code n} of each). */
  static long animals(org.limbic.experiment.assay.AssayExperiment assays) {
    long animals = 0;
    for (var study : assays.studies()) {
      for (var group : study.groups()) {
        animals += group.values().get("n") instanceof Number n ? n.longValue() : 1;
      }
    }
    return animals;
  }
}
