package org.limbic.experiment.trial;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;
import org.limbic.experiment.stats.NOfOne;
import org.limbic.experiment.spec.TrialDesign;
import org.limbic.experiment.spec.NOfOneDesign;

/**
 * Runs an N-of-1 series on virtual patients: screening in id order until {@code patients} meet the
 * inclusion criteria, then each patient's period order (a coin per pair), adherence to A and to B,
 * and the course through all periods, each from the patient's own streams of (seed, id), so the
 * result depends on the seed only, never on the thread count.
 */
public final class NOfOneRunner {

  private final NOfOneDesign design;
  private final VirtualPatientModel model;

  public NOfOneRunner(NOfOneDesign design, VirtualPatientModel model) {
    if (!model.populations().contains(design.population())) {
      throw new IllegalArgumentException("N-of-1 series '" + design.name() + "': population '" + design.population()
          + "' is not one of the model's " + new java.util.TreeSet<>(model.populations()));
    }
    this.design = design;
    this.model = model;
  }

  /** @throws IllegalArgumentException if too few screened patients meet the inclusion criteria */
  public NOfOneResult run(long seed, int threads) {
    List<VirtualPatient> enrolled = new ArrayList<>();
    long id = 0;
    long maxScreened = 1000L + 100L * design.patients();
    while (enrolled.size() < design.patients()) {
      if (id >= maxScreened) {
        throw new IllegalArgumentException("N-of-1 series '" + design.name() + "': only " + enrolled.size() + " of " + id
            + " screened patients met the inclusion criteria " + design.inclusion());
      }
      VirtualPatient p = model.draw(design.population(), id, TrialStreams.random(seed, TrialStreams.SCREENING, id));
      id++;
      if (design.inclusion().stream().allMatch(c -> c.admits(p.covariate(c.covariate())))) {
        enrolled.add(p);
      }
    }
    NOfOneResult.Patient[] rows = new NOfOneResult.Patient[enrolled.size()];
    ForkJoinPool pool = new ForkJoinPool(Math.max(1, threads));
    try {
      pool.submit(() -> IntStream.range(0, rows.length).parallel().forEach(i -> rows[i] = follow(enrolled.get(i), seed))).join();
    } finally {
      pool.shutdown();
    }
    double[][] a = new double[rows.length][];
    double[][] b = new double[rows.length][];
    for (int i = 0; i < rows.length; i++) {
      a[i] = rows[i].a();
      b[i] = rows[i].b();
    }
    return new NOfOneResult(design, id, List.of(rows), NOfOne.analyse(a, b));
  }

  private NOfOneResult.Patient follow(VirtualPatient patient, long seed) {
    SplittableRandom conduct = TrialStreams.random(seed, TrialStreams.CONDUCT, patient.id());
    int pairs = design.pairs();
    boolean[] aFirst = new boolean[pairs];
    StringBuilder order = new StringBuilder();
    for (int k = 0; k < pairs; k++) {
      aFirst[k] = !design.randomizeOrder() || conduct.nextBoolean();
      order.append(aFirst[k] ? "AB" : "BA");
    }
    double adherenceA = adherence(design.a(), conduct);
    double adherenceB = adherence(design.b(), conduct);
    Treatment schedule = new Treatment(design.a().name() + "/" + design.b().name(), design.schedule(aFirst, adherenceA, adherenceB));
    PatientCourse course = model.follow(patient, schedule, design.visitWeeks(),
        TrialStreams.random(seed, TrialStreams.COURSE, patient.id()));
    double[] scores = course.endpoint(design.endpoint().name());
    double[] a = new double[pairs];
    double[] b = new double[pairs];
    for (int k = 0; k < pairs; k++) {
      double first = scores[2 * k + 1];
      double second = scores[2 * k + 2];
      a[k] = aFirst[k] ? first : second;
      b[k] = aFirst[k] ? second : first;
    }
    return new NOfOneResult.Patient(patient.id(), order.toString(), a, b);
  }

  private static double adherence(TrialDesign.Arm arm, SplittableRandom conduct) {
    return Math.clamp(arm.adherenceMean() + arm.adherenceSd() * conduct.nextGaussian(), 0.0, 1.0);
  }
}
