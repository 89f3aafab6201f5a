package org.limbic.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A finished run's {@code timecourses.csv} (run, subject, replicate, time, variable, value; the file
 * the CSV download sends) as the page's plot data: the output times and one series per variable and
 * unit, values written as the file has them (Java's shortest exact form), NaN and infinities as
 * null. Written by hand, not through a mapper: it is the one large answer, and a row at a time.
 */
final class TimeCourses {

  private TimeCourses() {
  }

  static String json(String runId, double[] times, Path csv) {
    Map<String, List<String>> series = new LinkedHashMap<>();
    try (BufferedReader in = Files.newBufferedReader(csv)) {
      String header = in.readLine();
      if (!"run,subject,replicate,time,variable,value".equals(header)) {
        throw new IllegalStateException(csv.getFileName() + ": unexpected header " + header);
      }
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        String[] f = line.split(",", -1);
        int n = f.length;
        String key = f[n - 5] + ',' + f[n - 4] + ',' + f[n - 2];
        series.computeIfAbsent(key, k -> new ArrayList<>(times.length)).add(f[n - 1]);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the run's results: " + e.getMessage(), e);
    }
    StringBuilder sb = new StringBuilder(64 + series.size() * times.length * 20);
    sb.append("{\"run\":\"").append(runId).append("\",\"time\":[");
    for (int i = 0; i < times.length; i++) {
      sb.append(i == 0 ? "" : ",").append(number(Double.toString(times[i])));
    }
    sb.append("],\"series\":[");
    boolean first = true;
    for (Map.Entry<String, List<String>> e : series.entrySet()) {
      String[] k = e.getKey().split(",", 3);
      sb.append(first ? "" : ",").append("{\"subject\":").append(k[0]).append(",\"replicate\":").append(k[1])
          .append(",\"variable\":\"").append(k[2].replace("\"", "")).append("\",\"values\":[");
      List<String> values = e.getValue();
      for (int i = 0; i < values.size(); i++) {
        sb.append(i == 0 ? "" : ",").append(number(values.get(i)));
      }
      sb.append("]}");
      first = false;
    }
    return sb.append("]}").toString();
  }

  /** JSON has no NaN or infinity. */
  private static String number(String text) {
    return text.equals("NaN") || text.endsWith("Infinity") ? "null" : text;
  }
}
