package org.limbic.models.vole;

import static org.limbic.models.vole.VoleParameters.FORGET_TAU;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.limbic.abm.Continuous2D;
import org.limbic.abm.Point;
import org.limbic.abm.SimState;

/**
 * One cage or apparatus with its animals for one session: the schedule (every animal steps every
 * {@code dt} minutes, in the order added), the space, and the huddle/attack log an observer keeps.
 */
final class VoleWorld extends SimState {

  private final Apparatus apparatus;
  private final double dt;
  private final double forgetFactor;
  private final Continuous2D<Vole> space;
  private final List<Vole> animals = new ArrayList<>();
  private final List<Vole> animalsView = Collections.unmodifiableList(animals);
  private final HuddleLog log = new HuddleLog();
  private double matingUntil = Double.NEGATIVE_INFINITY;
  private double[] scratch = new double[8];

  VoleWorld(long seed, Apparatus apparatus, double dtMinutes) {
    super(seed);
    this.apparatus = apparatus;
    this.dt = dtMinutes;
    this.forgetFactor = Math.exp(-dtMinutes / FORGET_TAU);
    this.space = new Continuous2D<>(apparatus.width(), apparatus.height());
  }

  void add(Vole v, Point at) {
    v.enter(at, false);
    space.place(v, at);
    animals.add(v);
  }

  void tether(Vole v, Point at) {
    v.enter(at, true);
    space.place(v, at);
    animals.add(v);
  }

  /** Opposite-sex pairs in this world mate (releasing dopamine during huddles) until {@code minutes}. */
  void allowMatingUntil(double minutes) {
    matingUntil = minutes;
  }

  boolean mating(Vole a, Vole b) {
    return a.sex() != b.sex() && time() < matingUntil;
  }

  /** Runs the session for {@code minutes}; huddles are scored at every step, after the animals moved. */
  HuddleLog run(double minutes) {
    for (Vole v : animals) {
      schedule().repeating(0, dt, 0, v);
    }
    observe(0, dt, s -> {
      for (Vole v : animals) {
        for (int k = 0; k < v.contactCount(); k++) {
          log.huddle(v, v.contact(k), dt);
        }
      }
    });
    runUntil(minutes - dt / 2);
    return log;
  }

  double dt() {
    return dt;
  }

  double forgetFactor() {
    return forgetFactor;
  }

  Apparatus apparatus() {
    return apparatus;
  }

  Continuous2D<Vole> space() {
    return space;
  }

  List<Vole> animals() {
    return animalsView;
  }

  HuddleLog log() {
    return log;
  }

  /** A reusable array for choice weights (no allocation per step). */
  double[] scratch(int n) {
    if (scratch.length < n) {
      scratch = new double[n];
    }
    return scratch;
  }
}
