package org.limbic.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

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

  private int run(String text, ByteArrayOutputStream out, ByteArrayOutputStream err, String... args) throws Exception {
    Path file = tmp.resolve("trial.yaml");
    Files.writeString(file, text);
    TrialCommand command = new TrialCommand();
    String[] all = new String[args.length + 1];
    all[0] = file.toString();
    System.arraycopy(args, 0, all, 1, args.length);
    new CommandLine(command).parseArgs(all);
    return command.execute(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void streamsATrialToCsvAndParquetAndSummarizesIt() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Path dir = tmp.resolve("out");
    int code = run(TRIAL, out, err, "--patients", "60", "--threads", "2", "--out", dir.toString());
    assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("randomized 60").contains("probiotic: n = ").contains("heap after GC");
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
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Path dir = tmp.resolve("n-of-1");
    int code = run(text, out, err, "--threads", "2", "--out", dir.toString());
    assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
    String printed = out.toString(StandardCharsets.UTF_8);
    assertThat(printed).contains("N-of-1 series probiotic-n-of-1: 30 patients").contains("series: mean probiotic - placebo on HAMD17")
        .contains("patients whose own 95 % interval favours probiotic");
    System.out.print(printed);
    java.util.List<String> rows = Files.readAllLines(dir.resolve("n-of-1.csv"));
    assertThat(rows).hasSize(31);
    assertThat(rows.getFirst()).isEqualTo("patient,order,A1,A2,B1,B2,difference,lower,upper");
  }

  @Test
  void aFaultyTrialFileIsBadInputWithItsLocation() throws Exception {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = run(TRIAL.replace("kind: probiotic", "kind: probiotics"), new ByteArrayOutputStream(), err, "--out",
        tmp.resolve("bad").toString());
    assertThat(code).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("trial.yaml:12:").contains("unknown treatment 'probiotics'");
    assertThat(tmp.resolve("bad")).doesNotExist();
  }
}
