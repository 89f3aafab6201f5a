package org.limbic.experiment.run;

/**
 * Hands out unit indices 0, 1, 2, ... to workers and gives their results back in index order,
 * with at most {@code capacity} units claimed but not yet taken: a worker that would run further
 * ahead of the writer waits before computing. Indices are claimed in order, so the unit the writer
 * needs next is unclaimed (the writer may claim it itself, {@link #tryClaim()}), or being computed by
 * a running worker, or done: this cannot deadlock.
 */
final class ReorderBuffer<T> {

  private final int capacity;
  private final int total;
  private final Object[] slots;
  private int nextClaim;
  private int nextTake;
  private int maxInFlight;
  private Throwable failure;
  private boolean cancelled;

  ReorderBuffer(int capacity, int total) {
    this.capacity = capacity;
    this.total = total;
    this.slots = new Object[capacity];
  }

  /** The next unit to compute, or -1 when there is none left or the run was stopped. */
  synchronized int claim() throws InterruptedException {
    while (!stopped() && nextClaim < total && nextClaim >= nextTake + capacity) {
      wait();
    }
    if (stopped() || nextClaim >= total) {
      return -1;
    }
    maxInFlight = Math.max(maxInFlight, nextClaim + 1 - nextTake);
    return nextClaim++;
  }

  /** Returned by {@link #tryClaim()} when claiming would run more than the capacity ahead of the writer. */
  static final int FULL = -2;

  /**
   * As {@link #claim()} without waiting: the next unit, -1 when there is none left or the run was
   * stopped, or {@link #FULL}. For the writer, which computes units itself while the one it must
   * write next is not ready.
   */
  synchronized int tryClaim() {
    if (stopped() || nextClaim >= total) {
      return -1;
    }
    if (nextClaim >= nextTake + capacity) {
      return FULL;
    }
    maxInFlight = Math.max(maxInFlight, nextClaim + 1 - nextTake);
    return nextClaim++;
  }

  /** The result of the next unit in order if it is ready, else null (without waiting). */
  @SuppressWarnings("unchecked")
  synchronized T poll() {
    if (failure != null) {
      throw new ExperimentFailedException("a worker failed: " + failure, failure);
    }
    T value = (T) slots[nextTake % capacity];
    if (value == null) {
      return null;
    }
    slots[nextTake % capacity] = null;
    nextTake++;
    notifyAll();
    return value;
  }

  synchronized void put(int index, T value) {
    slots[index % capacity] = value;
    notifyAll();
  }

  /** The result of the next unit in order, waiting for it. */
  @SuppressWarnings("unchecked")
  synchronized T take() throws InterruptedException {
    while (failure == null && slots[nextTake % capacity] == null) {
      wait();
    }
    if (failure != null) {
      throw new ExperimentFailedException("a worker failed: " + failure, failure);
    }
    T value = (T) slots[nextTake % capacity];
    slots[nextTake % capacity] = null;
    nextTake++;
    notifyAll();
    return value;
  }

  /** A worker failed outside any one simulation: stop everything. */
  synchronized void fail(Throwable t) {
    if (failure == null) {
      failure = t;
    }
    notifyAll();
  }

  /** The writer gave up: workers stop claiming. */
  synchronized void cancel() {
    cancelled = true;
    notifyAll();
  }

  private boolean stopped() {
    return cancelled || failure != null;
  }

  synchronized int maxInFlight() {
    return maxInFlight;
  }

  int capacity() {
    return capacity;
  }
}
