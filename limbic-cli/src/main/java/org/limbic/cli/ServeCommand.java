package org.limbic.cli;

import java.util.concurrent.CountDownLatch;
import org.limbic.web.ExplorerSettings;
import org.limbic.web.WebExplorer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code limbic serve}: starts the web explorer (limbic-web) and waits until the process is stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Start the web explorer: pick a model, change parameters, run scenarios, compare runs, download the results"
        + " and the experiment file that 'limbic run' reproduces; check claims, plot scans, run trial files and the vole's"
        + " assays; a JSON API under /api for scripts.",
        "Listens on 127.0.0.1 unless --host says otherwise; Ctrl-C stops it and removes its files.",
        "Exit codes: 0 stopped, 2 bad input (the port is taken)."})
public final class ServeCommand implements Runnable {

  @Option(names = "--port", paramLabel = "N", defaultValue = "" + ExplorerSettings.DEFAULT_PORT,
      description = "the port (default: ${DEFAULT-VALUE}; 0: any free one)")
  int port;

  @Option(names = "--host", paramLabel = "H", defaultValue = ExplorerSettings.LOOPBACK,
      description = "the address to listen on (default: ${DEFAULT-VALUE}, this machine only; the explorer has no log-in)")
  String host;

  @Option(names = "--max-runs", paramLabel = "N", defaultValue = "2",
      description = "runs at once (default: ${DEFAULT-VALUE}); the rest wait in turn, their place shown")
  int maxRuns;

  @Override
  public void run() {
    WebExplorer explorer = WebExplorer.start(ExplorerSettings.defaults().withHost(host).withPort(port).withMaxRuns(maxRuns));
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      explorer.close();
      stopped.countDown();
    }));
    System.out.println("limbic serve: " + explorer.uri() + " (" + maxRuns + " runs at once; Ctrl-C stops)");
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
