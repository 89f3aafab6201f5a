package org.limbic.experiment.results;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.apache.parquet.format.ColumnChunk;
import org.apache.parquet.format.ColumnMetaData;
import org.apache.parquet.format.FileMetaData;
import org.apache.parquet.format.RowGroup;
import org.apache.parquet.format.Util;

/**
 * Joins Parquet files of one schema into one file without decoding them: each part's row groups
 * (and the bloom filters written after them) are copied byte for byte, and one footer lists every
 * row group with its offsets shifted to where its bytes now are.
 *
 * <p>Why: a run's results are converted to Parquet in parts while it simulates (see
 * {@link ResultFiles}); re-encoding the whole table once more at the end cost 40 % of a small-model
 * scan's time, while copying the encoded bytes costs milliseconds. Parquet's layout is
 * {@code PAR1}, column chunks and other structures addressed by absolute file offsets, then a Thrift
 * footer, its length and {@code PAR1} (format spec, github.com/apache/parquet-format).
 *
 * <p>Offsets shifted: {@code RowGroup.file_offset}, {@code ColumnChunk.file_offset} (when set; DuckDB
 * writes 0), and in {@code ColumnMetaData} the data, dictionary and index page offsets and
 * {@code bloom_filter_offset} (DuckDB 2.0 writes bloom filters, between the last row group and the
 * footer: they travel with the part's bytes). Not supported: page indexes ({@code column_index_offset},
 * {@code offset_index_offset}), whose {@code OffsetIndex} holds absolute page offsets inside the
 * file body, and encrypted footers; DuckDB 2.0 writes neither, and a part with them is refused
 * rather than merged wrong.
 */
public final class ParquetConcatenation {

  private static final byte[] MAGIC = "PAR1".getBytes(StandardCharsets.US_ASCII);

  private ParquetConcatenation() {
  }

  /**
   * Writes {@code target} holding the rows of {@code parts} in order. The parts must have equal
   * schemas; the footer's other fields (version, key-value metadata, writer, column orders) are the
   * first part's.
   *
   * @throws IOException if a part is not a plain Parquet file, the schemas differ, or a part has page indexes
   */
  public static void concatenate(List<Path> parts, Path target) throws IOException {
    if (parts.isEmpty()) {
      throw new IllegalArgumentException("no Parquet parts to join into " + target);
    }
    FileMetaData joined = null;
    List<RowGroup> rowGroups = new ArrayList<>();
    long rows = 0;
    try (FileChannel out = FileChannel.open(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      out.write(ByteBuffer.wrap(MAGIC));
      for (Path part : parts) {
        try (FileChannel in = FileChannel.open(part, StandardOpenOption.READ)) {
          Footer footer = footer(in, part);
          FileMetaData meta = footer.metadata();
          if (joined == null) {
            joined = meta.deepCopy();
          } else if (!joined.getSchema().equals(meta.getSchema())) {
            throw new IOException(part + ": its schema " + meta.getSchema() + " differs from the first part's " + joined.getSchema());
          }
          // the body (row groups, bloom filters) lies between the leading magic and the footer
          long bodyLength = footer.start() - MAGIC.length;
          long shift = out.position() - MAGIC.length;
          transferFully(in, MAGIC.length, bodyLength, out);
          for (RowGroup group : meta.getRow_groups()) {
            shift(group, shift, part);
            group.setOrdinal((short) rowGroups.size());
            rowGroups.add(group);
            rows += group.getNum_rows();
          }
        }
      }
      if (rowGroups.size() > Short.MAX_VALUE + 1) {
        // the ordinal is an i16 (optional, for encryption's AAD): past its range, leave it out rather than wrap
        rowGroups.forEach(RowGroup::unsetOrdinal);
      }
      joined.setRow_groups(rowGroups);
      joined.setNum_rows(rows);
      ByteArrayOutputStream footerBytes = new ByteArrayOutputStream(8192);
      Util.writeFileMetaData(joined, footerBytes);
      ByteBuffer tail = ByteBuffer.allocate(footerBytes.size() + 8).order(ByteOrder.LITTLE_ENDIAN);
      tail.put(footerBytes.toByteArray()).putInt(footerBytes.size()).put(MAGIC).flip();
      while (tail.hasRemaining()) {
        out.write(tail);
      }
    }
  }

  /** A part's footer and where it starts. */
  private record Footer(FileMetaData metadata, long start) {
  }

  private static Footer footer(FileChannel in, Path part) throws IOException {
    long size = in.size();
    if (size < 12) {
      throw new IOException(part + ": " + size + " bytes is too short for a Parquet file");
    }
    ByteBuffer head = read(in, 0, 4);
    ByteBuffer tail = read(in, size - 8, 8).order(ByteOrder.LITTLE_ENDIAN);
    int length = tail.getInt();
    byte[] magic = new byte[4];
    tail.get(magic);
    if (!head.equals(ByteBuffer.wrap(MAGIC)) || !java.util.Arrays.equals(magic, MAGIC)) {
      throw new IOException(part + ": not a plain Parquet file (no PAR1 at both ends; encrypted footers are not supported)");
    }
    long start = size - 8 - length;
    if (length < 0 || start < MAGIC.length) {
      throw new IOException(part + ": footer length " + length + " does not fit in the file's " + size + " bytes");
    }
    ByteBuffer bytes = read(in, start, length);
    FileMetaData meta = Util.readFileMetaData(new ByteArrayInputStream(bytes.array(), 0, length));
    return new Footer(meta, start);
  }

  private static void shift(RowGroup group, long shift, Path part) throws IOException {
    if (group.isSetFile_offset()) {
      group.setFile_offset(group.getFile_offset() + shift);
    }
    for (ColumnChunk chunk : group.getColumns()) {
      if (chunk.isSetColumn_index_offset() || chunk.isSetOffset_index_offset() || chunk.isSetCrypto_metadata()) {
        throw new IOException(part + ": column " + chunk.getMeta_data().getPath_in_schema()
            + " has a page index or encryption, which cannot be moved without rewriting it; write the parts without them");
      }
      if (chunk.getFile_path() != null) {
        throw new IOException(part + ": column chunks in other files (file_path " + chunk.getFile_path() + ") are not supported");
      }
      if (chunk.getFile_offset() != 0) {
        chunk.setFile_offset(chunk.getFile_offset() + shift);
      }
      ColumnMetaData m = chunk.getMeta_data();
      m.setData_page_offset(m.getData_page_offset() + shift);
      if (m.isSetDictionary_page_offset()) {
        m.setDictionary_page_offset(m.getDictionary_page_offset() + shift);
      }
      if (m.isSetIndex_page_offset()) {
        m.setIndex_page_offset(m.getIndex_page_offset() + shift);
      }
      if (m.isSetBloom_filter_offset()) {
        m.setBloom_filter_offset(m.getBloom_filter_offset() + shift);
      }
    }
  }

  private static ByteBuffer read(FileChannel in, long position, int length) throws IOException {
    ByteBuffer b = ByteBuffer.allocate(length);
    while (b.hasRemaining()) {
      if (in.read(b, position + b.position()) < 0) {
        throw new IOException("unexpected end of file at byte " + (position + b.position()));
      }
    }
    return b.flip();
  }

  /** Copies {@code count} bytes from {@code position} of {@code in} to the end of {@code out} (in the kernel where it can). */
  static void transferFully(FileChannel in, long position, long count, FileChannel out) throws IOException {
    for (long done = 0; done < count; ) {
      long n = in.transferTo(position + done, count - done, out);
      if (n <= 0) {
        throw new IOException("copy stopped after " + done + " of " + count + " bytes");
      }
      done += n;
    }
  }
}
