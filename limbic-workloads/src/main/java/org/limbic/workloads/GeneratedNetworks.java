package org.limbic.workloads;

import java.util.Random;
import org.limbic.model.Model;
import org.limbic.model.ModelBuilder;

/**
 * Generated mass-action networks of a given size, the models behind the compile-time measurements
 * ({@code limbic bench compile}, limbic-bench's JMH benchmarks): one generator, so their numbers
 * are for the same models.
 */
public final class GeneratedNetworks {

  private GeneratedNetworks() {
  }

  /** Half as many species as reactions; alternating uni- and bimolecular mass action; fixed seed 42. */
  public static Model massAction(int reactions) {
    int species = Math.max(2, reactions / 2);
    ModelBuilder b = Model.builder("generated" + reactions).compartment("c", 1.0);
    for (int i = 0; i < species; i++) {
      b.amountSpecies("S" + i, "c", 1.0);
    }
    Random random = new Random(42);
    for (int r = 0; r < reactions; r++) {
      int a = random.nextInt(species);
      int c = random.nextInt(species);
      int product = random.nextInt(species);
      b.parameter("k" + r, 0.1 + random.nextDouble(), "1/s", "generated");
      b.reaction("R" + r, r % 2 == 0 ? "S" + a + " -> S" + product : "S" + a + " + S" + c + " -> S" + product,
          r % 2 == 0 ? "k" + r + " * S" + a : "k" + r + " * S" + a + " * S" + c);
    }
    return b.build();
  }
}
