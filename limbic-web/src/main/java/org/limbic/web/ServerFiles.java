package org.limbic.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.limbic.experiment.file.ModelResolver;
import org.limbic.experiment.spec.ModelRef;
import org.limbic.model.Model;
import org.limbic.sbml.SbmlModels;

/**
 * The only files the server touches: one private directory (owner-only, made at start, removed at
 * stop) holding {@code uploads/} (SBML files sent to it, each under a name the server made) and
 * {@code runs/} (each run's results). No request names a path: requests name ids the server made,
 * looked up in its own tables, so no id, however written, reaches the file system.
 */
final class ServerFiles implements AutoCloseable {

  /** What ids the server makes look like: a letter and 16 hex digits. Anything else is refused before any lookup. */
  static final Pattern ID = Pattern.compile("[ru][0-9a-f]{16}");

  private static final SecureRandom RANDOM = new SecureRandom();

  private final Path root;
  private final Path uploads;
  private final Path runs;
  /** upload id → its file and the name the user gave it (for messages). */
  private final Map<String, Upload> uploaded = new ConcurrentHashMap<>();

  record Upload(String id, Path file, String name, Model model) {
  }

  ServerFiles() {
    try {
      root = Files.createTempDirectory("limbic-serve-", PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
      uploads = Files.createDirectory(root.resolve("uploads"));
      runs = Files.createDirectory(root.resolve("runs"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the server's private directory: " + e.getMessage(), e);
    }
  }

  Path root() {
    return root;
  }

  /** The directory experiment text is read against: an SBML model is named by its upload's file name ({@code {sbml: u….xml}}). */
  Path uploads() {
    return uploads;
  }

  /** {@code message} without the private directory's paths: an upload is named by its file name, as experiment text names it. */
  String withoutPrivatePaths(String message) {
    return message.replace(uploads + "/", "").replace(uploads.toString(), "(the uploads)").replace(root + "/", "")
        .replace(root.toString(), "(the server's directory)");
  }

  /** A fresh id: {@code prefix} and 16 random hex digits. */
  static String newId(char prefix) {
    byte[] bytes = new byte[8];
    RANDOM.nextBytes(bytes);
    return prefix + HexFormat.of().formatHex(bytes);
  }

  /** Where run {@code id} (one this server made) writes its results: a directory that does not exist yet. */
  Path runDirectory(String id) {
    return runs.resolve(requireId(id));
  }

  /**
   * Keeps an SBML upload: written under a new name in the private directory, then imported (the
   * importer needs a file); refused and removed if it does not import, with the importer's located
   * message naming the user's {@code name}, not the server's path.
   */
  Upload upload(byte[] sbml, String name) {
    String id = newId('u');
    Path file = uploads.resolve(id + ".xml");
    try {
      Files.write(file, sbml);
      Model model = SbmlModels.load(file);
      Upload upload = new Upload(id, file, name, model);
      uploaded.put(id, upload);
      return upload;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot keep the upload: " + e.getMessage(), e);
    } catch (RuntimeException e) {
      deleteQuietly(file);
      throw Messages.renamed(e, file.toString(), name);
    }
  }

  Optional<Upload> upload(String id) {
    return ID.matcher(id).matches() ? Optional.ofNullable(uploaded.get(id)) : Optional.empty();
  }

  /**
   * Built-in models, and SBML files only if uploaded here: experiment text sent to the server may
   * name no other file ({@code {sbml: /etc/passwd}} or {@code ../x.xml} are refused, never read).
   */
  ModelResolver models() {
    ModelResolver builtIns = ModelResolver.builtIns();
    ModelResolver resolver = ref -> switch (ref) {
      case ModelRef.BuiltIn b -> builtIns.resolve(b);
      case ModelRef.Sbml s -> Optional.of(uploadedAt(s.file()).orElseThrow(() -> new IllegalArgumentException(refusal(s.file()))).model());
    };
    // refused before the experiment reader looks at the path: it would otherwise say whether the file exists
    return resolver.refusing(file -> uploadedAt(file).isPresent() ? Optional.empty() : Optional.of(refusal(file)));
  }

  private Optional<Upload> uploadedAt(Path file) {
    Path normal = file.toAbsolutePath().normalize();
    if (normal.getParent() != null && normal.getParent().equals(uploads)) {
      String name = normal.getFileName().toString();
      return name.endsWith(".xml") ? upload(name.substring(0, name.length() - 4)) : Optional.empty();
    }
    return Optional.empty();
  }

  private static String refusal(Path file) {
    return "this server runs only SBML files uploaded to it ({sbml: ID.xml} with the id the upload returned), not "
        + file.getFileName() + "; upload the file first";
  }

  static String requireId(String id) {
    if (id == null || !ID.matcher(id).matches()) {
      throw new NotFoundException("no such id here: ids are a letter and 16 hex digits that this server gave out");
    }
    return id;
  }

  /** Removes a directory under the private root (a forgotten run's results). */
  void delete(Path dir) {
    Path normal = dir.toAbsolutePath().normalize();
    if (!normal.startsWith(root) || normal.equals(root)) {
      throw new IllegalStateException(dir + " is not in the server's directory " + root);
    }
    deleteTree(normal);
  }

  private static void deleteTree(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> all = Files.walk(dir)) {
      all.sorted(Comparator.reverseOrder()).forEach(ServerFiles::deleteQuietly);
    } catch (IOException e) {
      // already gone
    }
  }

  @Override
  public void close() {
    deleteTree(root);
  }

  static void deleteQuietly(Path p) {
    try {
      Files.deleteIfExists(p);
    } catch (IOException e) {
      // a file left in the private temp directory; the next close or the system's temp cleaning removes it
    }
  }
}
