package org.limbic.experiment.results;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A range of consecutive units' rows of every table, as CSV bytes and already converted to a Parquet
 * part: what a distributed engine's executor hands back, so that the driver only appends bytes
 * ({@link ResultFiles#append}). The conversion is the writer's costliest step; done beside the
 * simulations, on every executor, it no longer caps a run at what one driver thread converts.
 *
 * @param csv per table ({@link ResultFiles#TABLES} order) the rows, UTF-8, without a header
 * @param parquet per table the rows as a Parquet file, null for a table without rows in this range
 *     (except in the first range, whose files carry the schema of a table that stays empty)
 */
public record ConvertedRange(byte[][] csv, byte[][] parquet) implements Serializable {

  private static final long serialVersionUID = 1L;

  public ConvertedRange {
    if (csv.length != ResultFiles.TABLES.size() || parquet.length != csv.length) {
      throw new IllegalArgumentException("a range carries " + ResultFiles.TABLES.size() + " tables, not " + csv.length);
    }
  }

  /**
   * Joins the units' rows table by table and converts each table's rows to Parquet, in a temporary
   * directory of its own (removed before returning), on the calling thread.
   *
   * @param first whether this is the experiment's first range: its tables get a Parquet file even without rows
   */
  public static ConvertedRange of(List<UnitRows> units, boolean first) {
    int tables = ResultFiles.TABLES.size();
    StringBuilder[] text = new StringBuilder[tables];
    for (int t = 0; t < tables; t++) {
      text[t] = new StringBuilder();
    }
    for (UnitRows rows : units) {
      for (int t = 0; t < tables; t++) {
        text[t].append(rows.table(t));
      }
    }
    byte[][] csv = new byte[tables][];
    byte[][] parquet = new byte[tables][];
    Path dir = null;
    try {
      dir = Files.createTempDirectory("limbic-range");
      int t = 0;
      for (var table : ResultFiles.TABLES.entrySet()) {
        csv[t] = text[t].toString().getBytes(StandardCharsets.UTF_8);
        text[t] = null;
        if (csv[t].length > 0 || first) {
          Path rows = Files.write(dir.resolve(table.getKey() + ".csv"), csv[t]);
          Path part = dir.resolve(table.getKey() + ".parquet");
          CsvToParquet.convert(rows, table.getValue(), part);
          parquet[t] = Files.readAllBytes(part);
        }
        t++;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("converting a range of " + units.size() + " units to Parquet: " + e.getMessage(), e);
    } finally {
      delete(dir);
    }
    return new ConvertedRange(csv, parquet);
  }

  private static void delete(Path dir) {
    if (dir == null) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // a temporary directory left behind is the system's to clean; the range itself is complete
    }
  }
}
