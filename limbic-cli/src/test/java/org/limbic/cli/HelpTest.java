package org.limbic.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue #15 item 8: {@code limbic check --help} printed six {@code [picocli WARN]} lines from an unescaped '%'. */
class HelpTest {

  @Test
  void everyCommandsHelpPrintsWithoutWarnings() throws Exception {
    String java = ProcessHandle.current().info().command().orElse(System.getProperty("java.home") + "/bin/java");
    Process p = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"), "--enable-native-access=ALL-UNNAMED",
        EveryUsage.class.getName())).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as(output).isZero();
    assertThat(output).contains("== limbic check", "== limbic profile", "== limbic bench scan")
        // the escaped '%%' prints as one '%'
        .doesNotContain("[picocli WARN]").doesNotContain("%%")
        .contains("with its 95 % interval", "95 % confidence intervals");
  }
}
