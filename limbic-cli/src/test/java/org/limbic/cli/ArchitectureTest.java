package org.limbic.cli;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The house's shape, read from the compiled classes of every module the root pom lists (as jdeps
 * would): no package cycle inside any module, and no package split between two modules. It runs in
 * this module because the reactor builds every other module before it (limbic-bench through a
 * test-scope dependency).
 */
class ArchitectureTest {

  private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
  private static final Map<String, JavaClasses> MODULES = new TreeMap<>();

  @BeforeAll
  static void importEveryModule() throws IOException {
    for (String module : modules()) {
      Path classes = ROOT.resolve(module).resolve("target/classes");
      assertThat(classes).as("compiled classes of module %s (the reactor builds it before limbic-cli's tests)", module)
          .isDirectory();
      MODULES.put(module, new ClassFileImporter().importPath(classes));
    }
  }

  /** The modules of the root pom.xml, so that a module added later is checked without editing this test. */
  private static List<String> modules() throws IOException {
    Matcher m = Pattern.compile("<module>([^<]+)</module>").matcher(Files.readString(ROOT.resolve("pom.xml")));
    List<String> modules = new ArrayList<>();
    while (m.find()) {
      modules.add(m.group(1).trim());
    }
    assertThat(modules).as("modules of %s", ROOT.resolve("pom.xml")).contains("limbic-core", "limbic-cli");
    return modules;
  }

  @Test
  void noModuleHasAPackageCycle() {
    MODULES.forEach((module, classes) -> {
      assertThat(classes).as("classes of %s", module).isNotEmpty();
      slices().matching("org.limbic.(**)").namingSlices("$1").should().beFreeOfCycles()
          .because("packages of " + module + " must depend on each other one way only").check(classes);
    });
  }

  @Test
  void noPackageIsSplitBetweenModules() {
    Map<String, Set<String>> modulesOfPackage = new TreeMap<>();
    MODULES.forEach((module, classes) -> {
      for (JavaClass c : classes) {
        modulesOfPackage.computeIfAbsent(c.getPackageName(), p -> new TreeSet<>()).add(module);
      }
    });
    Map<String, Set<String>> split = new TreeMap<>(modulesOfPackage);
    split.values().removeIf(modules -> modules.size() < 2);
    assertThat(split).as("packages declared in more than one module").isEmpty();
  }
}
