package org.limbic.models.vole;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.limbic.experiment.claims.Claim;

/**
 * Power, honestly: every claim is one virtual study at realistic n; over 200 seeds (1 … 200, fixed
 * before looking at results) each positive claim must hold in at least 80 % of studies and the
 * negative control (VOLE-9) must reject in at most 7 % (alpha 0.05; with 200 studies the standard
 * error of a 5 % rate is 1.5 points, so 7 % allows chance while catching a liberal test). Studies
 * run on a fixed pool of 2 threads; each depends only on its seed, so the rates do not depend on
 * the thread count (see VoleDeterminismTest). Opt-in, since it takes about two minutes on 2 cores:
 * {@code mvn -B -o verify -pl limbic-models -am -Dlimbic.power=true -Dtest='VolePowerTest'
 * -Dsurefire.failIfNoSpecifiedTests=false}; {@code limbic check --model vole --seeds 200} gives the same rates.
 */
@EnabledIfSystemProperty(named = "limbic.power", matches = "true")
class VolePowerTest {

  static final int SEEDS = 200;

  @Test
  void positiveClaimsHoldInAtLeast80PercentAndTheNegativeControlRejectsInAtMost7Percent() throws Exception {
    long start = System.nanoTime();
    Map<String, Double> rates = passRates(VoleClaims.all(), SEEDS, 2);
    double seconds = (System.nanoTime() - start) / 1e9;
    rates.forEach((id, rate) -> System.out.printf(java.util.Locale.ROOT, "%s pass rate %.1f %% of %d studies%n", id, 100 * rate, SEEDS));
    System.out.printf(java.util.Locale.ROOT, "vole power: %d claims x %d seeds in %.1f s on 2 threads%n", rates.size(), SEEDS, seconds);
    rates.forEach((id, rate) -> {
      if (id.equals("VOLE-9")) {
        assertThat(1 - rate).as("VOLE-9 rejection rate").isLessThanOrEqualTo(0.07);
      } else {
        assertThat(rate).as(id + " pass rate").isGreaterThanOrEqualTo(0.80);
      }
    });
  }

  /** A check that throws fails, as in ClaimRunner: a broken study must never count as a pass. */
  private static boolean passes(Claim c, long seed) {
    try {
      return c.check().run(seed).pass();
    } catch (RuntimeException e) {
      return false;
    }
  }

  /** Pass rate per claim over seeds 1 … seeds, on a fixed pool. */
  static Map<String, Double> passRates(List<Claim> claims, int seeds, int threads) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      Map<String, List<Future<Boolean>>> futures = new LinkedHashMap<>();
      for (Claim c : claims) {
        List<Future<Boolean>> list = new ArrayList<>();
        for (long seed = 1; seed <= seeds; seed++) {
          long s = seed;
          list.add(pool.submit(() -> passes(c, s)));
        }
        futures.put(c.id(), list);
      }
      Map<String, Double> rates = new LinkedHashMap<>();
      for (Map.Entry<String, List<Future<Boolean>>> e : futures.entrySet()) {
        int pass = 0;
        for (Future<Boolean> f : e.getValue()) {
          pass += f.get() ? 1 : 0;
        }
        rates.put(e.getKey(), pass / (double) seeds);
      }
      return rates;
    } finally {
      pool.shutdownNow();
    }
  }
}
