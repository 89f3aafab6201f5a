package org.limbic.experiment.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.apache.parquet.format.FileMetaData;
import org.apache.parquet.format.RowGroup;
import org.apache.parquet.format.Util;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParquetConcatenationTest {

  @TempDir
  Path tmp;

  /**
   * Part {@code p} of a table (i, tag, x) with rows i in [from, to): tag is 'part-p' (a value in this
   * part only, for the bloom filter probes), x = i / 7.
   */
  private static Path part(Statement st, Path dir, int p, long from, long to) throws SQLException {
    Path file = dir.resolve("part" + p + ".parquet");
    st.execute("COPY (SELECT i::BIGINT AS i, 'part-" + p + "' AS tag, i / 7 AS x FROM range(" + from + ", " + to + ") t(i)) TO "
        + CsvToParquet.literal(file) + " (FORMAT parquet)");
    return file;
  }

  private static List<List<Object>> rows(Statement st, String sql) throws SQLException {
    List<List<Object>> rows = new ArrayList<>();
    try (ResultSet rs = st.executeQuery(sql)) {
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        List<Object> row = new ArrayList<>(n);
        for (int c = 1; c <= n; c++) {
          row.add(rs.getObject(c));
        }
        rows.add(row);
      }
    }
    return rows;
  }

  private static FileMetaData footer(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    int length = ByteBuffer.wrap(bytes, bytes.length - 8, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
    return Util.readFileMetaData(new ByteArrayInputStream(bytes, bytes.length - 8 - length, length));
  }

  @Test
  void joinedFileHoldsThePartsRowsInOrderWithValidMetadataAndBloomFilters() throws Exception {
    Path joined = tmp.resolve("joined.parquet");
    List<Path> parts = new ArrayList<>();
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement st = db.createStatement()) {
      st.execute("SET threads TO 1");
      // part 1 exceeds DuckDB's row group size (122,880 rows), so one part brings two row groups
      parts.add(part(st, tmp, 0, 0, 1000));
      parts.add(part(st, tmp, 1, 1000, 131_000));
      parts.add(part(st, tmp, 2, 131_000, 131_017));
      int partGroups = 0;
      for (Path p : parts) {
        partGroups += footer(p).getRow_groups().size();
      }
      assertThat(partGroups).as("the parts' row groups (1 + 2 + 1)").isEqualTo(4);

      ParquetConcatenation.concatenate(parts, joined);

      String all = "read_parquet(" + CsvToParquet.literal(joined) + ")";
      assertThat(rows(st, "SELECT * FROM " + all)).as("every value, in order")
          .isEqualTo(rows(st, "SELECT * FROM read_parquet([" + String.join(", ", parts.stream().map(CsvToParquet::literal).toList())
              + "])"));
      // DuckDB's reading of the footer: row groups and their row counts, positions within the file
      List<List<Object>> groups = rows(st, "SELECT DISTINCT row_group_id, row_group_num_rows FROM parquet_metadata("
          + CsvToParquet.literal(joined) + ") ORDER BY row_group_id");
      assertThat(groups).hasSize(4);
      assertThat(groups.stream().mapToLong(g -> ((Number) g.get(1)).longValue()).sum()).isEqualTo(131_017);
      assertThat(rows(st, "SELECT num_rows, num_row_groups FROM parquet_file_metadata(" + CsvToParquet.literal(joined) + ")"))
          .containsExactly(List.of(131_017L, 4L));

      // Bloom filters at shifted offsets: a probe reads each row group's filter at its offset; an
      // unshifted offset reads another part's filter or page bytes (this test then fails: checked by
      // removing the shift). 'part-1' is in row groups 1 and 2 only; the data and hash are fixed, so
      // the probes' answers are too (DuckDB's filters have a 1 % false positive rate: none here).
      List<List<Object>> probe = rows(st, "SELECT row_group_id, bloom_filter_excludes FROM parquet_bloom_probe("
          + CsvToParquet.literal(joined) + ", 'tag', 'part-1') ORDER BY row_group_id");
      assertThat(probe).containsExactly(List.of(0L, true), List.of(1L, false), List.of(2L, false), List.of(3L, true));
      assertThat(rows(st, "SELECT count(*) FROM " + all + " WHERE tag = 'part-2'")).containsExactly(List.of(17L));
    }
    FileMetaData meta = footer(joined);
    assertThat(meta.getRow_groups()).extracting(RowGroup::getOrdinal).containsExactly((short) 0, (short) 1, (short) 2, (short) 3);
    assertThat(meta.getNum_rows()).isEqualTo(131_017);
  }

  @Test
  void aSinglePartIsCopiedWhole() throws Exception {
    Path joined = tmp.resolve("joined.parquet");
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement st = db.createStatement()) {
      st.execute("SET threads TO 1");
      Path only = part(st, tmp, 0, 0, 50);
      ParquetConcatenation.concatenate(List.of(only), joined);
      assertThat(rows(st, "SELECT * FROM read_parquet(" + CsvToParquet.literal(joined) + ")"))
          .isEqualTo(rows(st, "SELECT * FROM read_parquet(" + CsvToParquet.literal(only) + ")")).hasSize(50);
    }
  }

  @Test
  void partsWithDifferentSchemasAreRefused() throws Exception {
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement st = db.createStatement()) {
      Path a = part(st, tmp, 0, 0, 10);
      Path b = tmp.resolve("other.parquet");
      st.execute("COPY (SELECT 1 AS y) TO " + CsvToParquet.literal(b) + " (FORMAT parquet)");
      assertThatThrownBy(() -> ParquetConcatenation.concatenate(List.of(a, b), tmp.resolve("joined.parquet")))
          .isInstanceOf(IOException.class).hasMessageContaining("other.parquet").hasMessageContaining("schema");
    }
  }

  @Test
  void aFileThatIsNotParquetIsRefused() throws IOException {
    Path text = tmp.resolve("rows.csv");
    Files.writeString(text, "i,tag,x\n1,a,2.0\n");
    assertThatThrownBy(() -> ParquetConcatenation.concatenate(List.of(text), tmp.resolve("joined.parquet")))
        .isInstanceOf(IOException.class).hasMessageContaining("rows.csv").hasMessageContaining("not a plain Parquet file");
  }
}
