package org.limbic.experiment.trial;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.limbic.experiment.run.ProgressListener;
import org.limbic.experiment.spec.TrialDesign;
import org.limbic.experiment.spec.TreatmentComponent;

/**
 * Runs a virtual trial: screening → randomization → treatment and visits → dropout, handing each
 * randomized {@link Participant} to a consumer in enrolment order. Patients are processed in chunks:
 * drawing and following (the costly part) run in parallel inside a chunk, allocation (which needs
 * enrolment order) runs in order between them, so a cohort of any size streams through in constant
 * memory, and the result depends only on the seed (each patient's streams come from (seed, id), see
 * {@link TrialStreams}).
 */
public final class TrialRunner {

  /** Patients screened per chunk: large enough to keep 2 threads busy, small enough to stay in cache. */
  static final int CHUNK = 4096;

  private final TrialDesign design;
  private final VirtualPatientModel model;

  public TrialRunner(TrialDesign design, VirtualPatientModel model) {
    if (!model.populations().contains(design.population())) {
      throw new IllegalArgumentException("trial '" + design.name() + "': population '" + design.population()
          + "' is not one of the model's " + new java.util.TreeSet<>(model.populations()));
    }
    for (TrialDesign.Arm a : design.arms()) {
      for (TreatmentComponent c : a.components()) {
        if (!model.treatmentKinds().contains(c.kind())) {
          throw new IllegalArgumentException("trial '" + design.name() + "', arm '" + a.name() + "': treatment '" + c.kind()
              + "' is not one the model knows " + new java.util.TreeSet<>(model.treatmentKinds()));
        }
      }
    }
    this.design = design;
    this.model = model;
  }

  /** Runs the whole trial in memory (trials of realistic size). */
  public TrialResult run(long seed) {
    List<Participant> all = new ArrayList<>();
    ConsortCounts counts = stream(seed, 1, all::add, ProgressListener.NONE);
    return new TrialResult(design, all, counts);
  }

  /**
   * Streams the trial to {@code sink} (called from one thread, in enrolment order).
   *
   * @return the flow of patients through the trial
   * @throws IllegalArgumentException if too few screened patients meet the inclusion criteria: the
   *     design asks for what the population does not have
   */
  public ConsortCounts stream(long seed, int threads, Consumer<Participant> sink, ProgressListener progress) {
    ConsortCounts.Tally tally = new ConsortCounts.Tally(design);
    Allocation allocation = new Allocation(design, seed);
    long maxScreened = 1000L + 100L * design.patients();
    ForkJoinPool pool = threads > 1 ? new ForkJoinPool(threads) : null;
    try {
      long nextId = 0;
      int randomized = 0;
      while (randomized < design.patients()) {
        if (nextId >= maxScreened) {
          throw new IllegalArgumentException("trial '" + design.name() + "': only " + randomized + " of " + nextId
              + " screened patients met the inclusion criteria " + design.inclusion() + "; widen them or change the population");
        }
        long first = nextId;
        // a small trial screens a little more than it still needs; a cohort screens full chunks
        int chunk = (int) Math.min(CHUNK, Math.max(64, 2L * (design.patients() - randomized)));
        VirtualPatient[] screened = parallel(pool, chunk, i -> model.draw(design.population(), first + i,
            TrialStreams.random(seed, TrialStreams.SCREENING, first + i)), VirtualPatient[]::new);
        nextId += chunk;
        List<Enrolment> enrolled = new ArrayList<>();
        for (VirtualPatient p : screened) {
          if (randomized == design.patients()) {
            break;
          }
          tally.screened();
          if (!design.inclusion().stream().allMatch(c -> c.admits(p.covariate(c.covariate())))) {
            tally.excluded();
            continue;
          }
          String arm = allocation.next(p, TrialStreams.random(seed, TrialStreams.ALLOCATION, p.id()));
          enrolled.add(new Enrolment(p, arm, allocation.stratum(p)));
          randomized++;
        }
        Participant[] followed = parallel(pool, enrolled.size(), i -> follow(enrolled.get(i), seed), Participant[]::new);
        for (Participant p : followed) {
          tally.randomized(p);
          sink.accept(p);
        }
        progress.progress(randomized, design.patients());
      }
      return tally.counts();
    } finally {
      if (pool != null) {
        pool.shutdown();
      }
    }
  }

  private record Enrolment(VirtualPatient patient, String arm, int stratum) {
  }

  private Participant follow(Enrolment e, long seed) {
    long id = e.patient().id();
    SplittableRandom conduct = TrialStreams.random(seed, TrialStreams.CONDUCT, id);
    TrialDesign.Arm arm = design.arm(e.arm());
    double adherence = Math.clamp(arm.adherenceMean() + arm.adherenceSd() * conduct.nextGaussian(), 0.0, 1.0);
    double hazard = design.attrition().dropoutPerWeek();
    double dropout = hazard == 0 ? Double.POSITIVE_INFINITY : -Math.log(1 - conduct.nextDouble()) / hazard;
    List<TreatmentComponent> given = new ArrayList<>();
    for (TreatmentComponent c : arm.components()) {
      given.add(c.startWeek() >= 0
          ? new TreatmentComponent(c.kind(), c.parameters(), c.startWeek(), c.stopWeek(), c.adherence() * adherence) : c);
    }
    PatientCourse course = model.follow(e.patient(), new Treatment(arm.name(), given), design.visitWeeks(),
        TrialStreams.random(seed, TrialStreams.COURSE, id));
    return new Participant(e.patient(), e.arm(), e.stratum(), adherence, dropout, course);
  }

  private static <T> T[] parallel(ForkJoinPool pool, int n, java.util.function.IntFunction<T> f,
                                  java.util.function.IntFunction<T[]> array) {
    if (pool == null) {
      T[] out = array.apply(n);
      for (int i = 0; i < n; i++) {
        out[i] = f.apply(i);
      }
      return out;
    }
    return pool.submit(() -> IntStream.range(0, n).parallel().mapToObj(f).toArray(array)).join();
  }
}
