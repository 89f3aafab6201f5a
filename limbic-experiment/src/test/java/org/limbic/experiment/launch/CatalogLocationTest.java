package org.limbic.experiment.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issue #15 item 10: one catalog per user, found the same from every folder. */
class CatalogLocationTest {

  private static final Path HOME = Path.of("/home/someone");

  @Test
  void limbicCatalogNamesTheFile() {
    assertThat(CatalogLocation.defaultCatalog(Map.of("LIMBIC_CATALOG", "/data/team.duckdb", "XDG_DATA_HOME", "/xdg"), HOME))
        .isEqualTo(Path.of("/data/team.duckdb"));
  }

  @Test
  void elseTheXdgDataDirectoryHoldsIt() {
    assertThat(CatalogLocation.defaultCatalog(Map.of("XDG_DATA_HOME", "/xdg"), HOME))
        .isEqualTo(Path.of("/xdg/limbic/limbic-runs.duckdb"));
    assertThat(CatalogLocation.defaultCatalog(Map.of("LIMBIC_CATALOG", " "), HOME))
        .isEqualTo(Path.of("/home/someone/.local/share/limbic/limbic-runs.duckdb"));
    // the XDG Base Directory specification: a relative path is invalid and is ignored
    assertThat(CatalogLocation.defaultCatalog(Map.of("XDG_DATA_HOME", "relative/dir"), HOME))
        .isEqualTo(Path.of("/home/someone/.local/share/limbic/limbic-runs.duckdb"));
  }

  @Test
  void resultsGoToRunsBesideTheCatalog() {
    assertThat(CatalogLocation.resultsRoot(Path.of("/xdg/limbic/limbic-runs.duckdb"))).isEqualTo(Path.of("/xdg/limbic/runs"));
  }

  /** The build points XDG_DATA_HOME into target/ and drops LIMBIC_CATALOG, so that no test records into a user's catalog. */
  @Test
  void testsNeverWriteIntoTheRealCatalog() {
    assertThat(CatalogLocation.defaultCatalog().toAbsolutePath().normalize())
        .startsWithRaw(Path.of("target").toAbsolutePath());
  }
}
