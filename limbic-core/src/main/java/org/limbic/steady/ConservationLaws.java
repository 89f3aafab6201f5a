package org.limbic.steady;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.limbic.compile.CompiledModel;
import org.limbic.compile.StateStoichiometry;

/**
 * The conserved linear combinations g . y of a compiled model's states (moieties): a basis of the
 * left null space of its stoichiometric matrix N in state coordinates ({@link StateStoichiometry}:
 * f(y) = N v(y) exactly, so g N = 0 makes g . f(y) = 0 for all y). Found by reducing N^T to reduced
 * row echelon form in exact rational arithmetic ({@link Fraction}): the coefficients are those of the
 * model, with no tolerance deciding a rank. Each law k has a dependent state d(k) whose coefficient
 * is nonzero in law k and zero in every other law (a free column of the echelon form), so that the
 * rows of the other states span the row space of N: replacing the rows d(k) of f by the laws gives a
 * square system that is regular at a regular steady state (Reder 1988, J Theor Biol 135:175; the
 * reduced system COPASI and libRoadRunner solve, Vallabhajosyula et al. 2006, Bioinformatics 22:346).
 */
public final class ConservationLaws {

  private final List<String> states;
  private final double[][] laws;
  private final int[] dependent;

  private ConservationLaws(List<String> states, double[][] laws, int[] dependent) {
    this.states = states;
    this.laws = laws;
    this.dependent = dependent;
  }

  /** The laws of a compiled model, from its stoichiometry in state coordinates. */
  public static ConservationLaws of(CompiledModel compiled) {
    return of(compiled, new java.util.BitSet());
  }

  /**
   * The laws when the reactions in {@code off} (model order) have rate 0 for the parameters at hand
   * (a rate constant or an inhibitor at 0): their columns are left out, which adds the laws that
   * hold while they stay off (a species only they change is then constant).
   */
  public static ConservationLaws of(CompiledModel compiled, java.util.BitSet off) {
    StateStoichiometry s = StateStoichiometry.of(compiled);
    double[][] n = s.matrix();
    int[] reaction = s.columnReaction();
    int kept = 0;
    for (int r : reaction) {
      kept += r >= 0 && off.get(r) ? 0 : 1;
    }
    double[][] on = new double[n.length][kept];
    for (int i = 0; i < n.length; i++) {
      for (int c = 0, k = 0; c < reaction.length; c++) {
        if (!(reaction[c] >= 0 && off.get(reaction[c]))) {
          on[i][k++] = n[i][c];
        }
      }
    }
    return ofStoichiometry(s.states(), on);
  }

  /** The laws of {@code n} (rows: states, columns: reactions or other fluxes). */
  static ConservationLaws ofStoichiometry(List<String> states, double[][] n) {
    int size = states.size();
    int columns = size == 0 ? 0 : n[0].length;
    // incremental RREF of N^T: one row per column of N, reduced against the pivots found so far
    List<Fraction[]> rows = new ArrayList<>();
    List<Integer> pivots = new ArrayList<>();
    for (int c = 0; c < columns; c++) {
      Fraction[] v = new Fraction[size];
      boolean any = false;
      for (int i = 0; i < size; i++) {
        v[i] = Fraction.of(n[i][c]);
        any |= !v[i].isZero();
      }
      if (!any) {
        continue;
      }
      for (int r = 0; r < rows.size(); r++) {
        Fraction a = v[pivots.get(r)];
        if (!a.isZero()) {
          subtract(v, a, rows.get(r));
        }
      }
      int pivot = -1;
      for (int i = 0; i < size && pivot < 0; i++) {
        if (!v[i].isZero()) {
          pivot = i;
        }
      }
      if (pivot < 0) {
        continue; // a combination of earlier columns (a reverse reaction, a duplicate)
      }
      Fraction scale = v[pivot];
      for (int i = 0; i < size; i++) {
        v[i] = v[i].dividedBy(scale);
      }
      for (int r = 0; r < rows.size(); r++) {
        Fraction a = rows.get(r)[pivot];
        if (!a.isZero()) {
          subtract(rows.get(r), a, v);
        }
      }
      rows.add(v);
      pivots.add(pivot);
    }
    boolean[] isPivot = new boolean[size];
    pivots.forEach(p -> isPivot[p] = true);
    List<double[]> laws = new ArrayList<>();
    List<Integer> dependent = new ArrayList<>();
    for (int free = 0; free < size; free++) {
      if (isPivot[free]) {
        continue;
      }
      Fraction[] g = new Fraction[size];
      java.util.Arrays.fill(g, Fraction.ZERO);
      g[free] = Fraction.ONE;
      for (int r = 0; r < rows.size(); r++) {
        g[pivots.get(r)] = rows.get(r)[free].negate();
      }
      laws.add(integral(g));
      dependent.add(free);
    }
    return new ConservationLaws(List.copyOf(states), laws.toArray(new double[0][]),
        dependent.stream().mapToInt(Integer::intValue).toArray());
  }

  /** v -= a * row, exactly. */
  private static void subtract(Fraction[] v, Fraction a, Fraction[] row) {
    for (int i = 0; i < v.length; i++) {
      if (!row[i].isZero()) {
        v[i] = v[i].minus(a.times(row[i]));
      }
    }
  }

  /** The law scaled to coprime integers (as doubles; exact while below 2^53, which the solver checks). */
  private static double[] integral(Fraction[] g) {
    BigInteger lcm = BigInteger.ONE;
    for (Fraction f : g) {
      lcm = lcm.divide(lcm.gcd(f.denominator())).multiply(f.denominator());
    }
    BigInteger gcd = BigInteger.ZERO;
    BigInteger[] whole = new BigInteger[g.length];
    for (int i = 0; i < g.length; i++) {
      whole[i] = g[i].numerator().multiply(lcm.divide(g[i].denominator()));
      gcd = gcd.gcd(whole[i]);
    }
    double[] out = new double[g.length];
    for (int i = 0; i < g.length; i++) {
      out[i] = whole[i].divide(gcd).doubleValue();
    }
    return out;
  }

  /** How many laws: the number of states less the rank of N. */
  public int count() {
    return laws.length;
  }

  public List<String> states() {
    return states;
  }

  /** The coefficients of law k over the states (a copy). */
  public double[] law(int k) {
    return laws[k].clone();
  }

  /** The state whose equation law k replaces in the reduced system. */
  public int dependent(int k) {
    return dependent[k];
  }

  /** The conserved totals g_k . y. */
  public double[] totals(double[] y) {
    double[] t = new double[laws.length];
    for (int k = 0; k < laws.length; k++) {
      t[k] = dot(laws[k], y);
    }
    return t;
  }

  /** sum_j |g_kj y_j|: the scale of total k, against which its rounding and drift are judged. */
  public double totalScale(int k, double[] y) {
    double s = 0;
    for (int j = 0; j < y.length; j++) {
      s += Math.abs(laws[k][j] * y[j]);
    }
    return s;
  }

  static double dot(double[] g, double[] y) {
    double s = 0;
    for (int j = 0; j < y.length; j++) {
      if (g[j] != 0) {
        s += g[j] * y[j];
      }
    }
    return s;
  }

  /** Law k as text, e.g. {@code E + ES} or {@code 2 A2 + A}. */
  public String describe(int k) {
    StringBuilder sb = new StringBuilder();
    for (int j = 0; j < states.size(); j++) {
      double g = laws[k][j];
      if (g == 0) {
        continue;
      }
      if (!sb.isEmpty()) {
        sb.append(g < 0 ? " - " : " + ");
      } else if (g < 0) {
        sb.append('-');
      }
      double a = Math.abs(g);
      if (a != 1) {
        sb.append(a == Math.rint(a) && a < 1e15 ? Long.toString((long) a) : String.format(Locale.ROOT, "%.17g", a)).append(' ');
      }
      sb.append(states.get(j));
    }
    return sb.toString();
  }

  @Override
  public String toString() {
    List<String> all = new ArrayList<>();
    for (int k = 0; k < laws.length; k++) {
      all.add(describe(k));
    }
    return "ConservationLaws" + all;
  }
}
