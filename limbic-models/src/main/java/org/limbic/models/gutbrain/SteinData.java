package org.limbic.models.gutbrain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The published figures of Stein et al. 2013 (PLoS Comput Biol 9:e1003388, supplement), carried as
 * class-path resources beside this class (see README.md there): the gLV parameters and the measured
 * community of 9 mice. Parsed once; a malformed file fails with the resource, line and column.
 */
public final class SteinData {

  static final String PARAMETERS = "stein2013_glv_parameters.csv";
  static final String INITIAL_CONDITIONS = "stein2013_initial_conditions.csv";

  /**
   * x' = x ∘ (μ + M·x + ε·u(t)); units 10^11 16S copies/cm³, days.
   *
   * @param genera names as published, in the published order (sorted by susceptibility)
   * @param growth μ (1/day)
   * @param interactions M[i][j], effect of genus j on genus i (1/(day · 10^11 copies/cm³))
   * @param susceptibility ε (1/day per unit clindamycin signal)
   */
  public record Parameters(List<String> genera, double[] growth, double[][] interactions, double[] susceptibility) {

    public int index(String genus) {
      int i = genera.indexOf(genus);
      if (i < 0) {
        throw new IllegalArgumentException("no genus '" + genus + "' in Stein et al. 2013; known: " + genera);
      }
      return i;
    }
  }

  /** One measured sample: mouse, its population (1 no antibiotic, 2 clindamycin, 3 clindamycin + C. difficile), day and densities. */
  public record Sample(int mouse, int population, double day, double clindamycin, double[] density) {
  }

  private static final Parameters PUBLISHED = parseParameters(read(PARAMETERS), PARAMETERS);
  private static final List<Sample> SAMPLES = parseSamples(read(INITIAL_CONDITIONS), INITIAL_CONDITIONS, PUBLISHED.genera());

  private SteinData() {
  }

  public static Parameters parameters() {
    return PUBLISHED;
  }

  public static List<Sample> samples() {
    return SAMPLES;
  }

  /** The community of mouse {@code id} on {@code day}, as measured. */
  public static Sample sample(int mouse, double day) {
    return SAMPLES.stream().filter(s -> s.mouse() == mouse && s.day() == day).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no Stein et al. 2013 sample of mouse " + mouse + " on day " + day
            + "; mice 1-9, days as in " + INITIAL_CONDITIONS));
  }

  static Parameters parseParameters(List<String[]> rows, String source) {
    int n = rows.size() - 2; // header, and the trailing row of genus names
    if (n < 1) {
      throw new IllegalArgumentException(source + ": expected a header and one row per genus, found " + rows.size() + " lines");
    }
    List<String> genera = new ArrayList<>();
    double[] growth = new double[n];
    double[] susceptibility = new double[n];
    double[][] m = new double[n][n];
    for (int i = 0; i < n; i++) {
      String[] row = rows.get(i + 1);
      if (row.length < n + 3) {
        throw new IllegalArgumentException(source + ":" + (i + 2) + ": expected " + (n + 3) + " columns (genus, "
            + n + " interactions, growth, susceptibility), found " + row.length);
      }
      genera.add(row[0].trim());
      for (int j = 0; j < n; j++) {
        m[i][j] = number(row[j + 1], source, i + 2, j + 2);
      }
      growth[i] = number(row[n + 1], source, i + 2, n + 2);
      susceptibility[i] = number(row[n + 2], source, i + 2, n + 3);
    }
    return new Parameters(List.copyOf(genera), growth, m, susceptibility);
  }

  static List<Sample> parseSamples(List<String[]> rows, String source, List<String> genera) {
    String[] population = row(rows, "Population", source);
    String[] mouse = row(rows, "ID", source);
    String[] day = row(rows, "time (in d)", source);
    String[] signal = row(rows, "Clindamycin signal", source);
    List<Sample> samples = new ArrayList<>();
    for (int c = 1; c < mouse.length; c++) {
      double[] density = new double[genera.size()];
      for (int g = 0; g < genera.size(); g++) {
        String[] r = row(rows, genera.get(g), source);
        density[g] = number(r[c], source, rows.indexOf(r) + 1, c + 1);
        if (density[g] < 0) {
          throw new IllegalArgumentException(source + ":" + (rows.indexOf(r) + 1) + ":" + (c + 1) + ": negative density " + density[g]);
        }
      }
      samples.add(new Sample((int) number(mouse[c], source, rows.indexOf(mouse) + 1, c + 1),
          (int) number(population[c], source, rows.indexOf(population) + 1, c + 1),
          number(day[c], source, rows.indexOf(day) + 1, c + 1), number(signal[c], source, rows.indexOf(signal) + 1, c + 1), density));
    }
    return List.copyOf(samples);
  }

  private static String[] row(List<String[]> rows, String label, String source) {
    return rows.stream().filter(r -> r.length > 0 && r[0].trim().equals(label)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException(source + ": no row labelled '" + label + "'"));
  }

  private static double number(String text, String source, int line, int column) {
    try {
      return Double.parseDouble(text.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(source + ":" + line + ":" + column + ": expected a number, found '" + text + "'", e);
    }
  }

  private static List<String[]> read(String resource) {
    try (InputStream in = SteinData.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("resource " + resource + " missing beside " + SteinData.class.getName());
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank())
          .map(l -> l.split(",", -1)).map(r -> Arrays.stream(r).map(String::trim).toArray(String[]::new)).toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
