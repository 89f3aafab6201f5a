package org.limbic.web;

/** Every place in the queue is taken: answered 503 (try again later) with its message. */
final class ServerBusyException extends RuntimeException {

  ServerBusyException(String message) {
    super(message);
  }
}
