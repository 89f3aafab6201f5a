package org.limbic.experiment.results;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One table of the results ({@code <name>.csv} and {@code <name>.parquet}), written in parts: rows
 * go to the current part's CSV; {@link #cut} ends the part and returns it, and its
 * {@link Part#convert} (on any thread, in any order with the other parts) copies its rows to their
 * place in {@code <name>.csv} and converts them to a part Parquet file ({@link CsvToParquet}).
 * Once the last part is cut ({@code cut(true)}), the thread that converts the table's last
 * outstanding part joins the part Parquet files without re-encoding ({@link ParquetConcatenation}),
 * so a table's join too overlaps the conversion of the other tables; {@link #finish} checks it was done.
 *
 * <p>{@code <name>.csv} is the header, then every part's rows in order: the same bytes as if it had
 * been written in one piece, wherever the parts were cut.
 */
final class TableFile implements Closeable {

  private final String name;
  private final List<ResultFiles.Column> columns;
  private final Path csv;
  private final Path parquet;
  private final Path parts;
  /** Bytes of {@code <name>.csv} laid out so far: the header and every part cut. */
  private long laidOut;
  private int cut;
  private BufferedWriter current;
  private final AtomicInteger converted = new AtomicInteger();
  /** The number of parts, once the last is cut; -1 before. */
  private volatile int partCount = -1;
  private volatile boolean joined;

  /** Writes the header of {@code directory/<name>.csv}; part files go into {@code parts}. */
  TableFile(Path directory, Path parts, String name, List<ResultFiles.Column> columns) throws IOException {
    this.name = name;
    this.columns = columns;
    this.csv = directory.resolve(name + ".csv");
    this.parquet = directory.resolve(name + ".parquet");
    this.parts = parts;
    byte[] header = (String.join(",", columns.stream().map(ResultFiles.Column::name).toList()) + "\n").getBytes(StandardCharsets.UTF_8);
    Files.write(csv, header, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    this.laidOut = header.length;
  }

  private Path partFile(int part, String extension) {
    return parts.resolve(name + "-" + part + extension);
  }

  /** Appends rows (CSV lines) to the current part. */
  void write(String rows) throws IOException {
    if (current == null) {
      current = Files.newBufferedWriter(partFile(cut, ".csv"), StandardCharsets.UTF_8);
    }
    current.write(rows);
  }

  /**
   * Ends the current part (an empty one if nothing was written since the last cut) and fixes its
   * place in the CSV; {@code last}: no rows will follow.
   */
  Part cut(boolean last) throws IOException {
    if (partCount >= 0) {
      throw new IllegalStateException(name + ": a part cut after the last one");
    }
    write("");
    close();
    long length = Files.size(partFile(cut, ".csv"));
    Part part = new Part(cut++, laidOut, length);
    laidOut += length;
    if (last) {
      partCount = cut; // before the part is handed out: whoever converts the last outstanding part sees it
    }
    return part;
  }

  /** A part of this table: its rows written, their place in the CSV fixed. */
  final class Part implements ResultFiles.Part {
    private final int index;
    private final long offset;
    private final long length;

    private Part(int index, long offset, long length) {
      this.index = index;
      this.offset = offset;
      this.length = length;
    }

    @Override
    public String describe() {
      return name + " part " + index;
    }

    /**
     * Copies the rows into place in the CSV (a positioned write: parts may do this in any order, on
     * any threads) and converts them to a part Parquet file. A part without rows gets no Parquet
     * file, except part 0, which carries the schema even of a table that stays empty.
     */
    @Override
    public void convert() throws IOException {
      Path rows = partFile(index, ".csv");
      try (FileChannel from = FileChannel.open(rows, StandardOpenOption.READ);
           FileChannel to = FileChannel.open(csv, StandardOpenOption.WRITE)) {
        for (long done = 0; done < length; ) {
          long n = to.transferFrom(from, offset + done, length - done);
          if (n <= 0) {
            throw new IOException("copying " + rows + " into " + csv + " stopped after " + done + " of " + length + " bytes");
          }
          done += n;
        }
      }
      if (length > 0 || index == 0) {
        CsvToParquet.convert(rows, columns, partFile(index, ".parquet"));
      }
      Files.delete(rows);
      if (converted.incrementAndGet() == partCount) {
        join();
      }
    }
  }

  /**
   * Appends a part converted elsewhere ({@link ConvertedRange}): its rows at the end of the CSV, its
   * Parquet file (null: no rows) as the next part. Not to be mixed with {@link #write} and {@link #cut}.
   */
  void append(byte[] rows, byte[] partParquet) throws IOException {
    if (partCount >= 0 || current != null) {
      throw new IllegalStateException(name + ": a converted part appended after the last part or beside written rows");
    }
    try (FileChannel to = FileChannel.open(csv, StandardOpenOption.WRITE)) {
      ByteBuffer buffer = ByteBuffer.wrap(rows);
      for (long at = laidOut; buffer.hasRemaining(); ) {
        at += to.write(buffer, at);
      }
    }
    laidOut += rows.length;
    if (partParquet != null) {
      Files.write(partFile(cut, ".parquet"), partParquet, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    }
    cut++;
    converted.incrementAndGet();
  }

  /** After the last {@link #append}: joins the appended parts' Parquet files into {@code <name>.parquet}. */
  void joinAppended() throws IOException {
    if (cut == 0) {
      throw new IllegalStateException(name + ": no part was appended (the first carries the schema)");
    }
    partCount = cut;
    join();
  }

  /** Joins the part Parquet files into {@code <name>.parquet} and removes them. */
  private void join() throws IOException {
    List<Path> parquetParts = new ArrayList<>();
    for (int p = 0; p < partCount; p++) {
      Path part = partFile(p, ".parquet");
      if (Files.exists(part)) {
        parquetParts.add(part);
      }
    }
    ParquetConcatenation.concatenate(parquetParts, parquet);
    for (Path part : parquetParts) {
      Files.delete(part);
    }
    joined = true;
  }

  /** Checks that the last part was cut and every part converted and joined. */
  void finish() {
    if (!joined) {
      throw new IllegalStateException(name + ": " + converted.get() + " of " + cut + " parts converted"
          + (partCount < 0 ? ", the last not yet cut" : "") + "; cut the last part and convert every part before finishing");
    }
  }

  /** Closes the current part's file, if one is open. */
  @Override
  public void close() throws IOException {
    BufferedWriter open = current;
    current = null;
    if (open != null) {
      open.close();
    }
  }
}
