package org.limbic.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.limbic.experiment.assay.AssayRunner;
import org.limbic.experiment.assay.GroupSummary;
import org.limbic.experiment.claims.ClaimResult;
import org.limbic.experiment.claims.ClaimRunner;
import org.limbic.experiment.file.ExperimentFiles;
import org.limbic.experiment.file.TrialFiles;
import org.limbic.experiment.library.ModelLibrary;
import org.limbic.experiment.run.ProgressListener;
import org.limbic.experiment.trial.CohortTrial;
import tools.jackson.databind.JsonNode;

/**
 * Issue #17, the studies beyond time courses, through the API on a real server: a claim check
 * (the same library call as {@code limbic check --claim}), a scan's metrics against its parameter,
 * a trial file with its CONSORT and forest figures, and the vole's assays; each answer equals the
 * library call's own, each figure is served as SVG, and each is bounded.
 */
class ExplorerStudiesApiTest {

  static WebExplorer explorer;
  static ExplorerClient client;

  @TempDir
  Path tmp;

  @BeforeAll
  static void start() {
    explorer = WebExplorer.start(ExplorerSettings.defaults().withPort(0).withMaxRuns(2));
    client = new ExplorerClient(explorer.uri());
  }

  @AfterAll
  static void stop() {
    explorer.close();
  }

  @Test
  void aClaimCheckAnswersWhatLimbicCheckFindsWithItsCitationAndFigures() {
    JsonNode view = done(client.post("/api/claims?id=OXT-11&seed=7", ""));
    assertThat(view.get("kind").asString()).isEqualTo("claim");
    JsonNode result = ExplorerClient.json(client.get("/api/runs/" + view.get("id").asString() + "/result"));
    JsonNode claim = result.get("claims").get(0);
    ClaimResult expected = ClaimRunner.run(ModelLibrary.claims(ModelLibrary.all(), "OXT-11"), 7, 1, d -> { }).getFirst();
    assertThat(claim.get("id").asString()).isEqualTo("OXT-11");
    assertThat(claim.get("verdict").asString()).isEqualTo(expected.verdict());
    assertThat(claim.get("label").asString()).isEqualTo(expected.claim().kind().label());
    assertThat(claim.get("measured").asString()).isEqualTo(expected.outcome().measured());
    assertThat(claim.get("expected").asString()).isEqualTo(expected.outcome().expected());
    assertThat(claim.get("source").asString()).isEqualTo(expected.claim().source()).contains("Morhenn");
    assertThat(claim.get("removal").asString()).isEqualTo(expected.removalVerdict()).isEqualTo("FAIL");
    assertThat(claim.get("removed").asString()).isEqualTo(expected.claim().removal().mechanism());
    assertThat(claim.get("measured_without").asString()).isEqualTo(expected.removalOutcome().measured());
    assertThat(claim.get("figures").size()).isEqualTo(expected.outcome().figures().size()).isPositive();
    HttpResponse<String> svg = client.get("/api/runs/" + view.get("id").asString() + "/figures/0");
    assertThat(svg.statusCode()).isEqualTo(200);
    assertThat(svg.headers().firstValue("content-type").orElse("")).startsWith("image/svg+xml");
    assertThat(svg.body()).contains("<svg").contains("<title>" + expected.outcome().figures().getFirst().title().replace("&", "&amp;"));
    assertThat(client.get("/api/runs/" + view.get("id").asString() + "/files/claims.csv").body())
        .startsWith("id,model,verdict,kind,removal,measured,expected,source,seconds\nOXT-11,oxytocin," + expected.verdict()
            + ",predicted,FAIL,");
    for (String n : new String[] {"99", "-1", "x", "..%2F..%2Fetc%2Fpasswd"}) {
      assertThat(client.get("/api/runs/" + view.get("id").asString() + "/figures/" + n).statusCode()).as(n).isEqualTo(404);
    }
    HttpResponse<String> unknown = client.post("/api/claims?id=OXT-99", "");
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(ExplorerClient.json(unknown).get("error").asString()).contains("no claim 'OXT-99'");
  }

  @Test
  void aScanAnswersItsMetricAgainstTheScannedParameterAsItsFilesHaveThem() {
    String yaml = "model: pulsatile_release\ntime: {end: 60, points: 61}\noutputs:\n  variables: [H]\n"
        + "  metrics: [{variable: H, kind: peak}]\nscan: {parameters: {k_clear: [0.1, 0.2, 0.4, 0.8]}}\n";
    JsonNode view = done(client.post("/api/runs", yaml));
    String id = view.get("id").asString();
    JsonNode scan = ExplorerClient.json(client.get("/api/runs/" + id + "/result")).get("scan");
    assertThat(scan.get("parameters").get("k_clear").toString()).isEqualTo("[0.1,0.2,0.4,0.8]");
    JsonNode peaks = scan.get("metrics").get("peak_H");
    assertThat(peaks.size()).isEqualTo(4);
    List<String> csv = client.get("/api/runs/" + id + "/files/metrics.csv").body().lines().skip(1).toList();
    for (int i = 0; i < 4; i++) {
      String[] f = csv.get(i).split(",");
      assertThat(peaks.get(i).asDouble()).isEqualTo(Double.parseDouble(f[4]));
    }
    assertThat(peaks.get(0).asDouble()).as("slower clearance, higher peak").isGreaterThan(peaks.get(3).asDouble());
    assertThat(ExplorerClient.json(client.get("/api/runs/" + id + "/scan"))).isEqualTo(scan);
  }

  @Test
  void aTrialFileRunsAsLimbicTrialDoesWithItsConsortAndForest() throws IOException {
    String text = resource("/org/limbic/models/gutbrain/trials/probiotic-add-on.yaml").replace("patients: 60", "patients: 40");
    JsonNode view = done(client.post("/api/runs?seed=11", text));
    assertThat(view.get("kind").asString()).isEqualTo("trial");
    String id = view.get("id").asString();
    JsonNode result = ExplorerClient.json(client.get("/api/runs/" + id + "/result"));
    CohortTrial.Outcome expected = CohortTrial.run(TrialFiles.parse(text, "trial.yaml"), 11, 1, false, tmp.resolve("trial"),
        ProgressListener.NONE);
    assertThat(result.get("counts").get("randomized").asLong()).isEqualTo(40).isEqualTo(expected.counts().randomized());
    assertThat(result.get("counts").get("screened").asLong()).isEqualTo(expected.counts().screened());
    List<String> summary = new ArrayList<>();
    result.get("summary").forEach(l -> summary.add(l.asString()));
    assertThat(summary).isEqualTo(expected.summary());
    assertThat(client.get("/api/runs/" + id + "/files/analysis.csv").body())
        .isEqualTo(java.nio.file.Files.readString(tmp.resolve("trial/analysis.csv")));
    assertThat(result.get("figures").size()).isEqualTo(2);
    for (int n = 0; n < 2; n++) {
      HttpResponse<String> svg = client.get("/api/runs/" + id + "/figures/" + n);
      assertThat(svg.statusCode()).isEqualTo(200);
      assertThat(svg.body()).contains("<svg");
    }
    assertThat(client.get("/api/runs/" + id + "/figures/0").body()).contains("CONSORT");
    assertThat(client.get("/api/runs/" + id + "/files/trial.yaml").body()).isEqualTo(text);
    assertThat(client.get("/api/runs/" + id + "/timecourses").statusCode()).isEqualTo(404);

    HttpResponse<String> large = client.post("/api/runs", text.replace("patients: 40", "patients: 50000"));
    assertThat(large.statusCode()).isEqualTo(413);
    assertThat(ExplorerClient.json(large).get("error").asString()).contains("50000 patients").contains("at most 2000");
    HttpResponse<String> bad = client.post("/api/runs", text.replace("arms:", "armz: 1\narms:"));
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(ExplorerClient.json(bad).get("error").asString()).startsWith("trial.yaml:").contains("armz");
  }

  @Test
  void voleAssaysRunThroughTheApiAsLimbicRunDoes() {
    String text = "name: preference\nmodel: vole\nseed: 5\nassays:\n  - assay: partner_preference\n    genotype: [WT, Oxtr-/-]\n"
        + "    n: 6\n";
    JsonNode view = done(client.post("/api/runs", text));
    assertThat(view.get("kind").asString()).isEqualTo("assay");
    String id = view.get("id").asString();
    JsonNode result = ExplorerClient.json(client.get("/api/runs/" + id + "/result"));
    AssayRunner.Outcome expected = AssayRunner.run(ExperimentFiles.parseAssays(text, "experiment.yaml"), text, 1, tmp.resolve("a"));
    assertThat(result.get("animals").asInt()).isEqualTo(12).isEqualTo(expected.animals());
    JsonNode groups = result.get("groups");
    assertThat(groups.size()).isEqualTo(expected.summaries().size());
    for (int i = 0; i < groups.size(); i++) {
      GroupSummary s = expected.summaries().get(i);
      assertThat(groups.get(i).get("measure").asString()).isEqualTo(s.measure().name());
      assertThat(groups.get(i).get("mean").asDouble()).isEqualTo(s.mean());
    }
    assertThat(client.get("/api/runs/" + id + "/files/groups.csv").statusCode()).isEqualTo(200);
    assertThat(client.get("/api/runs/" + id + "/figures/0").body()).contains("<svg");

    HttpResponse<String> many = client.post("/api/runs", text.replace("n: 6", "n: 333").replace("[WT, Oxtr-/-]",
        "[WT, Oxtr+/-, Oxtr-/-]\n    cohousing_min: [60, 360, 1440]"));
    assertThat(many.statusCode()).isEqualTo(413);
    assertThat(ExplorerClient.json(many).get("error").asString()).contains("2997 animals");
  }

  /** Submitted (202) and ended done; its final view. */
  private static JsonNode done(HttpResponse<String> submitted) {
    assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(202);
    JsonNode view = client.waitFor(ExplorerClient.json(submitted).get("id").asString());
    assertThat(view.get("state").asString()).as(view.toString()).isEqualTo("done");
    return view;
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = ExplorerStudiesApiTest.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
