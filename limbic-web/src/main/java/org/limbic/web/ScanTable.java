package org.limbic.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A finished run's metrics against its scanned (or drawn) parameters, read from the
 * {@code metrics.csv} (run, subject, replicate, metric, value) and {@code parameters.csv} (subject,
 * parameter, value) it wrote: one row per subject and replicate, a column per parameter and per
 * metric, values as the files have them, NaN as null. What the page plots as metric against
 * parameter; the same numbers as the downloads.
 */
final class ScanTable {

  private ScanTable() {
  }

  static Map<String, Object> of(String runId, Path directory) {
    Map<String, Map<Integer, Double>> parameters = new LinkedHashMap<>();
    for (String[] f : rows(directory.resolve("parameters.csv"), "subject,parameter,value")) {
      parameters.computeIfAbsent(f[1], k -> new HashMap<>()).put(Integer.parseInt(f[0]), Double.parseDouble(f[2]));
    }
    List<Integer> subjects = new ArrayList<>();
    List<Integer> replicates = new ArrayList<>();
    Map<String, Integer> rowOf = new HashMap<>();
    Map<String, List<Double>> metrics = new LinkedHashMap<>();
    for (String[] f : rows(directory.resolve("metrics.csv"), "run,subject,replicate,metric,value")) {
      int n = f.length;
      String key = f[n - 4] + "," + f[n - 3];
      Integer row = rowOf.get(key);
      if (row == null) {
        row = subjects.size();
        rowOf.put(key, row);
        subjects.add(Integer.parseInt(f[n - 4]));
        replicates.add(Integer.parseInt(f[n - 3]));
      }
      List<Double> column = metrics.computeIfAbsent(f[n - 2].replace("\"", ""), k -> new ArrayList<>());
      while (column.size() < row) {
        column.add(null);
      }
      column.add(TrialJob.finite(Double.parseDouble(f[n - 1])));
    }
    metrics.values().forEach(c -> {
      while (c.size() < subjects.size()) {
        c.add(null);
      }
    });
    Map<String, List<Double>> parameterColumns = new LinkedHashMap<>();
    parameters.forEach((name, bySubject) -> parameterColumns.put(name, subjects.stream().map(bySubject::get).toList()));
    Map<String, Object> table = new LinkedHashMap<>();
    table.put("run", runId);
    table.put("subject", subjects);
    table.put("replicate", replicates);
    table.put("parameters", parameterColumns);
    table.put("metrics", metrics);
    return table;
  }

  private static List<String[]> rows(Path csv, String header) {
    if (!Files.exists(csv)) {
      return List.of();
    }
    List<String[]> rows = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(csv)) {
      String first = in.readLine();
      if (first == null) {
        return rows;
      }
      if (!header.equals(first)) {
        throw new IllegalStateException(csv.getFileName() + ": unexpected header " + first);
      }
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        rows.add(line.split(",", -1));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the run's results: " + e.getMessage(), e);
    }
    return rows;
  }
}
