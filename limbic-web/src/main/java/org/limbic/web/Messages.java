package org.limbic.web;

import java.io.UncheckedIOException;
import org.limbic.experiment.file.ExperimentFileException;
import org.limbic.model.ModelException;

/**
 * What a failed request is told: the same one located message the command line prints (it maps the
 * same exceptions to exit code 2, 'bad input'), as a 4xx; anything else is the server's fault, a
 * 500 with the exception's message. Never a stack trace.
 */
final class Messages {

  private Messages() {
  }

  /** 400 for bad input as {@code limbic} sees it (exit code 2), 404 unknown ids, 409 no results yet, 413 beyond the limits, 503 the queue full, 500 else. */
  static int status(Throwable e) {
    return switch (e) {
      case NotFoundException _ -> 404;
      case NotReadyException _ -> 409;
      case RequestTooLargeException _ -> 413;
      case ServerBusyException _ -> 503;
      case ModelException _, IllegalArgumentException _, UncheckedIOException _, ExperimentFileException _ -> 400;
      default -> 500;
    };
  }

  static String text(Throwable e) {
    String message = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    return status(e) == 500 ? "internal error: " + message : message;
  }

  /** {@code e} with {@code from} (a path of the server's) written as {@code to} (the name the user knows) in its message. */
  static RuntimeException renamed(RuntimeException e, String from, String to) {
    String message = e.getMessage() == null ? e.toString() : e.getMessage().replace(from, to);
    RuntimeException renamed = status(e) == 400 ? new IllegalArgumentException(message) : new IllegalStateException(message);
    return renamed;
  }
}
