package org.limbic.models.vole;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.limbic.experiment.claims.Claim;

/** Same seed, same result, whether the studies run on 1 thread or 2 (each study derives its own generators). */
class VoleDeterminismTest {

  @Test
  void measuredValuesAreIdenticalOnOneAndTwoThreads() throws Exception {
    assertThat(measured(2)).isEqualTo(measured(1));
  }

  private static List<String> measured(int threads) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<String>> futures = new ArrayList<>();
      for (Claim c : VoleClaims.all()) {
        for (long seed = 1; seed <= 2; seed++) {
          long s = seed;
          futures.add(pool.submit(() -> c.id() + " " + s + ": " + c.check().run(s).measured()));
        }
      }
      List<String> out = new ArrayList<>();
      for (Future<String> f : futures) {
        out.add(f.get());
      }
      return out;
    } finally {
      pool.shutdownNow();
    }
  }
}
