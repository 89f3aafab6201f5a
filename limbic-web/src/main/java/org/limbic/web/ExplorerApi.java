package org.limbic.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.limbic.experiment.file.ExperimentFiles;
import org.limbic.experiment.launch.ExperimentSource;
import org.limbic.experiment.library.BuiltInModel;
import org.limbic.experiment.library.ModelLibrary;
import org.limbic.experiment.library.ModelSheet;
import org.limbic.model.Model;
import org.limbic.sbml.SbmlExporter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON API under {@code /api}, which the page and scripts use; each handler is the library call
 * the command line makes ({@code limbic models}, {@code run}, {@code export}) with its answer as JSON
 * or the file the command writes. Requests name models by id and runs and uploads by the ids the
 * server gave out; no request names a path.
 */
final class ExplorerApi {

  /** The files of a results directory that may be downloaded; anything else in it (temporaries) is not served. */
  static final Set<String> DOWNLOADS = Set.of("timecourses.csv", "metrics.csv", "parameters.csv", "failures.csv", "units.csv",
      "timecourses.parquet", "metrics.parquet", "parameters.parquet", "failures.parquet", "experiment.yaml");

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final ServerFiles files;
  private final RunQueue runs;
  private final RequestLimits limits;
  private final int maxRuns;

  ExplorerApi(ServerFiles files, RunQueue runs, RequestLimits limits, int maxRuns) {
    this.files = files;
    this.runs = runs;
    this.limits = limits;
    this.maxRuns = maxRuns;
  }

  static void json(Context ctx, Object value) {
    ctx.contentType("application/json").result(JSON.writeValueAsString(value));
  }

  void limits(Context ctx) {
    json(ctx, Map.of("maxBodyBytes", limits.maxBodyBytes(), "maxUnits", limits.maxUnits(), "maxRows", limits.maxRows(),
        "maxWaiting", limits.maxWaiting(), "wallTimeSeconds", limits.wallTime().toSeconds(), "maxRuns", maxRuns));
  }

  void models(Context ctx) {
    json(ctx, ModelLibrary.all().stream().map(m -> Map.of("id", m.id(), "title", m.title(), "agentBased", m.agentBased(),
        "scenarios", List.copyOf(m.scenarios().keySet()))).toList());
  }

  /** {@code limbic models ID --format json}, and the time unit. */
  void model(Context ctx) {
    BuiltInModel m = ModelLibrary.get(ctx.pathParam("id"));
    json(ctx, Map.of("sheet", ModelSheet.of(m), "timeUnit", m.model().timeUnit(), "agentBased", m.agentBased()));
  }

  /** A scenario's experiment file: what the page starts from and {@code scenario: NAME} means. */
  void scenario(Context ctx) {
    BuiltInModel m = ModelLibrary.get(ctx.pathParam("id"));
    String name = ctx.pathParam("name");
    String text = m.scenarios().get(name);
    if (text == null) {
      throw new NotFoundException("model " + m.id() + " has no scenario '" + name + "'" + org.limbic.model.Suggestions.closest(name,
          List.copyOf(m.scenarios().keySet())) + "; it has " + m.scenarios().keySet());
    }
    ctx.contentType("text/yaml; charset=utf-8").result(text);
  }

  /** {@code limbic export ID --sbml FILE}: refused for the agent-based model, as there. */
  void sbml(Context ctx) {
    BuiltInModel m = ModelLibrary.get(ctx.pathParam("id"));
    if (m.agentBased()) {
      throw new IllegalArgumentException("model '" + m.id() + "' is agent-based: its animals, cages and assays have no SBML form;"
          + " export one of the ODE models instead");
    }
    sbml(ctx, m.model(), m.id() + ".xml");
  }

  void uploadedSbml(Context ctx) {
    ServerFiles.Upload u = upload(ctx.pathParam("id"));
    sbml(ctx, u.model(), u.id() + ".xml");
  }

  private static void sbml(Context ctx, Model model, String fileName) {
    ctx.header("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
    ctx.contentType("application/sbml+xml").result(SbmlExporter.write(model));
  }

  /** An SBML file sent as the body; {@code ?name=} is only used in messages. */
  void upload(Context ctx) {
    String name = ctx.queryParam("name") == null ? "upload.xml" : ctx.queryParam("name").replaceAll("[^A-Za-z0-9_.-]", "_");
    ServerFiles.Upload u = files.upload(ctx.bodyAsBytes(), name);
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("id", u.id());
    answer.put("file", u.id() + ".xml");
    answer.put("name", name);
    answer.put("experiment", "model: {sbml: " + u.id() + ".xml}\n");
    answer.put("sheet", ModelSheet.of(asBuiltIn(u)));
    ctx.status(201);
    json(ctx, answer);
  }

  private ServerFiles.Upload upload(String id) {
    ServerFiles.requireId(id);
    return files.upload(id).orElseThrow(() -> new NotFoundException("no upload " + id + " on this server"));
  }

  /** An upload seen as the model sheet sees a built-in model. */
  private static BuiltInModel asBuiltIn(ServerFiles.Upload u) {
    return new BuiltInModel() {
      public String id() {
        return u.id();
      }

      public String title() {
        return u.name();
      }

      public Model model() {
        return u.model();
      }
    };
  }

  /**
   * An experiment file's text as the body, read as {@code limbic run FILE} reads it
   * ({@link ExperimentSource#parse}); refused at once if it is bad (the located message) or too
   * large; else queued. 202 with the run's id and place.
   */
  void submit(Context ctx) {
    String text = ctx.body();
    String name = "experiment.yaml";
    if (ExperimentFiles.isAssayFile(text, name)) {
      throw new IllegalArgumentException(name + ": the agent-based assays (assays: [...]) do not run in the web explorer yet;"
          + " use 'limbic run FILE'");
    }
    ExperimentSource source = ExperimentSource.parse(text, name, files.uploads(), files.models());
    limits.check(source.spec());
    ExplorerRun run = runs.submit(source);
    ctx.status(202);
    json(ctx, runs.view(run.id()));
  }

  void run(Context ctx) {
    json(ctx, runs.view(ctx.pathParam("id")));
  }

  void cancel(Context ctx) {
    json(ctx, runs.cancel(ctx.pathParam("id")));
  }

  /** The plot data of a finished run, read from the CSV file it wrote (so the plot and the download agree). */
  void timecourses(Context ctx) {
    ExplorerRun run = finished(ctx.pathParam("id"));
    ctx.contentType("application/json").result(TimeCourses.json(run.id(), run.source().spec().time().times(),
        run.directory().resolve("timecourses.csv")));
  }

  /** A file of a finished run's results, by its name in {@link #DOWNLOADS} and in the directory's own listing. */
  void download(Context ctx) {
    ExplorerRun run = finished(ctx.pathParam("id"));
    String name = ctx.pathParam("file");
    Path file;
    try (Stream<Path> listing = Files.list(run.directory())) {
      file = listing.filter(p -> DOWNLOADS.contains(p.getFileName().toString()) && p.getFileName().toString().equals(name))
          .findFirst().orElseThrow(() -> new NotFoundException("run " + run.id() + " has no file '" + name + "'; it has "
              + DOWNLOADS.stream().filter(d -> Files.exists(run.directory().resolve(d))).sorted().toList()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the run's results: " + e.getMessage(), e);
    }
    ctx.header("Content-Disposition", "attachment; filename=\"" + run.id() + "-" + name + "\"");
    ctx.contentType(name.endsWith(".csv") ? "text/csv" : name.endsWith(".yaml") ? "text/yaml" : "application/vnd.apache.parquet");
    try {
      ctx.result(Files.newInputStream(file));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name + ": " + e.getMessage(), e);
    }
  }

  private ExplorerRun finished(String id) {
    ExplorerRun run = runs.get(id);
    ExplorerRun.State state = run.state();
    if (state != ExplorerRun.State.done) {
      throw new NotReadyException("run " + id + " is " + state + ", it has no results" + (state == ExplorerRun.State.failed
          ? "" : " yet"));
    }
    return run;
  }
}
