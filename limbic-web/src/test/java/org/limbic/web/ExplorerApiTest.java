package org.limbic.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The JSON API on a real server (ephemeral port, loopback): answers, located errors, limits, ids and paths. */
class ExplorerApiTest {

  static final String MASSAGE = "model: oxytocin\nscenario: massage-15min\n";

  static WebExplorer explorer;
  static ExplorerClient client;

  @BeforeAll
  static void start() {
    explorer = WebExplorer.start(ExplorerSettings.defaults().withPort(0).withMaxRuns(2)
        .withLimits(RequestLimits.defaults().withMaxBodyBytes(200_000)));
    client = new ExplorerClient(explorer.uri());
  }

  @AfterAll
  static void stop() {
    Path dir = explorer.directory();
    explorer.close();
    assertThat(dir).as("the private directory is removed at stop").doesNotExist();
  }

  @Test
  void listsTheBuiltInModelsWithTheirScenarios() {
    HttpResponse<String> r = client.get("/api/models");
    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode models = ExplorerClient.json(r);
    assertThat(models.findValuesAsString("id")).contains("oxytocin", "vole", "gutbrain");
  }

  @Test
  void aModelShowsEveryParameterWithValueUnitAndSource() {
    JsonNode sheet = ExplorerClient.json(client.get("/api/models/oxytocin")).get("sheet");
    assertThat(sheet.get("parameters").size()).isGreaterThan(10);
    JsonNode first = sheet.get("parameters").get(0);
    assertThat(first.has("value") && first.has("unit") && first.has("source")).isTrue();
    assertThat(sheet.get("scenarios").toString()).contains("massage-15min");
    assertThat(sheet.get("species").size()).isPositive();
    // the range a source states bounds the page's slider; a parameter without one has none
    JsonNode kEl = null;
    for (JsonNode p : sheet.get("parameters")) {
      kEl = p.get("id").asString().equals("k_el") ? p : kEl;
    }
    assertThat(kEl.get("min").asDouble()).isEqualTo(0.07);
    assertThat(kEl.get("max").asDouble()).isEqualTo(0.17);
    assertThat(first.get("min").isNull()).as(first.get("id").asString()).isTrue();
  }

  /** The structure as a drawing: every state and reaction of the model is a labelled node of the SVG. */
  @Test
  void aModelsStructureIsServedAsADiagram() {
    HttpResponse<String> r = client.get("/api/models/oxytocin/diagram");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("image/svg+xml");
    assertThat(r.body()).startsWith("<svg").contains(">OT_plasma</text>", ">dilation</text>", ">ot_clearance</text>");
    HttpResponse<String> unknown = client.get("/api/models/nonesuch/diagram");
    assertThat(unknown.statusCode()).as("as /api/models/nonesuch is").isEqualTo(client.get("/api/models/nonesuch").statusCode())
        .isEqualTo(400);
    assertThat(unknown.body()).contains("nonesuch");
  }

  @Test
  void runsAScenarioAndServesItsTimeCoursesAndFiles() {
    JsonNode view = client.runToEnd(MASSAGE);
    assertThat(view.get("state").asString()).as(view.toString()).isEqualTo("done");
    String id = view.get("id").asString();
    JsonNode data = ExplorerClient.json(client.get("/api/runs/" + id + "/timecourses"));
    assertThat(data.get("time").size()).isEqualTo(361);   // the scenario's time: {end: 90, points: 361}
    assertThat(data.get("series").findValuesAsString("variable")).contains("OT_plasma", "cortisol");
    HttpResponse<String> csv = client.get("/api/runs/" + id + "/files/timecourses.csv");
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.body()).startsWith("run,subject,replicate,time,variable,value\n" + id + ",0,0,0.0,OT_plasma,");
    assertThat(client.get("/api/runs/" + id + "/files/experiment.yaml").body()).isEqualTo(MASSAGE);
  }

  @Test
  void exportsABuiltInModelAsSbml() {
    HttpResponse<String> r = client.get("/api/models/oxytocin/sbml");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("<sbml").contains("level=\"3\"");
    assertThat(client.get("/api/models/vole/sbml").statusCode()).isEqualTo(400);
  }

  @Test
  void badExperimentTextIsTheLocatedMessageAs400() {
    HttpResponse<String> r = client.post("/api/runs", "model: oxytocin\nscenario: massage-15min\nparameters: {kOxt: 1}\n");
    assertThat(r.statusCode()).isEqualTo(400);
    String error = ExplorerClient.json(r).get("error").asString();
    assertThat(error).startsWith("experiment.yaml:3:").contains("kOxt");
    assertNoStackTrace(r);
  }

  @Test
  void unknownIdsAndPathsAre404WithAMessage() {
    for (String path : new String[] {"/api/runs/r0000000000000000", "/api/runs/..%2F..%2Fetc%2Fpasswd", "/api/runs/../../etc/passwd",
        "/api/runs/r0000000000000000/files/timecourses.csv", "/api/uploads/u0000000000000000/sbml", "/api/nothing"}) {
      HttpResponse<String> r = client.get(path);
      assertThat(r.statusCode()).as(path).isBetween(400, 404);
      assertThat(r.body()).as(path).contains("\"error\"");
      assertNoStackTrace(r);
    }
    assertThat(client.get("/api/models/..%2F..%2Fetc").statusCode()).isEqualTo(400);
  }

  @Test
  void aRunsFilesAreOnlyItsOwnNamedResults() {
    String id = client.runToEnd(MASSAGE).get("id").asString();
    for (String name : new String[] {"..%2F..%2F..%2Fetc%2Fpasswd", "..%2Fexperiment.yaml", "%2Fetc%2Fpasswd", "units.csv%00",
        ".", ".."}) {
      HttpResponse<String> r = client.get("/api/runs/" + id + "/files/" + name);
      assertThat(r.statusCode()).as(name).isGreaterThanOrEqualTo(400).isLessThan(500);
      assertThat(r.body()).as(name).doesNotContain("root:");
    }
  }

  @Test
  void experimentTextMayNameOnlyUploadedSbmlFiles() throws Exception {
    Path outside = Files.createTempFile("limbic-outside-", ".xml");
    Files.writeString(outside, "<sbml/>");
    try {
      for (String ref : new String[] {"/etc/passwd", outside.toString(), "../" + outside.getFileName(), "../../../../etc/hostname"}) {
        HttpResponse<String> r = client.post("/api/runs", "model: {sbml: " + ref + "}\ntime: {end: 1, points: 2}\n");
        assertThat(r.statusCode()).as(ref).isEqualTo(400);
        assertThat(r.body()).as(ref).doesNotContain(explorer.directory().toString());
        assertNoStackTrace(r);
      }
    } finally {
      Files.delete(outside);
    }
  }

  /**
   * A file that exists and one that does not get the same answer: the experiment reader had checked
   * the path ("SBML file not found") before the server's refusal, so a request could probe the disk.
   */
  @Test
  void aRefusedSbmlPathSaysNothingOfWhetherTheFileExists() throws Exception {
    String exists = client.post("/api/runs", "model: {sbml: /etc/passwd}\ntime: {end: 1, points: 2}\n").body();
    String missing = client.post("/api/runs", "model: {sbml: /no/such/passwd}\ntime: {end: 1, points: 2}\n").body();
    assertThat(exists).contains("this server runs only SBML files uploaded to it").doesNotContain("not found");
    assertThat(missing).isEqualTo(exists);
  }

  @Test
  void anUploadIsKeptUnderTheServersNameOnly() throws Exception {
    String sbml = client.get("/api/models/oxytocin/sbml").body();
    HttpResponse<String> r = client.post("/api/uploads?name=..%2F..%2Fevil.xml", sbml);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    JsonNode upload = ExplorerClient.json(r);
    try (Stream<Path> files = Files.list(explorer.directory().resolve("uploads"))) {
      assertThat(files.map(p -> p.getFileName().toString())).allMatch(n -> n.matches("u[0-9a-f]{16}\\.xml"));
    }
    assertThat(explorer.directory().getParent().resolve("evil.xml")).doesNotExist();
    assertThat(Path.of(System.getProperty("java.io.tmpdir"), "evil.xml")).doesNotExist();
    JsonNode view = client.runToEnd(upload.get("experiment").asString() + "time: {end: 10, points: 11}\n");
    assertThat(view.get("state").asString()).as(view.toString()).isEqualTo("done");
  }

  @Test
  void anUploadThatIsNotSbmlIs400WithTheImportersMessage() {
    HttpResponse<String> r = client.post("/api/uploads?name=broken.xml", "<sbml><model id='x'>");
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(ExplorerClient.json(r).get("error").asString()).contains("broken.xml").doesNotContain(explorer.directory().toString());
  }

  @Test
  void anOversizedBodyIs413WithTheLimit() {
    HttpResponse<String> r = client.post("/api/uploads", new byte[300_000]);
    assertThat(r.statusCode()).isEqualTo(413);
    assertThat(ExplorerClient.json(r).get("error").asString()).contains("200000");
  }

  @Test
  void anExperimentBeyondTheLimitsIs413BeforeItRuns() {
    HttpResponse<String> r = client.post("/api/runs", MASSAGE + "replicates: 5000\n");
    assertThat(r.statusCode()).isEqualTo(413);
    assertThat(ExplorerClient.json(r).get("error").asString()).contains("5000 runs").contains("at most 2000");
    HttpResponse<String> points = client.post("/api/runs", "model: oxytocin\ntime: {end: 60, points: 600000}\n");
    assertThat(points.statusCode()).isEqualTo(413);
    assertThat(ExplorerClient.json(points).get("error").asString()).contains("600000 output times");
  }

  @Test
  void aCancelledRunStopsWithinASecond() {
    HttpResponse<String> submitted = client.post("/api/runs", MASSAGE + "replicates: 1000\n");
    assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(202);
    String id = ExplorerClient.json(submitted).get("id").asString();
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    JsonNode view = ExplorerClient.json(client.get("/api/runs/" + id));
    while (!(view.get("state").asString().equals("running") && view.get("done").asLong() > 0) && System.nanoTime() < deadline) {
      view = ExplorerClient.json(client.get("/api/runs/" + id));
    }
    long cancelled = System.nanoTime();
    client.delete("/api/runs/" + id);
    JsonNode end = client.waitFor(id);
    double seconds = (System.nanoTime() - cancelled) / 1e9;
    assertThat(end.get("state").asString()).isEqualTo("cancelled");
    assertThat(end.get("done").asLong()).isLessThan(1000);
    assertThat(seconds).as("seconds from cancel to stop").isLessThan(1.0);
    assertThat(client.get("/api/runs/" + id + "/files/timecourses.csv").statusCode()).isEqualTo(409);
    try (Stream<Path> runs = Files.list(explorer.directory().resolve("runs"))) {
      assertThat(runs.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains(id)); // no partial results left
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void runsBeyondMaxRunsWaitWithTheirPlaceAndAFullQueueIs503() {
    try (WebExplorer one = WebExplorer.start(ExplorerSettings.defaults().withPort(0).withMaxRuns(1)
        .withLimits(RequestLimits.defaults().withMaxWaiting(1)))) {
      ExplorerClient c = new ExplorerClient(one.uri());
      String running = ExplorerClient.json(c.post("/api/runs", MASSAGE + "replicates: 1000\n")).get("id").asString();
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (!ExplorerClient.json(c.get("/api/runs/" + running)).get("state").asString().equals("running")
          && System.nanoTime() < deadline) {
        Thread.onSpinWait();
      }
      JsonNode waiting = ExplorerClient.json(c.post("/api/runs", MASSAGE));
      assertThat(waiting.get("state").asString()).isEqualTo("queued");
      assertThat(waiting.get("position").asInt()).isEqualTo(1);
      HttpResponse<String> full = c.post("/api/runs", MASSAGE);
      assertThat(full.statusCode()).isEqualTo(503);
      assertThat(ExplorerClient.json(full).get("error").asString()).contains("waiting");
      assertThat(ExplorerClient.json(c.delete("/api/runs/" + waiting.get("id").asString())).get("state").asString())
          .isEqualTo("cancelled");
      c.delete("/api/runs/" + running);
      assertThat(c.waitFor(running).get("state").asString()).isEqualTo("cancelled");
    }
  }

  private static void assertNoStackTrace(HttpResponse<String> r) {
    assertThat(r.body()).doesNotContain("\tat ").doesNotContain("Exception:");
  }
}
