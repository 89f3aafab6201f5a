package org.limbic.simulation;

/**
 * A simulation's time courses as CSV: a header {@code time,var1,...} and one row per output time,
 * in the shortest decimals that read back to the same doubles.
 */
public final class SimulationCsv {

  private SimulationCsv() {
  }

  public static String of(SimulationResult r) {
    StringBuilder sb = new StringBuilder("time");
    for (String v : r.variables()) {
      sb.append(',').append(v);
    }
    sb.append('\n');
    for (int i = 0; i < r.times().length; i++) {
      sb.append(r.times()[i]);
      for (double v : r.values()[i]) {
        sb.append(',').append(v);
      }
      sb.append('\n');
    }
    return sb.toString();
  }
}
