package org.limbic.web;

/** An id this server did not make (a run, an upload, a model): answered 404 with its message. */
final class NotFoundException extends RuntimeException {

  NotFoundException(String message) {
    super(message);
  }
}
