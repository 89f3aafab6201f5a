package org.limbic.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue #15 item 9: {@code ./limbic} (and {@code ./run-tests}) linked from a folder on PATH looked
 * for {@code scripts/java-env.sh} beside the link. The real scripts run here in a copy of the
 * checkout whose {@code java-env.sh} and {@code mvn} are stand-ins that say how they were called,
 * so nothing is built: a run through a link, and through a link to that link, must reach them.
 */
class LauncherScriptTest {

  /** The checkout: tests run in the module's directory. */
  private static final Path ROOT = Path.of("").toAbsolutePath().getParent();

  @TempDir
  Path tmp;

  @ParameterizedTest
  @ValueSource(strings = {"limbic", "run-tests"})
  void runsThroughASymbolicLinkOnPath(String script) throws Exception {
    Path checkout = Files.createDirectories(tmp.resolve("checkout"));
    Files.copy(ROOT.resolve(script), checkout.resolve(script), StandardCopyOption.COPY_ATTRIBUTES);
    Path fakeJava = executable(checkout.resolve("jdk/bin/java"), "echo \"java $*\"");
    executable(checkout.resolve("maven/mvn"), "echo \"mvn in $(pwd -P): $*\"");
    Files.writeString(Files.createDirectories(checkout.resolve("scripts")).resolve("java-env.sh"),
        "export JAVA_HOME='" + fakeJava.getParent().getParent() + "'\nexport PATH='" + checkout.resolve("maven") + "':\"$PATH\"\n");
    Files.createDirectories(checkout.resolve("limbic-cli/target"));
    Files.writeString(checkout.resolve("limbic-cli/target/limbic.jar"), "a built jar, newer than any source");
    Path bin = Files.createDirectories(tmp.resolve("bin"));
    Files.createSymbolicLink(bin.resolve("linked"), checkout.resolve(script));
    Files.createSymbolicLink(bin.resolve(script), Path.of("linked"));   // relative, and a link to a link

    ProcessBuilder pb = new ProcessBuilder(List.of("bash", "-c", script + " --version")).directory(tmp.toFile()).redirectErrorStream(true);
    Map<String, String> env = pb.environment();
    env.put("PATH", bin + ":" + env.get("PATH"));   // found there by the shell, as a user's would
    Process p = pb.start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as(output).isZero();
    Path real = checkout.toRealPath();
    assertThat(output).contains(script.equals("limbic") ? "-jar " + real.resolve("limbic-cli/target/limbic.jar") + " --version"
        : "mvn in " + real + ": -B -ntp verify --version");
  }

  private static Path executable(Path file, String body) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, "#!/usr/bin/env bash\n" + body + "\n");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    return file;
  }
}
