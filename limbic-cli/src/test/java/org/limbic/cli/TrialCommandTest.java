package org.limbic.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrialCommandTest {

  @TempDir
  Path tmp;

  private static final String TRIAL = """
      name: small
      model: gutbrain
      population: mdd-incomplete-responders
      patients: 100
      randomization: {kind: block, block: 4}
      visits: [0, 4, 8, 12]
      attrition: {dropout_per_week: 0.02}
      arms:
        - name: probiotic
          treatments:
            - {kind: ssri, from: -8}
            - {kind: probiotic, from: 0, to: 12, parameters: {cfuPerDay: 8.0e9}}
        - name: placebo
          treatments:
            - {kind: ssri, from: -8}
            - {kind: placebo, from: 0, to: 12}
      endpoints:
        - {name: HAMD17, lower_is_better: true, remission_at_or_below: 7}
        - {name: IL6}
      analysis: {primary: HAMD17, control: placebo}
      """;

  private CommandOutput run(String text, String... args) throws Exception {
    Path file = tmp.resolve("trial.yaml");
    Files.writeString(file, text);
    String[] all = new String[args.length + 2];
    all[0] = "trial";
    all[1] = file.toString();
    System.arraycopy(args, 0, all, 2, args.length);
    return CommandOutput.of(all);
  }

  @Test
  void streamsATrialToCsvAndParquetAndSummarizesIt() throws Exception {
    Path dir = tmp.resolve("out");
    CommandOutput r = run(TRIAL, "--patients", "60", "--threads", "2", "--out", dir.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("randomized 60").contains("probiotic: n = ").contains("heap after GC");
    assertThat(Files.readAllLines(dir.resolve("participants.csv"))).hasSize(61);
    assertThat(dir.resolve("visits.parquet")).exists();
    assertThat(Files.readAllLines(dir.resolve("visits.csv")).getFirst()).isEqualTo("patient,arm,week,HAMD17,IL6");
  }

  /** The shipped gut-brain N-of-1 series (probiotic vs placebo, ABAB/ABBA..., on an ongoing SSRI) runs through limbic trial. */
  @Test
  void runsAnNOfOneSeriesWithItsOwnAnalysis() throws Exception {
    String text;
    try (var in = TrialCommandTest.class.getResourceAsStream("/org/limbic/models/gutbrain/trials/probiotic-n-of-1.yaml")) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Path dir = tmp.resolve("n-of-1");
    CommandOutput r = run(text, "--threads", "2", "--out", dir.toString());
    assertThat(r.code()).as(r.err()).isZero();
    String printed = r.out();
    assertThat(printed).contains("N-of-1 series probiotic-n-of-1: 30 patients").contains("series: mean probiotic - placebo on HAMD17")
        .contains("patients whose own 95 % interval favours probiotic");
    System.out.print(printed);
    java.util.List<String> rows = Files.readAllLines(dir.resolve("n-of-1.csv"));
    assertThat(rows).hasSize(31);
    assertThat(rows.getFirst()).isEqualTo("patient,order,A1,A2,B1,B2,difference,lower,upper");
  }

  @Test
  void aFaultyTrialFileIsBadInputWithItsLocation() throws Exception {
    CommandOutput r = run(TRIAL.replace("kind: probiotic", "kind: probiotics"), "--out", tmp.resolve("bad").toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith("limbic trial: ").contains("trial.yaml:12:").contains("unknown treatment 'probiotics'");
    assertThat(tmp.resolve("bad")).doesNotExist();
  }

  @Test
  void noThreadsIsBadInput() throws Exception {
    CommandOutput r = run(TRIAL, "--threads", "0", "--out", tmp.resolve("none").toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("limbic trial: threads must be >= 1, got 0");
  }
}
