package org.limbic.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.limbic.experiment.run.ProgressListener;

/**
 * The server's runs: at most {@code maxRuns} at once, each on one thread (the server's parallelism
 * is its runs; a run's own threads would compete with the others'), the rest waiting in order of
 * arrival with their place shown. A run is carried out by its {@link ExplorerJob}, the library call
 * of the command line ({@code limbic run}, {@code check --claim}, {@code trial}), so its files are
 * those the command writes.
 *
 * <p>Cancelling, or running past the wall time, stops a run after the unit (subject, replicate)
 * being written: the runner tells progress after each, and the listener throws. A single unit is
 * not interrupted (the solvers do not poll for it); the {@link RequestLimits} bound its size.
 */
final class RunQueue implements AutoCloseable {

  /** Finished runs kept (with their results) before the oldest is forgotten and its files removed: memory and disk stay bounded. */
  static final int KEPT = 200;

  private final ServerFiles files;
  private final RequestLimits limits;
  private final List<Thread> workers = new ArrayList<>();
  /** Every run not yet forgotten, oldest first; guarded by {@code this}. */
  private final Map<String, ExplorerRun> runs = new LinkedHashMap<>();
  /** Runs waiting to start, in order; guarded by {@code this}. */
  private final List<ExplorerRun> waiting = new ArrayList<>();
  private boolean closed;

  RunQueue(ServerFiles files, RequestLimits limits, int maxRuns) {
    this.files = files;
    this.limits = limits;
    for (int k = 0; k < maxRuns; k++) {
      workers.add(Thread.ofPlatform().name("limbic-serve-run-" + k).daemon().start(this::work));
    }
  }

  /** Queues {@code job} (checked against the limits already) and returns its run; refused if too many wait. */
  synchronized ExplorerRun submit(ExplorerJob job) {
    if (waiting.size() >= limits.maxWaiting()) {
      throw new ServerBusyException(waiting.size() + " runs are waiting already, the most this server queues;"
          + " try again when one has finished");
    }
    String id = ServerFiles.newId('r');
    ExplorerRun run = new ExplorerRun(id, job, files.runDirectory(id));
    runs.put(id, run);
    waiting.add(run);
    notifyAll();
    forgetOldest();
    return run;
  }

  /** The run with this id, made by this server. */
  synchronized ExplorerRun get(String id) {
    ExplorerRun run = runs.get(ServerFiles.requireId(id));
    if (run == null) {
      throw new NotFoundException("no run " + id + " on this server (runs are kept until " + KEPT + " newer ones have finished)");
    }
    return run;
  }

  synchronized ExplorerRun.View view(String id) {
    ExplorerRun run = get(id);
    return run.view(waiting.indexOf(run) + 1);
  }

  /** Cancels a waiting run at once, a running one at its next unit; a finished one stays as it is. */
  synchronized ExplorerRun.View cancel(String id) {
    ExplorerRun run = get(id);
    run.requestCancel();
    if (waiting.remove(run)) {
      run.finish(ExplorerRun.State.cancelled, "cancelled before it started");
    }
    return run.view(0);
  }

  /** Runs queued or going now. */
  synchronized int active() {
    return (int) runs.values().stream().filter(r -> r.state() == ExplorerRun.State.queued || r.state() == ExplorerRun.State.running)
        .count();
  }

  private void work() {
    while (true) {
      ExplorerRun run;
      synchronized (this) {
        while (waiting.isEmpty() && !closed) {
          try {
            wait();
          } catch (InterruptedException e) {
            return;
          }
        }
        if (closed) {
          return;
        }
        run = waiting.removeFirst();
        run.start();
      }
      execute(run);
    }
  }

  private void execute(ExplorerRun run) {
    long deadline = System.nanoTime() + limits.wallTime().toNanos();
    ProgressListener progress = (done, total) -> {
          run.progress(done, total);
          if (run.cancelRequested()) {
            throw new RunStopped("cancelled after " + done + " of " + total + " runs");
          }
          if (System.nanoTime() > deadline) {
            throw new RunStopped("stopped after " + done + " of " + total + " runs: a run may take at most "
                + seconds(limits.wallTime()) + " here; run fewer, or use 'limbic run' on the command line");
          }
        };
    try {
      run.done(run.job().run(run.id(), run.directory(), progress));
    } catch (RuntimeException e) {
      RunStopped stopped = cause(e);
      if (stopped != null) {
        run.finish(run.cancelRequested() ? ExplorerRun.State.cancelled : ExplorerRun.State.failed, stopped.getMessage());
      } else {
        run.finish(ExplorerRun.State.failed, Messages.text(e));
      }
    } catch (StackOverflowError | OutOfMemoryError e) {
      run.finish(ExplorerRun.State.failed, "the run needed more " + (e instanceof OutOfMemoryError ? "memory" : "stack")
          + " than this server has; run it with 'limbic run'");
    }
  }

  private static RunStopped cause(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof RunStopped s) {
        return s;
      }
    }
    return null;
  }

  private static String seconds(Duration d) {
    return d.toSeconds() + " s";
  }

  /** Forgets the oldest finished runs beyond {@link #KEPT}, with their files. */
  private void forgetOldest() {
    long finished = runs.values().stream().filter(r -> r.state() != ExplorerRun.State.queued
        && r.state() != ExplorerRun.State.running).count();
    for (Iterator<ExplorerRun> it = runs.values().iterator(); it.hasNext() && finished > KEPT; ) {
      ExplorerRun r = it.next();
      if (r.state() != ExplorerRun.State.queued && r.state() != ExplorerRun.State.running) {
        it.remove();
        finished--;
        files.delete(r.directory());
      }
    }
  }

  Optional<ExplorerRun> find(String id) {
    synchronized (this) {
      return Optional.ofNullable(runs.get(id));
    }
  }

  @Override
  public void close() {
    synchronized (this) {
      closed = true;
      runs.values().forEach(ExplorerRun::requestCancel);
      notifyAll();
    }
    for (Thread w : workers) {
      try {
        w.join(5_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  /** Thrown from the progress listener to stop a run. */
  static final class RunStopped extends RuntimeException {
    RunStopped(String message) {
      super(message, null, false, false);
    }
  }
}
