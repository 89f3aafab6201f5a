package org.limbic.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code limbic run} of a vole assay file (issue #15 must-show 3): per-animal results, whatever the threads. */
class AssayRunTest {

  @TempDir
  Path tmp;

  private static final String FILE = """
      name: cohousing-time
      model: vole
      seed: 7
      assays:
        - assay: partner_preference
          cohousing_min: [360, 1440]
          n: 12
      """;

  @Test
  void twoCohousingTimesOf12AnimalsGivePerAnimalPreferencesWhateverTheThreads() throws IOException {
    Path file = Files.writeString(tmp.resolve("voles.yaml"), FILE);
    CommandOutput one = CommandOutput.of("run", file.toString(), "--out", tmp.resolve("one").toString(), "--threads", "1");
    CommandOutput two = CommandOutput.of("run", file.toString(), "--out", tmp.resolve("two").toString(), "--threads", "2");
    assertThat(one.code()).as(one.err()).isZero();
    assertThat(two.code()).as(two.err()).isZero();
    List<String> animals = Files.readAllLines(tmp.resolve("one/partner_preference.csv"));
    assertThat(animals.getFirst()).isEqualTo("group,genotype,partner,cohousing_min,test_min,d2_blockade,n,animal,"
        + "partner_min,stranger_min,preference_pct");
    assertThat(animals).hasSize(1 + 2 * 12);
    assertThat(animals.subList(1, 13)).allMatch(l -> l.startsWith("0,WT,peer,360.0,"));
    assertThat(animals.subList(13, 25)).allMatch(l -> l.startsWith("1,WT,peer,1440.0,"));
    for (String line : animals.subList(1, 25)) {
      String[] c = line.split(",");
      double partner = Double.parseDouble(c[8]);
      double stranger = Double.parseDouble(c[9]);
      double expected = partner + stranger == 0 ? 50 : 100 * partner / (partner + stranger);
      // the score is computed from the same two doubles, so only rounding of the division differs
      assertThat(Double.parseDouble(c[10])).isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-12));
    }
    for (String name : List.of("partner_preference.csv", "groups.csv", "experiment.yaml")) {
      assertThat(Files.readString(tmp.resolve("two").resolve(name))).as(name).isEqualTo(Files.readString(tmp.resolve("one").resolve(name)));
    }
    assertThat(Files.readAllLines(tmp.resolve("one/groups.csv"))).hasSize(1 + 2 * 3);
    assertThat(one.out()).contains("2 groups, 24 animals").contains("partner_preference group 1 (genotype=WT partner=peer"
        + " cohousing_min=1440.0").contains("preference_pct").contains("against 50: t(11)");
  }

  @Test
  void scanRefusesAnAssayFile() throws IOException {
    Path file = Files.writeString(tmp.resolve("voles.yaml"), FILE);
    CommandOutput r = CommandOutput.of("scan", file.toString(), "--out", tmp.resolve("s").toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("use 'limbic run'");
    assertThat(tmp.resolve("s")).doesNotExist();
  }

  @Test
  void anAssayRunIsRecordedInTheCatalogAsKindAssay() throws IOException {
    Path file = Files.writeString(tmp.resolve("voles.yaml"), FILE);
    Path catalog = tmp.resolve("catalog.duckdb");
    CommandOutput r = CommandOutput.of("run", file.toString(), "--out", tmp.resolve("o").toString(), "--catalog", catalog.toString(),
        "--run-id", "voles-1");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("run voles-1 recorded in the catalog");
    CommandOutput list = CommandOutput.of("runs", "list", "--catalog", catalog.toString());
    assertThat(list.out()).contains("voles-1").contains("assay");
    // the catalog summarizes each group's 12 animals, not one number per group
    CommandOutput sql = CommandOutput.of("runs", "sql", "SELECT metric, n FROM metrics WHERE run_id = 'voles-1'"
        + " AND metric = 'partner_preference[1].preference_pct'", "--catalog", catalog.toString());
    assertThat(sql.out()).as(sql.err()).contains("partner_preference[1].preference_pct").contains("12");
    CommandOutput again = CommandOutput.of("run", file.toString(), "--out", tmp.resolve("o2").toString(), "--catalog",
        catalog.toString(), "--run-id", "voles-1");
    assertThat(again.code()).as("an id the catalog has").isEqualTo(2);
    assertThat(again.err()).contains("already in the catalog");
    assertThat(tmp.resolve("o2")).doesNotExist();
    CommandOutput rerun = CommandOutput.of("runs", "rerun", "voles-1", "--catalog", catalog.toString());
    assertThat(rerun.code()).isEqualTo(2);
    assertThat(rerun.err()).contains("run voles-1 is an assay, which runs rerun does not re-run");
  }
}
