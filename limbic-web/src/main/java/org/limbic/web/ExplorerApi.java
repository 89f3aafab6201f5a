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
import org.limbic.experiment.assay.AssayExperiment;
import org.limbic.experiment.claims.ClaimRunner;
import org.limbic.experiment.figure.Figure;
import org.limbic.experiment.file.ExperimentFiles;
import org.limbic.experiment.file.TrialFiles;
import org.limbic.experiment.spec.TrialDesign;
import org.limbic.report.FigureRenderer;
import org.limbic.experiment.launch.ExperimentSource;
import org.limbic.experiment.library.BuiltInModel;
import org.limbic.experiment.library.ModelLibrary;
import org.limbic.experiment.library.ModelSheet;
import org.limbic.model.Model;
import org.limbic.sbml.SbmlExporter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON API under {@code /api}, which the page and scripts use; each handler is the library call
 * the command line makes ({@code limbic models}, {@code run}, {@code check}, {@code trial}, {@code export}) with its answer as JSON
 * or the file the command writes. Requests name models by id and runs and uploads by the ids the
 * server gave out; no request names a path.
 */
final class ExplorerApi {

  /** The files of a results directory that may be downloaded; anything else in it (temporaries) is not served. */
  static final Set<String> DOWNLOADS = Set.of("timecourses.csv", "metrics.csv", "parameters.csv", "failures.csv", "units.csv",
      "timecourses.parquet", "metrics.parquet", "parameters.parquet", "failures.parquet", "experiment.yaml",
      // a claim check's
      ClaimJob.FILE, "claim.yaml",
      // a trial's
      "participants.csv", "visits.csv", "analysis.csv", "trajectories.csv", "consort.csv", TrialJob.FILE,
      // the vole's assays
      "groups.csv", "partner_preference.csv", "stranger_encounter.csv", "operant.csv", "slice_imaging.csv");

  /** The claim check's seed when the request names none: {@code limbic check}'s default. */
  static final long CLAIM_SEED = 20261123L;
  /** A trial's seed when the request names none: {@code limbic trial}'s default. */
  static final long TRIAL_SEED = 20261123L;

  /** A top-level key only a trial file has (a randomized trial's arms, an N-of-1 series). */
  private static final java.util.regex.Pattern TRIAL_KEY = java.util.regex.Pattern.compile("(?m)^(arms|n_of_1)\\s*:");

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

  /** The model's structure drawn as SVG (species, rules, reactions; flows and influences). */
  void diagram(Context ctx) {
    diagram(ctx, ModelLibrary.get(ctx.pathParam("id")).model());
  }

  void uploadedDiagram(Context ctx) {
    diagram(ctx, upload(ctx.pathParam("id")).model());
  }

  private static void diagram(Context ctx, Model model) {
    ctx.contentType("image/svg+xml; charset=utf-8").result(org.limbic.report.diagram.ModelDiagram.svg(model));
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
   * A file's text as the body, read as the command line reads it: an experiment file as
   * {@code limbic run FILE} ({@link ExperimentSource#parse}), an agent-based model's file as its
   * assays ({@link ExperimentFiles#parseAssays}), a trial file (top-level {@code arms}) as
   * {@code limbic trial FILE} ({@link TrialFiles#parse}; {@code ?seed=}); refused at once if it is
   * bad (the located message) or too large; else queued. 202 with the run's id and place.
   */
  void submit(Context ctx) {
    String text = ctx.body();
    if (TRIAL_KEY.matcher(text).find()) {
      submitTrial(ctx, text);
      return;
    }
    String name = "experiment.yaml";
    ExplorerJob job;
    if (ExperimentFiles.isAssayFile(text, name)) {
      AssayExperiment assays = ExperimentFiles.parseAssays(text, name);
      limits.check(assays);
      job = new AssayJob(assays, text);
    } else {
      ExperimentSource source = ExperimentSource.parse(text, name, files.uploads(), files.models());
      limits.check(source.spec());
      job = new ExperimentJob(source);
    }
    queued(ctx, job);
  }

  /** {@code limbic trial FILE}: randomized trials; an N-of-1 series is refused with the command to use. */
  void submitTrial(Context ctx, String text) {
    String name = "trial.yaml";
    if (TrialFiles.isNOfOne(text, name)) {
      throw new IllegalArgumentException(name + ": N-of-1 series (n_of_1: ...) do not run in the web explorer yet;"
          + " use 'limbic trial FILE'");
    }
    TrialDesign design = TrialFiles.parse(text, name);
    limits.check(design);
    queued(ctx, new TrialJob(design, text, seed(ctx, TRIAL_SEED)));
  }

  /**
   * {@code limbic check --claim ID --seed S}: {@code ?id=} a claim of a built-in model (OXT-3, or
   * GUT-1 for all its parts), queued like any run.
   */
  void claim(Context ctx) {
    String id = ctx.queryParam("id");
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("name the claim: POST /api/claims?id=OXT-3 (GET /api/models/ID lists a model's claims)");
    }
    List<BuiltInModel> models = ModelLibrary.all();
    List<ClaimRunner.Entry> entries = ModelLibrary.claims(models, id);
    if (entries.isEmpty()) {
      List<String> known = ModelLibrary.claims(models, null).stream().map(e -> e.claim().id()).toList();
      throw new NotFoundException("no claim '" + id + "'" + org.limbic.model.Suggestions.closest(id, known) + "; claims: " + known);
    }
    queued(ctx, new ClaimJob(entries.size() == 1 ? entries.getFirst().claim().id() : id, entries, seed(ctx, CLAIM_SEED)));
  }

  private static long seed(Context ctx, long otherwise) {
    String seed = ctx.queryParam("seed");
    if (seed == null) {
      return otherwise;
    }
    try {
      return Long.parseLong(seed);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("seed must be a whole number, got '" + seed + "'");
    }
  }

  private void queued(Context ctx, ExplorerJob job) {
    ExplorerRun run = runs.submit(job);
    ctx.status(202);
    json(ctx, runs.view(run.id()));
  }

  /** What a finished run answered beside its files: a claim's verdicts, a trial's flow and analysis, assays' groups, a scan's table. */
  void result(Context ctx) {
    ExplorerRun run = finished(ctx.pathParam("id"));
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("run", run.id());
    answer.put("kind", run.job().kind());
    answer.putAll(run.result().summary());
    if (run.job() instanceof ExperimentJob e && (e.source().spec().scan().isPresent() || e.source().spec().cohort().isPresent())) {
      answer.put("scan", ScanTable.of(run.id(), run.directory()));
    }
    json(ctx, answer);
  }

  /** A scan's (or cohort's) metrics against its parameters, from the files it wrote. */
  void scan(Context ctx) {
    ExplorerRun run = finished(ctx.pathParam("id"));
    json(ctx, ScanTable.of(run.id(), run.directory()));
  }

  /** Figure N of a finished run (a claim's, a trial's CONSORT and forest, assays' bars) as SVG, drawn by the report module. */
  void figure(Context ctx) {
    ExplorerRun run = finished(ctx.pathParam("id"));
    List<Figure> figures = run.result().figures();
    String n = ctx.pathParam("n");
    int index;
    try {
      index = n.matches("[0-9]{1,4}") ? Integer.parseInt(n) : -1;
    } catch (NumberFormatException e) {
      index = -1;
    }
    if (index < 0 || index >= figures.size()) {
      throw new NotFoundException("run " + run.id() + " has no figure '" + n + "'; it has " + figures.size()
          + (figures.isEmpty() ? "" : ", numbered 0 to " + (figures.size() - 1)));
    }
    byte[] svg = FigureRenderer.DEFAULT.svg(figures.get(index));
    ctx.header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'");
    ctx.contentType("image/svg+xml").result(svg);
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
    if (!(run.job() instanceof ExperimentJob e)) {
      throw new NotFoundException("run " + run.id() + " is a " + run.job().kind() + ", it has no time courses; GET /api/runs/"
          + run.id() + "/result has what it found");
    }
    ctx.contentType("application/json").result(TimeCourses.json(run.id(), e.source().spec().time().times(),
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
