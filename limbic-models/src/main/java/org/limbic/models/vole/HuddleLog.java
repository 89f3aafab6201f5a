package org.limbic.models.vole;

import java.util.HashMap;
import java.util.Map;

/** Minutes each animal spent huddling with each other one, and attacks, as an observer scores them from video. */
final class HuddleLog {

  private final Map<Long, double[]> minutes = new HashMap<>();
  private final Map<Integer, int[]> attacks = new HashMap<>();

  void huddle(Vole from, Vole with, double dt) {
    minutes.computeIfAbsent(key(from.id(), with.id()), k -> new double[1])[0] += dt;
  }

  void attack(Vole by) {
    attacks.computeIfAbsent(by.id(), k -> new int[1])[0]++;
  }

  double minutes(Vole from, Vole with) {
    double[] m = minutes.get(key(from.id(), with.id()));
    return m == null ? 0 : m[0];
  }

  int attacks(Vole by) {
    int[] a = attacks.get(by.id());
    return a == null ? 0 : a[0];
  }

  private static long key(int a, int b) {
    return ((long) a << 32) | (b & 0xffffffffL);
  }
}
