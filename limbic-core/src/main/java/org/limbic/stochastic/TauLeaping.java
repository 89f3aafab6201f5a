package org.limbic.stochastic;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Explicit Poisson tau-leaping with the step selection of Cao, Gillespie &amp; Petzold 2006 (J Chem
 * Phys 124:044109, sec. IV, steps 1-6) and the critical reactions of Cao, Gillespie &amp; Petzold 2005
 * (J Chem Phys 123:054104):
 * <ol>
 *   <li>a reaction is critical when fewer than n_c firings would exhaust one of its reactants;
 *   <li>tau' bounds the expected change and the standard deviation of every reactant species over the
 *       non-critical reactions by max(epsilon x_i / g_i, 1) (their eq. 33), with one change: the
 *       expected change is the gross flow sum_j |v_ij| a_j, not the net sum_j v_ij a_j. Near a steady
 *       state the net flow vanishes, and eq. 33 then lets mu tau grow with the population (the
 *       variance term allows tau ~ epsilon^2 x / mu): the explicit leap x + P(k tau) - P(mu x tau)
 *       overshoots by up to epsilon x each leap, and birth-death's spread over replicates was 16 times
 *       Poisson's at 1e6 molecules, 15,000 times at 1e12. The gross bound keeps mu tau below epsilon,
 *       so the stationary variance is within about epsilon / 4 of the exact one at any population;
 *   <li>if tau' &lt; 10 / a0, leaping is abandoned for 100 exact direct-method steps;
 *   <li>tau'' ~ Exp(a0 of the critical reactions); the leap is min(tau', tau''), and if tau'' wins one
 *       critical reaction fires once;
 *   <li>non-critical reactions fire Poisson(a_j tau) times; if a population would go negative the leap
 *       is rejected, tau' halved, and selection resumes at step 3.
 * </ol>
 * g_i is the paper's eq. 27 generalized to any order: for a reaction of total order O consuming n_i
 * molecules of species i, g = (O / n_i)(n_i + sum_{k=1}^{n_i-1} k / (x_i - k)), which is their table for
 * O &lt;= 3; the largest over the reactions that consume i is used. Propensities are frozen over a leap,
 * so time-dependent networks are simulated with propensities read at the leap's start.
 */
public final class TauLeaping implements StochasticMethod {

  public static final String NAME = "tau-leap";

  private final TauLeapOptions options;
  private NetworkStructure structure;
  private RandomGenerator random;
  private double[] x;
  private double[] trial;
  private double[] a;
  private boolean[] critical;
  private long[] counts;
  private double[] grossFlow;
  private double[] spread;
  /** Per species: the (total order, own order) pairs of the reactions consuming it, for g_i. */
  private int[][] consumerOrders;
  private double t;
  private int exactStepsLeft;
  private long steps;
  private long firings;
  private long leaps;
  private long rejected;

  public TauLeaping() {
    this(TauLeapOptions.DEFAULTS);
  }

  public TauLeaping(TauLeapOptions options) {
    this.options = options;
  }

  @Override
  public String name() {
    return NAME;
  }

  public TauLeapOptions options() {
    return options;
  }

  @Override
  public void reset(ReactionNetwork network, double t0, double[] x0, RandomGenerator random) {
    if (structure == null || structure.network != network) {
      structure = new NetworkStructure(network);
      int m = structure.reactions;
      int n = structure.species;
      trial = new double[n];
      a = new double[m];
      critical = new boolean[m];
      counts = new long[m];
      grossFlow = new double[n];
      spread = new double[n];
      consumerOrders = consumerOrders(structure);
    }
    x = structure.checkedState(x0);
    this.random = random;
    t = t0;
    exactStepsLeft = 0;
  }

  /** One leap, or one exact step while leaping is abandoned, or the move to tStop; allocates nothing. */
  @Override
  public double step(double tStop) {
    steps++;
    structure.network.propensities(t, x, a);
    double a0 = 0;
    for (double ar : a) {
      a0 += ar;
    }
    if (!(a0 > 0)) {
      t = Math.max(t, tStop);
      return t;
    }
    if (exactStepsLeft > 0) {
      exactStepsLeft--;
      return exactStep(tStop, a0);
    }
    markCritical();
    double tauPrime = noncriticalLeapBound();
    while (true) {
      if (tauPrime < options.exactFallbackFactor() / a0) {
        exactStepsLeft = options.exactFallbackSteps() - 1;
        return exactStep(tStop, a0);
      }
      double criticalSum = 0;
      for (int r = 0; r < a.length; r++) {
        if (critical[r]) {
          criticalSum += a[r];
        }
      }
      double tauCritical = criticalSum > 0 ? random.nextExponential() / criticalSum : Double.POSITIVE_INFINITY;
      int firedCritical = -1;
      double tau = Math.min(tauPrime, tauCritical);
      if (tau == Double.POSITIVE_INFINITY) {
        // no reactant limits the leap (only source reactions, e.g. 0 -> X) and no stop time: step exactly
        return exactStep(tStop, a0);
      }
      boolean reachesStop = tau >= tStop - t;
      if (reachesStop) {
        tau = tStop - t;
      } else if (tauCritical <= tauPrime) {
        firedCritical = pickCritical(random.nextDouble() * criticalSum);
      }
      if (leap(tau, firedCritical)) {
        t = reachesStop ? tStop : t + tau;
        return t;
      }
      rejected++;
      tauPrime /= 2;
    }
  }

  /** Draws the firings of one leap into {@code trial}; false (state untouched) if a count would go negative. */
  private boolean leap(double tau, int firedCritical) {
    System.arraycopy(x, 0, trial, 0, x.length);
    long fired = 0;
    for (int r = 0; r < a.length; r++) {
      long k = critical[r] ? (r == firedCritical ? 1 : 0) : PoissonSampler.sample(random, a[r] * tau);
      counts[r] = k;
      if (k > 0) {
        structure.fire(r, k, trial);
        fired += k;
      }
    }
    for (double v : trial) {
      if (v < 0) {
        return false;
      }
    }
    System.arraycopy(trial, 0, x, 0, x.length);
    firings += fired;
    leaps++;
    return true;
  }

  /** One step of Gillespie's direct method on the propensities already in {@code a}. */
  private double exactStep(double tStop, double a0) {
    double next = t + random.nextExponential() / a0;
    if (next > tStop) {
      t = tStop;
      return t;
    }
    t = next;
    structure.fire(ExactMethods.select(a, random.nextDouble() * a0), 1, x);
    firings++;
    return t;
  }

  /** Critical: possible, and fewer than n_c firings from exhausting a reactant (Cao et al. 2005, eq. 10). */
  private void markCritical() {
    for (int r = 0; r < a.length; r++) {
      double firingsLeft = Double.POSITIVE_INFINITY;
      int[] s = structure.changed[r];
      double[] v = structure.change[r];
      for (int k = 0; k < s.length; k++) {
        if (v[k] < 0) {
          firingsLeft = Math.min(firingsLeft, Math.floor(x[s[k]] / -v[k]));
        }
      }
      critical[r] = a[r] > 0 && firingsLeft < options.criticalThreshold();
    }
  }

  /** tau' of Cao et al. 2006, eq. 33, over the non-critical reactions; infinity if there are none. */
  private double noncriticalLeapBound() {
    Arrays.fill(grossFlow, 0);
    Arrays.fill(spread, 0);
    for (int r = 0; r < a.length; r++) {
      if (critical[r] || a[r] == 0) {
        continue;
      }
      int[] s = structure.changed[r];
      double[] v = structure.change[r];
      for (int k = 0; k < s.length; k++) {
        grossFlow[s[k]] += Math.abs(v[k]) * a[r]; // gross, not net: see the class comment
        spread[s[k]] += v[k] * v[k] * a[r];
      }
    }
    double tau = Double.POSITIVE_INFINITY;
    double epsilon = options.epsilon();
    for (int i = 0; i < x.length; i++) {
      int[] orders = consumerOrders[i];
      if (orders.length == 0) {
        continue;
      }
      double allowed = Math.max(epsilon * x[i] / g(orders, x[i]), 1);
      if (grossFlow[i] != 0) {
        tau = Math.min(tau, allowed / grossFlow[i]);
      }
      if (spread[i] > 0) {
        tau = Math.min(tau, allowed * allowed / spread[i]);
      }
    }
    return tau;
  }

  /** g_i of Cao et al. 2006, eq. 27, generalized (see the class comment). */
  private static double g(int[] orders, double xi) {
    double g = 1;
    for (int p = 0; p < orders.length; p += 2) {
      int total = orders[p];
      int own = orders[p + 1];
      double sensitivity = own;
      for (int k = 1; k < own; k++) {
        sensitivity += k / Math.max(xi - k, 1);
      }
      g = Math.max(g, (double) total / own * sensitivity);
    }
    return g;
  }

  private int pickCritical(double target) {
    double cumulative = 0;
    int last = -1;
    for (int r = 0; r < a.length; r++) {
      if (critical[r]) {
        cumulative += a[r];
        last = r;
        if (target < cumulative) {
          return r;
        }
      }
    }
    return last;
  }

  private static int[][] consumerOrders(NetworkStructure structure) {
    List<List<Integer>> pairs = new ArrayList<>();
    for (int i = 0; i < structure.species; i++) {
      pairs.add(new ArrayList<>());
    }
    for (int r = 0; r < structure.reactions; r++) {
      int total = 0;
      for (int order : structure.readOrders[r]) {
        total += order;
      }
      int[] reads = structure.reads[r];
      for (int k = 0; k < reads.length; k++) {
        pairs.get(reads[k]).add(total);
        pairs.get(reads[k]).add(structure.readOrders[r][k]);
      }
    }
    int[][] result = new int[structure.species][];
    for (int i = 0; i < structure.species; i++) {
      result[i] = pairs.get(i).stream().mapToInt(Integer::intValue).toArray();
    }
    return result;
  }

  @Override
  public double time() {
    return t;
  }

  @Override
  public double[] state() {
    return x;
  }

  @Override
  public StochasticStatistics statistics() {
    return new StochasticStatistics(steps, firings, leaps, rejected);
  }
}
