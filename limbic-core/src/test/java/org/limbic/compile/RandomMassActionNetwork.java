package org.limbic.compile;

import java.util.Random;
import org.limbic.model.Model;
import org.limbic.model.ModelBuilder;

/**
 * Random mass-action networks (uni- and bimolecular) with their right-hand side written directly,
 * the reference for compiling large networks. (limbic-workloads' GeneratedNetworks is the fixed
 * family the benchmarks compile; this one lets a test choose size and seed.)
 */
final class RandomMassActionNetwork {

  private RandomMassActionNetwork() {
  }

  static Model massAction(String id, int species, int reactions, long seed) {
    ModelBuilder b = Model.builder(id).compartment("c", 1.0);
    for (int i = 0; i < species; i++) {
      b.amountSpecies("S" + i, "c", 1.0);
    }
    Random random = new Random(seed);
    for (int r = 0; r < reactions; r++) {
      int a = random.nextInt(species);
      int bb = random.nextInt(species);
      int product = random.nextInt(species);
      double k = 0.1 + random.nextDouble();
      b.parameter("k" + r, k);
      if (r % 2 == 0) {
        b.reaction("R" + r, "S" + a + " -> S" + product, "k" + r + " * S" + a);
      } else {
        b.reaction("R" + r, "S" + a + " + S" + bb + " -> S" + product, "k" + r + " * S" + a + " * S" + bb);
      }
    }
    return b.build();
  }

  /** The same network's right-hand side, written directly. */
  static double[] massActionRhs(int species, int reactions, long seed, double[] y) {
    double[] d = new double[species];
    Random random = new Random(seed);
    for (int r = 0; r < reactions; r++) {
      int a = random.nextInt(species);
      int bb = random.nextInt(species);
      int product = random.nextInt(species);
      double k = 0.1 + random.nextDouble();
      double rate = r % 2 == 0 ? k * y[a] : k * y[a] * y[bb];
      d[a] -= rate;
      if (r % 2 != 0) {
        d[bb] -= rate;
      }
      d[product] += rate;
    }
    return d;
  }
}
