package org.limbic.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code limbic profile} end to end on a problem whose verdicts are known: y = A exp(-k t) measured
 * 1.0 at t = 0, 0.02 at t = 1, 0 at t = 2 and 4 (sigma 0.1). A is fixed by t = 0 (identifiable);
 * any decay faster than about k = 4 fits as well, so k's profile is open above.
 */
class ProfileCommandTest {

  @TempDir
  Path tmp;

  private Path problem() throws IOException {
    return DecayProblem.write(tmp);
  }

  private static final List<String> DETERMINISTIC = List.of(ProfileTables.BEST, ProfileTables.PROFILES, ProfileTables.PATHS,
      ProfileTables.SUMMARY);

  @Test
  void writesProfilesSummaryAndReportTheSameOnOneAndTwoThreadsAndFromAFitDirectory() throws IOException {
    String yaml = problem().toString();
    Path one = tmp.resolve("one");
    CommandOutput first = CommandOutput.of("profile", yaml, "--out", one.toString(), "--starts", "4", "--seed", "3",
        "--threads", "1");
    assertThat(first.code()).as(first.err()).isEqualTo(ExitCodes.OK);
    assertThat(first.out()).containsPattern("(?m)^A +lin .*CI \\[[0-9.]+, [0-9.]+\\] +identifiable")
        .containsPattern("(?m)^k +log10 .*CI \\[[0-9.]+, inf\\] +practically non-identifiable \\(open above\\)");
    List<String> summary = Files.readAllLines(one.resolve(ProfileTables.SUMMARY));
    assertThat(summary).hasSize(3);
    assertThat(summary.get(1)).startsWith("A,lin,").contains(",identifiable,none,crossed,crossed,");
    assertThat(summary.get(2)).startsWith("k,log10,").contains(",inf,", ",practically_non_identifiable,upper,crossed,bound,");
    String html = Files.readString(one.resolve("report/index.html"));
    assertThat(html).contains("<table class=\"data\">", "practically non-identifiable (open above)", "χ²(1, 0.95)/2 = 1.920729");
    try (var figures = Files.list(one.resolve("report/figures"))) {
      assertThat(figures.filter(f -> f.toString().endsWith(".png")).count()).isEqualTo(2);
    }

    Path two = tmp.resolve("two");
    CommandOutput second = CommandOutput.of("profile", yaml, "--out", two.toString(), "--starts", "4", "--seed", "3",
        "--threads", "2");
    assertThat(second.code()).as(second.err()).isEqualTo(ExitCodes.OK);
    Path from = tmp.resolve("from");
    CommandOutput third = CommandOutput.of("profile", yaml, "--out", from.toString(), "--from", one.toString(), "--threads", "2");
    assertThat(third.code()).as(third.err()).isEqualTo(ExitCodes.OK);
    for (String file : DETERMINISTIC) {
      assertThat(Files.readString(two.resolve(file))).as(file + " on 2 threads").isEqualTo(Files.readString(one.resolve(file)));
      assertThat(Files.readString(from.resolve(file))).as(file + " --from").isEqualTo(Files.readString(one.resolve(file)));
    }
  }

  @Test
  void aFitDirectoryWithoutBestTsvIsRefusedAndNothingIsWritten() throws IOException {
    String yaml = problem().toString();
    Path empty = Files.createDirectory(tmp.resolve("not-a-fit"));
    Path out = tmp.resolve("out");
    CommandOutput r = CommandOutput.of("profile", yaml, "--out", out.toString(), "--from", empty.toString());
    assertThat(r.code()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(r.err()).contains("best.tsv does not exist");
    assertThat(out).doesNotExist();
  }
}
