package org.limbic.experiment.launch;

import java.nio.file.Path;
import java.util.Map;
import org.limbic.experiment.results.RunCatalog;

/**
 * Where the run catalog is when none is named, and where a run's results go without {@code --out}:
 * one place per user, so that {@code limbic runs list} sees the runs started from any folder (they
 * were in the current directory, and each folder had a catalog of its own). {@code $LIMBIC_CATALOG}
 * names the catalog file; else it is in the user's data directory of the XDG Base Directory
 * specification, {@code $XDG_DATA_HOME/limbic}, else {@code ~/.local/share/limbic}. Results go to
 * {@code runs/RUN_ID} beside the catalog that records them.
 */
public final class CatalogLocation {

  /** The environment variable naming the catalog file. */
  public static final String CATALOG_VARIABLE = "LIMBIC_CATALOG";
  /** The same default in words, for help texts. */
  public static final String DEFAULT_IN_WORDS = "$" + CATALOG_VARIABLE + ", else $XDG_DATA_HOME/limbic/" + RunCatalog.DEFAULT_FILE
      + ", else ~/.local/share/limbic/" + RunCatalog.DEFAULT_FILE;

  private CatalogLocation() {
  }

  /** The catalog for this process's environment and home directory. */
  public static Path defaultCatalog() {
    return defaultCatalog(System.getenv(), Path.of(System.getProperty("user.home")));
  }

  /** The catalog for {@code env}; a relative XDG_DATA_HOME is ignored, as the specification says. */
  static Path defaultCatalog(Map<String, String> env, Path home) {
    String named = env.get(CATALOG_VARIABLE);
    if (named != null && !named.isBlank()) {
      return Path.of(named);
    }
    String xdg = env.get("XDG_DATA_HOME");
    Path data = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg) : home.resolve(".local/share");
    return data.resolve("limbic").resolve(RunCatalog.DEFAULT_FILE);
  }

  /** Where the results of runs recorded in {@code catalogFile} go when no directory is given. */
  public static Path resultsRoot(Path catalogFile) {
    return catalogFile.toAbsolutePath().normalize().resolveSibling("runs");
  }
}
