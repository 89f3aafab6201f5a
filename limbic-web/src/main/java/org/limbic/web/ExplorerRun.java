package org.limbic.web;

import java.nio.file.Path;
import java.time.Instant;
import org.limbic.experiment.launch.ExperimentSource;

/**
 * One run the server was asked for: its id (the server's), the experiment, where its results go,
 * and how far it is. State changes come from the run's worker thread and from cancel requests;
 * readers see a consistent snapshot through {@link #view}.
 */
final class ExplorerRun {

  enum State { queued, running, done, failed, cancelled }

  private final String id;
  private final ExperimentSource source;
  private final Path directory;
  private final Instant submitted = Instant.now();
  private State state = State.queued;
  private long done;
  private long total;
  private String error;
  private Instant started;
  private Instant finished;
  private volatile boolean cancelRequested;

  ExplorerRun(String id, ExperimentSource source, Path directory) {
    this.id = id;
    this.source = source;
    this.directory = directory;
  }

  /** What {@code GET /api/runs/ID} returns; {@code position} is 1 for the next to start, 0 once started. */
  record View(String id, String name, String state, long done, long total, int position, String error, Long elapsedMs) {
  }

  String id() {
    return id;
  }

  ExperimentSource source() {
    return source;
  }

  Path directory() {
    return directory;
  }

  boolean cancelRequested() {
    return cancelRequested;
  }

  void requestCancel() {
    cancelRequested = true;
  }

  synchronized State state() {
    return state;
  }

  synchronized void start() {
    state = State.running;
    started = Instant.now();
  }

  synchronized void progress(long doneUnits, long totalUnits) {
    done = doneUnits;
    total = totalUnits;
  }

  synchronized void finish(State end, String message) {
    state = end;
    error = message;
    finished = Instant.now();
  }

  synchronized View view(int position) {
    Long elapsed = started == null ? null : java.time.Duration.between(started, finished != null ? finished : Instant.now()).toMillis();
    return new View(id, source.spec().name(), state.name(), done, total, position, error, elapsed);
  }

  Instant submitted() {
    return submitted;
  }
}
