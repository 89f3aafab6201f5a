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

  /** Source species of {@link #parallelDecays}: each decays through reactions / SOURCES channels. */
  public static final int SOURCES = 100;

  /**
   * {@code reactions} first-order decays S_i -> P (a multiple of {@value #SOURCES}), {@value
   * #SOURCES} sources of amount 1 + i/100 with reactions / 100 channels each at rate k_ij = (1 +
   * (31 i + 17 j) mod 50) / 1000: exactly S_i(t) = S_i(0) e^{-K_i t}, K_i the sum of its k_ij, and P
   * the rest. P's rate is a sum over every reaction, one expression larger than a method may hold at
   * 10,000 reactions; its Jacobian is {@value #SOURCES} + 1 square.
   */
  public static Model parallelDecays(int reactions) {
    if (reactions < SOURCES || reactions % SOURCES != 0) {
      throw new IllegalArgumentException("parallel decays need a positive multiple of " + SOURCES + " reactions, got " + reactions);
    }
    ModelBuilder b = Model.builder("decays" + reactions).compartment("c", 1.0).amountSpecies("P", "c", 0.0);
    for (int i = 0; i < SOURCES; i++) {
      b.amountSpecies("S" + i, "c", sourceAmount(i));
      for (int j = 0; j < reactions / SOURCES; j++) {
        b.parameter("k" + i + "_" + j, decayRate(i, j), "1/s", "generated");
        b.reaction("R" + i + "_" + j, "S" + i + " -> P", "k" + i + "_" + j + " * S" + i);
      }
    }
    return b.build();
  }

  /** S_i(0) of {@link #parallelDecays}. */
  public static double sourceAmount(int i) {
    return 1 + i / 100.0;
  }

  /** k_ij of {@link #parallelDecays}. */
  public static double decayRate(int i, int j) {
    return (1 + (31 * i + 17 * j) % 50) / 1000.0;
  }
}
