package org.limbic.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;

/**
 * {@code limbic serve}: the web explorer, a page and the JSON API it uses ({@link ExplorerApi}) on
 * Javalin, over the same library calls as the command line. It listens on loopback unless told
 * otherwise, keeps its files in one private directory ({@link ServerFiles}) removed when it
 * stops, bounds every request ({@link RequestLimits}) and runs at most {@code maxRuns} at once
 * ({@link RunQueue}).
 */
public final class WebExplorer implements AutoCloseable {

  private final ExplorerSettings settings;
  private final ServerFiles files;
  private final RunQueue runs;
  private final Javalin app;

  private WebExplorer(ExplorerSettings settings) {
    this.settings = settings;
    this.files = new ServerFiles();
    this.runs = new RunQueue(files, settings.limits(), settings.maxRuns());
    ExplorerApi api = new ExplorerApi(files, runs, settings.limits(), settings.maxRuns());
    long maxBody = settings.limits().maxBodyBytes();
    this.app = Javalin.create(cfg -> {
      cfg.startup.showJavalinBanner = false;
      cfg.startup.showOldJavalinVersionWarning = false;
      cfg.http.maxRequestSize = maxBody;
      cfg.jetty.host = settings.host();
      cfg.jetty.port = settings.port();
      cfg.staticFiles.add("/org/limbic/web/page", Location.CLASSPATH);
      cfg.staticFiles.enableWebjars();
      cfg.routes.before("/api/*", ctx -> {
        long length = ctx.contentLength();
        if (length > maxBody) {
          throw new RequestTooLargeException("the request's body is " + length + " bytes; this server takes at most " + maxBody);
        }
      });
      cfg.routes.get("/api/limits", api::limits);
      cfg.routes.get("/api/models", api::models);
      cfg.routes.get("/api/models/{id}", api::model);
      cfg.routes.get("/api/models/{id}/scenarios/{name}", api::scenario);
      cfg.routes.get("/api/models/{id}/sbml", api::sbml);
      cfg.routes.get("/api/models/{id}/diagram", api::diagram);
      cfg.routes.get("/api/uploads/{id}/diagram", api::uploadedDiagram);
      cfg.routes.post("/api/uploads", api::upload);
      cfg.routes.get("/api/uploads/{id}/sbml", api::uploadedSbml);
      cfg.routes.post("/api/runs", api::submit);
      cfg.routes.post("/api/claims", api::claim);
      cfg.routes.get("/api/runs/{id}", api::run);
      cfg.routes.delete("/api/runs/{id}", api::cancel);
      cfg.routes.get("/api/runs/{id}/timecourses", api::timecourses);
      cfg.routes.get("/api/runs/{id}/result", api::result);
      cfg.routes.get("/api/runs/{id}/scan", api::scan);
      cfg.routes.get("/api/runs/{id}/figures/{n}", api::figure);
      cfg.routes.get("/api/runs/{id}/files/{file}", api::download);
      cfg.routes.exception(Exception.class, (e, ctx) -> error(ctx, Messages.status(e), files.withoutPrivatePaths(Messages.text(e))));
      cfg.routes.error(404, ctx -> {
        if (ctx.path().startsWith("/api/") && (ctx.result() == null || !ctx.result().startsWith("{"))) {
          error(ctx, 404, "no such API path: " + ctx.method() + " " + ctx.path() + " (GET /api/models lists the models)");
        }
      });
      cfg.routes.error(413, ctx -> {
        if (ctx.result() == null || !ctx.result().startsWith("{")) {
          error(ctx, 413, "the request's body is larger than this server takes (" + maxBody + " bytes)");
        }
      });
    });
  }

  private static void error(Context ctx, int status, String message) {
    ctx.status(status);
    ExplorerApi.json(ctx, Map.of("error", message, "status", status));
  }

  /** Starts the server; {@code settings.port()} 0 takes a free port ({@link #port()} says which). */
  public static WebExplorer start(ExplorerSettings settings) {
    WebExplorer explorer = new WebExplorer(settings);
    try {
      explorer.app.start();
    } catch (RuntimeException e) {
      explorer.close();
      throw new IllegalArgumentException("cannot listen on " + settings.host() + ":" + settings.port() + ": "
          + (e.getCause() != null ? e.getCause().getMessage() : e.getMessage()) + " (another --port?)", e);
    }
    return explorer;
  }

  public int port() {
    return app.port();
  }

  /** The page's address. */
  public URI uri() {
    String host = settings.host().contains(":") ? "[" + settings.host() + "]" : settings.host();
    return URI.create("http://" + host + ":" + port() + "/");
  }

  /** The private directory holding uploads and results (tests check nothing is written elsewhere). */
  public Path directory() {
    return files.root();
  }

  /** Stops listening, stops the runs and removes the private directory. */
  @Override
  public void close() {
    app.stop();
    runs.close();
    files.close();
  }
}
