package org.limbic.web;

/** Results asked of a run that has none (yet): answered 409 with its message. */
final class NotReadyException extends RuntimeException {

  NotReadyException(String message) {
    super(message);
  }
}
