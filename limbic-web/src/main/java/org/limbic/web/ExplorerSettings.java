package org.limbic.web;

/**
 * How {@code limbic serve} listens and what it allows: the host (loopback by default: the explorer
 * has no users or passwords), the port (0: any free one), how many runs go at once (the rest wait in
 * turn) and the {@link RequestLimits}. Change with {@code withX} copies.
 */
public record ExplorerSettings(String host, int port, int maxRuns, RequestLimits limits) {

  public static final String LOOPBACK = "127.0.0.1";
  public static final int DEFAULT_PORT = 8017;

  public ExplorerSettings {
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("port must be 0 to 65535, got " + port);
    }
    if (maxRuns < 1) {
      throw new IllegalArgumentException("at least one run must be allowed at once, got " + maxRuns);
    }
  }

  /** 127.0.0.1:8017, 2 runs at once, the default limits. */
  public static ExplorerSettings defaults() {
    return new ExplorerSettings(LOOPBACK, DEFAULT_PORT, 2, RequestLimits.defaults());
  }

  public ExplorerSettings withHost(String h) {
    return new ExplorerSettings(h, port, maxRuns, limits);
  }

  public ExplorerSettings withPort(int p) {
    return new ExplorerSettings(host, p, maxRuns, limits);
  }

  public ExplorerSettings withMaxRuns(int n) {
    return new ExplorerSettings(host, port, n, limits);
  }

  public ExplorerSettings withLimits(RequestLimits l) {
    return new ExplorerSettings(host, port, maxRuns, l);
  }
}
