package org.limbic.abm;

import java.util.SplittableRandom;

/**
 * One simulation: its schedule and its random generator, both owned here (as in MASON's SimState),
 * so one seed reproduces a run exactly. A SimState is used by one thread; parallel studies each get
 * their own, with seeds derived from a study seed ({@link #derive}), never a shared generator.
 */
public class SimState {

  private final long seed;
  private final SplittableRandom random;
  private final Schedule schedule = new Schedule();

  public SimState(long seed) {
    this.seed = seed;
    this.random = new SplittableRandom(seed);
  }

  public long seed() {
    return seed;
  }

  public SplittableRandom random() {
    return random;
  }

  public Schedule schedule() {
    return schedule;
  }

  public double time() {
    return schedule.time();
  }

  /** Observes at {@code first}, {@code first + interval}, … after the agents of each of those times. */
  public Scheduled observe(double first, double interval, Observer observer) {
    return schedule.repeating(first, interval, Schedule.OBSERVER_ORDERING, s -> observer.observe(s));
  }

  /** Runs every step due at or before {@code end}; the schedule's time ends at the last step run. */
  public void runUntil(double end) {
    while (schedule.nextTime() <= end) {
      schedule.step(this);
    }
  }

  /**
   * A seed for stream {@code stream} of study {@code seed}: the SplitMix64 finalizer of their
   * combination (Steele et al. 2014), so neighbouring seeds and streams give unrelated generators.
   */
  public static long derive(long seed, long stream) {
    long z = seed * 0x9E3779B97F4A7C15L + stream * 0xBF58476D1CE4E5B9L + 0x632BE59BD9B4E019L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
