package org.limbic.abm;

import java.util.PriorityQueue;

/**
 * A discrete-event schedule: steps run in order of time, then ordering (lower first), then the order
 * in which they were scheduled, so a run never depends on hash codes or thread timing. A repeating
 * step is re-queued after it runs; cancelled steps are dropped lazily when they reach the head.
 * Time never goes backwards: scheduling before the current time fails.
 */
public final class Schedule {

  /** Ordering of observers: after every agent of the same time. */
  public static final int OBSERVER_ORDERING = Integer.MAX_VALUE;

  private record Entry(double time, int ordering, long sequence, Agent agent, double interval, Scheduled handle)
      implements Comparable<Entry> {
    @Override
    public int compareTo(Entry o) {
      int c = Double.compare(time, o.time);
      if (c != 0) {
        return c;
      }
      c = Integer.compare(ordering, o.ordering);
      return c != 0 ? c : Long.compare(sequence, o.sequence);
    }
  }

  private final PriorityQueue<Entry> queue = new PriorityQueue<>();
  private double time = Double.NEGATIVE_INFINITY;
  private long sequence;
  private long steps;

  /** The time of the step running now, or of the last one run; -infinity before the first. */
  public double time() {
    return time;
  }

  /** How many agent steps have run. */
  public long steps() {
    return steps;
  }

  public Scheduled once(double at, int ordering, Agent agent) {
    return add(at, ordering, agent, 0);
  }

  /** Runs {@code agent} at {@code first}, {@code first + interval}, … until cancelled or the run ends. */
  public Scheduled repeating(double first, double interval, int ordering, Agent agent) {
    if (!(interval > 0) || !Double.isFinite(interval)) {
      throw new IllegalArgumentException("repeat interval must be positive and finite, got " + interval);
    }
    return add(first, ordering, agent, interval);
  }

  private Scheduled add(double at, int ordering, Agent agent, double interval) {
    if (!Double.isFinite(at)) {
      throw new IllegalArgumentException("cannot schedule at time " + at);
    }
    if (at < time) {
      throw new IllegalArgumentException("cannot schedule at " + at + ", before the current time " + time);
    }
    if (agent == null) {
      throw new IllegalArgumentException("cannot schedule a null agent");
    }
    Scheduled handle = new Scheduled();
    queue.add(new Entry(at, ordering, sequence++, agent, interval, handle));
    return handle;
  }

  /** The time of the next live step, or +infinity when nothing is left. */
  public double nextTime() {
    dropCancelled();
    return queue.isEmpty() ? Double.POSITIVE_INFINITY : queue.peek().time();
  }

  /**
   * Runs every step due at the next time (including ones scheduled for that same time while it
   * runs). Returns false when nothing was left to run.
   */
  boolean step(SimState state) {
    double next = nextTime();
    if (next == Double.POSITIVE_INFINITY) {
      return false;
    }
    time = next;
    while (!queue.isEmpty() && queue.peek().time() == next) {
      Entry e = queue.poll();
      if (e.handle().isCancelled()) {
        continue;
      }
      e.agent().step(state);
      steps++;
      if (e.interval() > 0 && !e.handle().isCancelled()) {
        queue.add(new Entry(e.time() + e.interval(), e.ordering(), sequence++, e.agent(), e.interval(), e.handle()));
      }
    }
    return true;
  }

  private void dropCancelled() {
    while (!queue.isEmpty() && queue.peek().handle().isCancelled()) {
      queue.poll();
    }
  }
}
