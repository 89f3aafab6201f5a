package org.limbic.abm;

/** A handle on a scheduled step (once or repeating); cancelling it removes every future run. */
public final class Scheduled {

  private boolean cancelled;

  Scheduled() {
  }

  public void cancel() {
    cancelled = true;
  }

  public boolean isCancelled() {
    return cancelled;
  }
}
