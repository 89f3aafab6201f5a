package org.limbic.web;

/** A request beyond the server's {@link RequestLimits}: answered 413 with its message. */
final class RequestTooLargeException extends RuntimeException {

  RequestTooLargeException(String message) {
    super(message);
  }
}
