package org.limbic.experiment.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tidy tables read by column name through DuckDB; a bad file says which file, which line and what. */
class TidyTableTest {

  @TempDir
  Path tmp;

  private static final List<String> TEXTS = List.of("run", "metric");
  private static final List<String> NUMBERS = List.of("value");

  private TidyTable read(String text) throws IOException {
    return TidyTable.read(Files.writeString(tmp.resolve("m.csv"), text), TEXTS, NUMBERS);
  }

  private void assertRejected(String text, String message) throws IOException {
    Path file = Files.writeString(tmp.resolve("m.csv"), text);
    assertThatThrownBy(() -> TidyTable.read(file, TEXTS, NUMBERS)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(file.toString()).hasMessageContaining(message);
  }

  @Test
  void readsColumnsByNameInAnyOrderWithExtraColumnsQuotesAndBlankLines() throws IOException {
    TidyTable t = read("value,extra,metric,run\n3.5,x,peak,1\n\n,\"y, z\",\"a \"\"quoted\"\", name\",2\nNaN,,auc,\n-Infinity,,auc,3\n");
    assertThat(t.rows()).isEqualTo(4);
    assertThat(t.text("metric", 1)).isEqualTo("a \"quoted\", name");
    assertThat(t.text("run", 2)).as("empty text is empty, not null").isEmpty();
    assertThat(t.number("value", 0)).isEqualTo(3.5);
    assertThat(t.number("value", 1)).as("an empty number is NaN").isNaN();
    assertThat(t.number("value", 2)).isNaN();
    assertThat(t.number("value", 3)).isEqualTo(Double.NEGATIVE_INFINITY);
  }

  /**
   * read_csv takes a glob pattern; a path that names an existing file is read as that file (DuckDB
   * 2.0), even with glob characters in it, and not as the pattern's matches (here the sibling mx.csv).
   */
  @Test
  void aPathWithGlobCharactersReadsThatFileOnly() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("runs [v2]"));
    Files.writeString(dir.resolve("mx.csv"), "run,metric,value\n9,other,9\n");
    Path file = Files.writeString(dir.resolve("m*.csv"), "run,metric,value\n1,peak,2.5\n");
    TidyTable t = TidyTable.read(file, TEXTS, NUMBERS);
    assertThat(t.rows()).isEqualTo(1);
    assertThat(t.number("value", 0)).isEqualTo(2.5);
    assertThat(Files.list(dir)).hasSize(2);
  }

  @Test
  void windowsLineEndingsReadAlike() throws IOException {
    TidyTable t = read("run,metric,value\r\n1,m,3\r\n2,n,4\r\n");
    assertThat(t.rows()).isEqualTo(2);
    assertThat(t.text("metric", 1)).isEqualTo("n");
    assertThat(t.number("value", 1)).isEqualTo(4);
  }

  /** DuckDB's strict CSV reader refuses a file whose lines end both ways; the message names the file. */
  @Test
  void mixedLineEndingsAreRefusedNamingTheFile() throws IOException {
    assertRejected("run,metric,value\n1,m,3\r\n2,n,4\n", ": cannot read as a CSV table");
  }

  @Test
  void aQuotedFieldMaySpanLines() throws IOException {
    TidyTable t = read("run,metric,value\n1,\"two\nlines\",4\n2,m,5\n");
    assertThat(t.rows()).isEqualTo(2);
    assertThat(t.text("metric", 0)).isEqualTo("two\nlines");
    assertThat(t.number("value", 1)).isEqualTo(5);
  }

  @Test
  void growsPastItsFirstCapacity() throws IOException {
    StringBuilder csv = new StringBuilder("run,metric,value\n");
    for (int i = 0; i < 10_000; i++) {
      csv.append(i).append(",m,").append(i * 0.5).append('\n');
    }
    TidyTable t = read(csv.toString());
    assertThat(t.rows()).isEqualTo(10_000);
    assertThat(t.text("run", 9_999)).isEqualTo("9999");
    assertThat(t.number("value", 9_999)).isEqualTo(4999.5);
  }

  @Test
  void aHeaderOnlyHasNoRows() throws IOException {
    assertThat(read("run,metric,value\n").rows()).isZero();
  }

  @Test
  void anEmptyFileNamesTheColumnsExpected() throws IOException {
    assertRejected("", ":1: empty file; expected a header with columns [run, metric, value]");
  }

  @Test
  void aMissingColumnIsNamedWithTheHeader() throws IOException {
    assertRejected("run,value\n1,3\n", ":1: no column 'metric' in header [run, value]; expected columns [run, metric, value]");
  }

  @Test
  void aRowWithTooFewOrTooManyFieldsGivesItsLine() throws IOException {
    assertRejected("run,metric,value\n1,m,3\n1,m\n", ":3: not as many fields as the header has columns");
    assertRejected("run,metric,value\n1,m,3,4\n", ":2: not as many fields as the header has columns");
  }

  @Test
  void aFieldThatIsNotANumberGivesItsLineAndColumn() throws IOException {
    assertRejected("run,metric,value\n1,m,3\n\n1,m,abc\n", ":4: column 'value' holds 'abc', not a number");
  }

  @Test
  void anUnterminatedQuoteGivesItsLine() throws IOException {
    assertRejected("run,metric,value\n1,m,3\n1,\"m,3\n", ":3: ");
  }

  @Test
  void aMissingFileCannotBeRead() {
    assertThatThrownBy(() -> TidyTable.read(tmp.resolve("none.csv"), TEXTS, NUMBERS)).isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("cannot read " + tmp.resolve("none.csv"));
  }

  @Test
  void aColumnNotReadIsNamed() throws IOException {
    TidyTable t = read("run,metric,value\n1,m,3\n");
    assertThatThrownBy(() -> t.number("run", 0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("column 'run' of " + t.file() + " was not read");
  }
}
