package org.limbic.experiment.run;

import java.util.ArrayDeque;

/**
 * Hands out unit indices 0, 1, 2, ... to workers and gives their results back in index order,
 * with at most {@code capacity} units claimed but not yet taken: a worker that would run further
 * ahead of the writer waits before computing. Indices are claimed in order, so the unit the writer
 * needs next is unclaimed (the writer may claim it itself, {@link #tryClaim()}), or being computed by
 * a running worker, or done: this cannot deadlock.
 *
 * <p>It also queues the writer's tasks (converting finished parts of the results, {@link #submit}),
 * which workers take before claiming units ({@link #pollTask()}): in one queue because a worker
 * waiting for room must wake for a task too. Workers stay until no unit is left and the writer has
 * said that no task will come ({@link #closeTasks()}). Tasks are not part of the capacity: they hold
 * files, not results in memory.
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
  private final ArrayDeque<Runnable> tasks = new ArrayDeque<>();
  private boolean tasksClosed;

  ReorderBuffer(int capacity, int total) {
    this.capacity = capacity;
    this.total = total;
    this.slots = new Object[capacity];
  }

  /** Returned by {@link #claim()} when a task is pending: take it with {@link #pollTask()}. */
  static final int TASK = -3;

  /**
   * The next unit to compute; {@link #TASK} when a task is pending; -1 when no unit and no task
   * is left or the run was stopped. Waits while the buffer is full, or while no unit is left but
   * tasks may still come, and no task is pending.
   */
  synchronized int claim() throws InterruptedException {
    while (!stopped() && tasks.isEmpty() && (nextClaim < total ? nextClaim >= nextTake + capacity : !tasksClosed)) {
      wait();
    }
    if (stopped()) {
      return -1;
    }
    if (!tasks.isEmpty()) {
      return TASK;
    }
    if (nextClaim >= total) {
      return -1;
    }
    maxInFlight = Math.max(maxInFlight, nextClaim + 1 - nextTake);
    return nextClaim++;
  }

  /** Queues a task for whichever thread comes first (workers take tasks before units). */
  synchronized void submit(Runnable task) {
    if (tasksClosed) {
      throw new IllegalStateException("a task submitted after closeTasks()");
    }
    tasks.add(task);
    notifyAll();
  }

  /** No more tasks will be submitted: workers leave once no unit and no task is left. */
  synchronized void closeTasks() {
    tasksClosed = true;
    notifyAll();
  }

  /** The oldest pending task, or null if there is none or the run was stopped (without waiting). */
  synchronized Runnable pollTask() {
    return stopped() ? null : tasks.poll();
  }

  /** Throws if a worker or task failed (see {@link #fail}). */
  synchronized void rethrowFailure() {
    if (failure != null) {
      throw new ExperimentFailedException("a worker failed: " + failure, failure);
    }
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
    rethrowFailure();
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
    rethrowFailure();
    T value = (T) slots[nextTake % capacity];
    slots[nextTake % capacity] = null;
    nextTake++;
    notifyAll();
    return value;
  }

  /** A worker or task failed outside any one simulation: stop everything. */
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
