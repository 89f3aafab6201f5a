package org.limbic.experiment.trial;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.limbic.experiment.results.CsvToParquet;
import org.limbic.experiment.results.ResultFiles;
import org.limbic.experiment.spec.TrialDesign;

/**
 * Streams a trial's participants to disk as they come, so a cohort of any size needs constant
 * memory: {@code participants.csv} (one row per patient: arm, stratum, adherence, dropout) and
 * {@code visits.csv} (one row per patient and visit, one column per endpoint, empty after dropout).
 * {@link #exportParquet} converts both with DuckDB (types fixed, not guessed), as the experiment
 * results do ({@link org.limbic.experiment.results.ResultFiles}).
 */
public final class CohortFiles implements Consumer<Participant>, Closeable {

  private final List<String> endpoints;
  private final BufferedWriter participants;
  private final BufferedWriter visits;
  private final StringBuilder line = new StringBuilder(256);

  public CohortFiles(Path directory, TrialDesign design) {
    this.endpoints = design.endpoints().stream().map(TrialDesign.Endpoint::name).toList();
    try {
      Files.createDirectories(directory);
      participants = Files.newBufferedWriter(directory.resolve("participants.csv"), StandardCharsets.UTF_8);
      visits = Files.newBufferedWriter(directory.resolve("visits.csv"), StandardCharsets.UTF_8);
      participants.write("patient,arm,stratum,adherence,dropout_week,completed\n");
      visits.write("patient,arm,week," + String.join(",", endpoints) + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write cohort files in " + directory + ": " + e.getMessage(), e);
    }
  }

  /** Writes one participant (called from the runner's single consumer thread). */
  @Override
  public void accept(Participant p) {
    try {
      line.setLength(0);
      line.append(p.patient().id()).append(',').append(p.arm()).append(',').append(p.stratum()).append(',')
          .append(p.adherence()).append(',').append(Double.isInfinite(p.dropoutWeek()) ? "" : Double.toString(p.dropoutWeek()))
          .append(',').append(p.completed()).append('\n');
      participants.append(line);
      double[] weeks = p.course().visitWeeks();
      for (int v = 0; v < weeks.length; v++) {
        if (weeks[v] > p.dropoutWeek()) {
          break;
        }
        line.setLength(0);
        line.append(p.patient().id()).append(',').append(p.arm()).append(',').append(weeks[v]);
        for (String e : endpoints) {
          line.append(',').append(p.course().endpoint(e)[v]);
        }
        visits.append(line.append('\n'));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write cohort files: " + e.getMessage(), e);
    }
  }

  @Override
  public void close() throws IOException {
    try (participants; visits) {
      // both closed, each even if the other fails
    }
  }

  /** Writes participants.parquet and visits.parquet beside the CSVs. */
  public static void exportParquet(Path directory, TrialDesign design) throws IOException {
    List<ResultFiles.Column> visitColumns = new ArrayList<>(List.of(new ResultFiles.Column("patient", "BIGINT"),
        new ResultFiles.Column("arm", "VARCHAR"), new ResultFiles.Column("week", "DOUBLE")));
    for (TrialDesign.Endpoint e : design.endpoints()) {
      visitColumns.add(new ResultFiles.Column(e.name(), "DOUBLE"));
    }
    List<ResultFiles.Column> participantColumns = List.of(new ResultFiles.Column("patient", "BIGINT"),
        new ResultFiles.Column("arm", "VARCHAR"), new ResultFiles.Column("stratum", "INTEGER"),
        new ResultFiles.Column("adherence", "DOUBLE"), new ResultFiles.Column("dropout_week", "DOUBLE"),
        new ResultFiles.Column("completed", "BOOLEAN"));
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement st = db.createStatement()) {
      copy(st, directory, "participants", participantColumns);
      copy(st, directory, "visits", visitColumns);
    } catch (SQLException e) {
      throw new IOException("cannot convert the cohort in " + directory + " to Parquet: " + e.getMessage(), e);
    }
  }

  private static void copy(Statement st, Path directory, String table, List<ResultFiles.Column> columns) throws SQLException {
    st.execute(CsvToParquet.copyStatement(directory.resolve(table + ".csv"), true, columns, directory.resolve(table + ".parquet")));
  }
}
