package org.limbic.experiment.run;

/**
 * Hands out unit indices 0, 1, 2, ... to workers and gives their results back in index order,
 * with at most {@code capacity} units claimed but not yet taken: a worker that would run further
 * ahead of the writer waits before computing. The unit the writer waits for is always claimed by a
 * running worker (indices are claimed in order), so this cannot deadlock.
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
