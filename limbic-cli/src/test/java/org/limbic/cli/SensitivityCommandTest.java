package org.limbic.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code limbic sensitivity} as a user sees it, on docs/examples/ishigami-sobol.yaml (the indices are IshigamiSensitivityTest's). */
class SensitivityCommandTest {

  private static final Path EXAMPLE = Path.of("..", "docs", "examples", "ishigami-sobol.yaml");

  @TempDir
  Path dir;

  @Test
  void writesTheTidyIndicesAndTheReport() throws Exception {
    Path out = dir.resolve("gsa");
    CommandOutput r = CommandOutput.of("sensitivity", EXAMPLE.toString(), "--samples", "512", "--threads", "2", "--out", out.toString());
    assertThat(r.code()).as(r.err()).isZero();
    List<String> lines = Files.readAllLines(out.resolve("indices.csv"));
    assertThat(lines.getFirst()).isEqualTo("parameter,metric,index,value,ci_low,ci_high");
    assertThat(lines).hasSize(1 + 4 * 2); // x1 … x4, S1 and ST each
    assertThat(lines.get(1)).startsWith("x1,y,S1,");
    assertThat(out.resolve("report").resolve("index.html")).exists();
    assertThat(out.resolve("experiment.yaml")).hasSameTextualContentAs(EXAMPLE);
    assertThat(r.out()).contains("sensitivity ishigami-sobol: sobol, 512 samples, 3072 runs (seed 1) on 2 threads");
  }

  @Test
  void morrisFromTheCommandLine() throws Exception {
    Path out = dir.resolve("morris");
    CommandOutput r = CommandOutput.of("sensitivity", EXAMPLE.toString(), "--method", "morris", "--samples", "20", "--seed", "4",
        "--out", out.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(Files.readString(out.resolve("indices.csv"))).contains("x4,y,mu_star,0.0,0.0,0.0");
  }

  @Test
  void badInputIsExitTwoAndWritesNothing() throws Exception {
    Path out = dir.resolve("none");
    CommandOutput r = CommandOutput.of("sensitivity", EXAMPLE.toString(), "--samples", "1", "--out", out.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("samples (N) >= 2");
    assertThat(out).doesNotExist();

    Path plain = dir.resolve("plain.yaml");
    Files.writeString(plain, "model: ishigami\ntime: {times: [0, 1]}\n");
    r = CommandOutput.of("sensitivity", plain.toString(), "--out", out.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains(plain + ":1:1: the experiment file has no 'sensitivity' section");
    r = CommandOutput.of("sensitivity", EXAMPLE.toString(), "--method", "sobel", "--out", out.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--method sobel: unknown; use sobol or morris");
    assertThat(out).doesNotExist();
  }
}
