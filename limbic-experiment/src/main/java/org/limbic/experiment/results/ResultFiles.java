package org.limbic.experiment.results;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The result files of one experiment, streamed in parts: {@link #write} appends one unit's rows
 * (already formatted, see {@link UnitRows}) to the current part's CSV of each table, so memory does
 * not grow with the number of runs. {@link #cutPart} ends a part and returns its {@link Part}, whose
 * {@link Part#convert} (on any thread, in any order with the other parts) copies the part's rows to
 * their place in {@code <table>.csv} and converts them to a part Parquet file ({@link CsvToParquet});
 * so the conversion runs while later units are still being simulated. {@link #finish} then joins
 * each table's part Parquet files into {@code <table>.parquet} without re-encoding
 * ({@link ParquetConcatenation}) and removes the parts.
 *
 * <p>Where the parts are cut is the caller's choice; for files that do not depend on the thread
 * count, it must not depend on it either. Every {@code <table>.csv} is one file, header then every
 * part's rows in order: the same bytes as if it had been written in one piece.
 */
public final class ResultFiles implements Closeable {

  /** File name (without extension) → column name → DuckDB type, in column order. */
  public static final Map<String, List<Column>> TABLES = tables();

  /** A CSV/Parquet column. */
  public record Column(String name, String type) {
  }

  private static Map<String, List<Column>> tables() {
    Column run = new Column("run", "VARCHAR");
    Column subject = new Column("subject", "INTEGER");
    Column replicate = new Column("replicate", "INTEGER");
    Column value = new Column("value", "DOUBLE");
    var t = new java.util.LinkedHashMap<String, List<Column>>();
    t.put("timecourses", List.of(run, subject, replicate, new Column("time", "DOUBLE"), new Column("variable", "VARCHAR"), value));
    t.put("metrics", List.of(run, subject, replicate, new Column("metric", "VARCHAR"), value));
    t.put("parameters", List.of(subject, new Column("parameter", "VARCHAR"), value));
    t.put("failures", List.of(run, subject, replicate, new Column("time", "DOUBLE"), new Column("message", "VARCHAR")));
    return java.util.Collections.unmodifiableMap(t);
  }

  /** Where the parts are written, inside the results directory; removed by {@link #finish}. */
  static final String PARTS = ".parts";

  private final Path directory;
  private final Path parts;
  private final List<String> tables = List.copyOf(TABLES.keySet());
  /** Bytes of each {@code <table>.csv} laid out so far: the header and every part cut. */
  private final long[] laidOut = new long[tables.size()];
  private final AtomicInteger converted = new AtomicInteger();
  private BufferedWriter[] current;
  private int cut;

  public ResultFiles(Path directory) throws IOException {
    this.directory = directory;
    this.parts = Files.createDirectory(directory.resolve(PARTS));
    for (int t = 0; t < tables.size(); t++) {
      String header = String.join(",", TABLES.get(tables.get(t)).stream().map(Column::name).toList()) + "\n";
      byte[] bytes = header.getBytes(StandardCharsets.UTF_8);
      Files.write(csv(t), bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
      laidOut[t] = bytes.length;
    }
  }

  private Path csv(int table) {
    return directory.resolve(tables.get(table) + ".csv");
  }

  private Path partFile(int table, int part, String extension) {
    return parts.resolve(tables.get(table) + "-" + part + extension);
  }

  public void write(UnitRows rows) throws IOException {
    if (current == null) {
      current = new BufferedWriter[tables.size()];
      for (int t = 0; t < tables.size(); t++) {
        current[t] = Files.newBufferedWriter(partFile(t, cut, ".csv"), StandardCharsets.UTF_8);
      }
    }
    // in TABLES order
    current[0].write(rows.timecourses());
    current[1].write(rows.metrics());
    current[2].write(rows.parameters());
    current[3].write(rows.failures());
  }

  /**
   * Ends the part being written (an empty one if nothing was written since the last cut) and lays
   * out where its rows go in each {@code <table>.csv}.
   */
  public Part cutPart() throws IOException {
    if (current == null) {
      write(new UnitRows("", "", "", ""));
    }
    close();
    long[] offsets = new long[tables.size()];
    long[] lengths = new long[tables.size()];
    for (int t = 0; t < tables.size(); t++) {
      offsets[t] = laidOut[t];
      lengths[t] = Files.size(partFile(t, cut, ".csv"));
      laidOut[t] += lengths[t];
    }
    return new Part(cut++, offsets, lengths);
  }

  /** One part of every table, its rows written and its place in each CSV fixed. */
  public final class Part {
    private final int index;
    /** Where its rows start in each {@code <table>.csv}, and their bytes, in {@link #TABLES} order. */
    private final long[] offsets;
    private final long[] lengths;

    private Part(int index, long[] offsets, long[] lengths) {
      this.index = index;
      this.offsets = offsets;
      this.lengths = lengths;
    }

    public int index() {
      return index;
    }

    /**
     * Copies this part's rows into place in each {@code <table>.csv} (positioned writes: parts may
     * do this in any order, on any threads) and converts them to the table's part Parquet file.
     * A table with no rows in this part gets no part file, except in part 0, which carries the
     * schema even of a table that stays empty.
     */
    public void convert() throws IOException {
      for (int t = 0; t < tables.size(); t++) {
        Path rows = partFile(t, index, ".csv");
        try (FileChannel from = FileChannel.open(rows, StandardOpenOption.READ);
             FileChannel to = FileChannel.open(csv(t), StandardOpenOption.WRITE)) {
          for (long done = 0; done < lengths[t]; ) {
            long n = to.transferFrom(from, offsets[t] + done, lengths[t] - done);
            if (n <= 0) {
              throw new IOException("copying " + rows + " into " + csv(t) + " stopped after " + done + " of " + lengths[t] + " bytes");
            }
            done += n;
          }
        }
        if (lengths[t] > 0 || index == 0) {
          CsvToParquet.convert(rows, TABLES.get(tables.get(t)), partFile(t, index, ".parquet"));
        }
        Files.delete(rows);
      }
      converted.incrementAndGet();
    }
  }

  /**
   * Joins each table's part Parquet files into {@code <table>.parquet} and removes the parts. Every
   * part cut must have been converted.
   */
  public void finish() throws IOException {
    if (current != null || converted.get() != cut) {
      throw new IllegalStateException((current != null ? "a part is still being written; " : "") + converted.get() + " of "
          + cut + " parts converted: cut and convert every part before finishing");
    }
    for (int t = 0; t < tables.size(); t++) {
      List<Path> parquetParts = new ArrayList<>();
      for (int p = 0; p < cut; p++) {
        Path part = partFile(t, p, ".parquet");
        if (Files.exists(part)) {
          parquetParts.add(part);
        }
      }
      ParquetConcatenation.concatenate(parquetParts, directory.resolve(tables.get(t) + ".parquet"));
      for (Path part : parquetParts) {
        Files.delete(part);
      }
    }
    Files.delete(parts);
  }

  /** Closes the current part's files (each even if another fails); on failure the caller discards the directory. */
  @Override
  public void close() throws IOException {
    if (current == null) {
      return;
    }
    BufferedWriter[] open = current;
    current = null;
    try (BufferedWriter a = open[0]; BufferedWriter b = open[1]; BufferedWriter c = open[2]; BufferedWriter d = open[3]) {
      // closed in reverse order, each even if another fails
    }
  }
}
