package org.limbic.web;

import java.nio.file.Path;
import java.time.Instant;

/**
 * One run the server was asked for: its id (the server's), what it does ({@link ExplorerJob}: an
 * experiment, a claim check, a trial or assays), where its results go,
 * and how far it is. State changes come from the run's worker thread and from cancel requests;
 * readers see a consistent snapshot through {@link #view}.
 */
final class ExplorerRun {

  enum State { queued, running, done, failed, cancelled }

  private final String id;
  private final ExplorerJob job;
  private final Path directory;
  private final Instant submitted = Instant.now();
  private State state = State.queued;
  private long done;
  private long total;
  private String error;
  private ExplorerJob.Result result = ExplorerJob.Result.NONE;
  private Instant started;
  private Instant finished;
  private volatile boolean cancelRequested;

  ExplorerRun(String id, ExplorerJob job, Path directory) {
    this.id = id;
    this.job = job;
    this.directory = directory;
  }

  /** What {@code GET /api/runs/ID} returns; {@code position} is 1 for the next to start, 0 once started. */
  record View(String id, String kind, String name, String state, long done, long total, int position, String error, Long elapsedMs) {
  }

  String id() {
    return id;
  }

  ExplorerJob job() {
    return job;
  }

  /** What the job answered beside its files; {@link ExplorerJob.Result#NONE} until it is done. */
  synchronized ExplorerJob.Result result() {
    return result;
  }

  synchronized void done(ExplorerJob.Result answer) {
    result = answer;
    finish(State.done, null);
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
    return new View(id, job.kind(), job.name(), state.name(), done, total, position, error, elapsed);
  }

  Instant submitted() {
    return submitted;
  }
}
