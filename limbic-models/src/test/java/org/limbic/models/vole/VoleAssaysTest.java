package org.limbic.models.vole;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.limbic.experiment.assay.AssayExperiment;
import org.limbic.experiment.assay.AssayRunner;
import org.limbic.experiment.file.ExperimentFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The vole assays as experiment files run them: the same animals and procedures as the claims (a
 * file numbered like VOLE-1 gives VOLE-1's scores exactly), and each setting reaches the agents.
 */
class VoleAssaysTest {

  @TempDir
  Path tmp;

  private static final long SEED = 20261204L;

  private List<String[]> rows(String yaml, String assay) throws IOException {
    AssayExperiment e = ExperimentFiles.parseAssays(yaml, "e.yaml");
    Path out = tmp.resolve("out" + System.nanoTime());
    AssayRunner.run(e, yaml, 2, out);
    return Files.readAllLines(out.resolve(assay + ".csv")).stream().skip(1).map(l -> l.split(",")).toList();
  }

  @Test
  void aFileNumberedLikeVole1GivesVole1sPreferenceScoresExactly() throws IOException {
    List<String[]> rows = rows("model: vole\nseed: " + SEED + "\nassays: [{assay: partner_preference, genotype: [WT, Oxtr-/-]}]\n",
        "partner_preference");
    double[] wt = VoleStudies.preference(VoleStudies.peerPreference(Genotype.WILD_TYPE, VoleStudies.DAY, SEED, 0));
    double[] ko = VoleStudies.preference(VoleStudies.peerPreference(Genotype.KNOCKOUT, VoleStudies.DAY, SEED, 1));
    assertThat(rows).hasSize(2 * VoleStudies.N_PPT);
    int preference = 10; // group, genotype, partner, cohousing_min, test_min, d2_blockade, n, animal, partner_min, stranger_min, preference_pct
    for (int k = 0; k < VoleStudies.N_PPT; k++) {
      assertThat(rows.get(k)[1]).isEqualTo("WT");
      assertThat(Double.parseDouble(rows.get(k)[preference])).isEqualTo(wt[k]);
      assertThat(rows.get(VoleStudies.N_PPT + k)[1]).isEqualTo("Oxtr-/-");
      assertThat(Double.parseDouble(rows.get(VoleStudies.N_PPT + k)[preference])).isEqualTo(ko[k]);
    }
  }

  @Test
  void theTestLengthBoundsTheHuddleTime() throws IOException {
    for (String[] r : rows("model: vole\nassays: [{assay: partner_preference, test_min: 30, n: 6}]\n", "partner_preference")) {
      // huddle time with both animals together cannot exceed the 30 min the test lasts
      assertThat(Double.parseDouble(r[8]) + Double.parseDouble(r[9])).isLessThanOrEqualTo(30.0);
    }
  }

  @Test
  void cohousingTimeAndMatingReachTheAgents() throws IOException {
    // without cohousing the partner is as unfamiliar as the stranger: mean preference near 50 %;
    // after a day WT peers prefer their partner (VOLE-1); the same animals in both groups would make
    // this a paired comparison, but groups have their own animals, so the margin is wide: 15 points
    List<String[]> rows = rows("model: vole\nseed: 3\nassays: [{assay: partner_preference, cohousing_min: [0, 1440], n: 24}]\n",
        "partner_preference");
    double none = rows.subList(0, 24).stream().mapToDouble(r -> Double.parseDouble(r[10])).average().orElseThrow();
    double day = rows.subList(24, 48).stream().mapToDouble(r -> Double.parseDouble(r[10])).average().orElseThrow();
    assertThat(day - none).isGreaterThan(15);
    assertThat(rows.get(0)[2]).isEqualTo("peer");
  }

  /** docs/examples/vole-cohousing.yaml, as docs/experiment-files.md describes it: 4 + 2 groups, first key slowest. */
  @Test
  void theDocumentedExampleRunsItsSixGroups() throws IOException {
    Path file = Path.of("..", "docs", "examples", "vole-cohousing.yaml");
    String yaml = Files.readString(file);
    AssayExperiment e = ExperimentFiles.parseAssays(yaml, file.toString());
    assertThat(e.groups()).isEqualTo(6);
    AssayRunner.Outcome o = AssayRunner.run(e, yaml, 2, tmp.resolve("example"));
    assertThat(o.animals()).isEqualTo(6 * 12);
    List<String> ppt = Files.readAllLines(tmp.resolve("example/partner_preference.csv"));
    assertThat(ppt.get(1)).startsWith("0,WT,peer,360.0,");
    assertThat(ppt.get(13)).startsWith("1,WT,peer,1440.0,");
    assertThat(ppt.get(25)).startsWith("2,Oxtr-/-,peer,360.0,");
    assertThat(Files.readAllLines(tmp.resolve("example/stranger_encounter.csv")).get(1)).startsWith("4,WT,10080.0,10.0,12,");
  }

  @Test
  void theOtherAssaysRunWithTheirMeasures() throws IOException {
    String yaml = "model: vole\nassays:\n  - {assay: stranger_encounter, n: 3, cohousing_min: 60}\n"
        + "  - {assay: operant, n: 3, cohousing_min: 60}\n  - {assay: slice_imaging, sex: [female, male], n: 3}\n";
    AssayExperiment e = ExperimentFiles.parseAssays(yaml, "e.yaml");
    Path out = tmp.resolve("all");
    AssayRunner.Outcome o = AssayRunner.run(e, yaml, 1, out);
    assertThat(o.animals()).isEqualTo(3 + 3 + 6);
    assertThat(Files.readAllLines(out.resolve("stranger_encounter.csv")).getFirst()).endsWith(",animal,attacks");
    assertThat(Files.readAllLines(out.resolve("operant.csv"))).hasSize(4);
    assertThat(Files.readAllLines(out.resolve("slice_imaging.csv"))).hasSize(7);
    // groups are numbered across the file, so no two assays share animals
    assertThat(Files.readAllLines(out.resolve("slice_imaging.csv")).get(1)).startsWith("2,");
  }
}
