package org.limbic.stochastic;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reaction network with stochastic mass-action propensities, a_r = c_r prod_i C(x_i, nu_ir), the
 * number of distinct reactant combinations times the stochastic rate constant (Gillespie 1977, eq. 5;
 * so 2A -> B has c x(x-1)/2). Built from equations such as {@code "2 A + B -> C"}, {@code "-> X"} or
 * {@code "X -> 0"}; for tests, benchmarks and hand-written models.
 */
public final class MassActionNetwork implements ReactionNetwork {

  private static final Pattern TERM = Pattern.compile("(\\d+)?\\s*\\*?\\s*([A-Za-z_][A-Za-z0-9_]*)");

  private final List<String> speciesNames;
  private final List<String> equations;
  private final double[] rate;
  /** Reactant species and their stoichiometry per reaction (species sorted). */
  private final int[][] reactants;
  private final int[][] reactantCounts;
  private final int[][] changed;
  private final double[][] change;

  private MassActionNetwork(Builder builder) {
    speciesNames = List.copyOf(builder.species.keySet());
    equations = List.copyOf(builder.equations);
    int m = equations.size();
    rate = new double[m];
    reactants = new int[m][];
    reactantCounts = new int[m][];
    changed = new int[m][];
    change = new double[m][];
    for (int r = 0; r < m; r++) {
      String where = "reaction " + r + " '" + equations.get(r) + "'";
      rate[r] = builder.rates.get(r);
      if (!(rate[r] >= 0) || Double.isInfinite(rate[r])) {
        throw new IllegalArgumentException(where + ": rate constant must be finite and >= 0, got " + rate[r]);
      }
      String[] sides = equations.get(r).split("->", -1);
      if (sides.length != 2) {
        throw new IllegalArgumentException(where + ": write it as 'reactants -> products', e.g. '2 A -> B'");
      }
      TreeMap<Integer, Integer> left = side(sides[0], builder.species, where);
      TreeMap<Integer, Integer> right = side(sides[1], builder.species, where);
      reactants[r] = left.keySet().stream().mapToInt(Integer::intValue).toArray();
      reactantCounts[r] = left.values().stream().mapToInt(Integer::intValue).toArray();
      TreeMap<Integer, Integer> net = new TreeMap<>(right);
      left.forEach((s, n) -> net.merge(s, -n, Integer::sum));
      net.values().removeIf(v -> v == 0);
      changed[r] = net.keySet().stream().mapToInt(Integer::intValue).toArray();
      change[r] = net.values().stream().mapToDouble(Integer::doubleValue).toArray();
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  private static TreeMap<Integer, Integer> side(String text, Map<String, Integer> species, String where) {
    TreeMap<Integer, Integer> terms = new TreeMap<>();
    String trimmed = text.strip();
    if (trimmed.isEmpty() || trimmed.equals("0") || trimmed.equals("∅")) {
      return terms;
    }
    for (String term : trimmed.split("\\+")) {
      Matcher m = TERM.matcher(term.strip());
      if (!m.matches()) {
        throw new IllegalArgumentException(where + ": cannot read term '" + term.strip()
            + "'; write a count then a species name, e.g. '2 A'");
      }
      Integer index = species.get(m.group(2));
      if (index == null) {
        throw new IllegalArgumentException(where + ": unknown species '" + m.group(2)
            + "'; declare it with species(...) first (declared: " + String.join(", ", species.keySet()) + ")");
      }
      int count = m.group(1) == null ? 1 : Integer.parseInt(m.group(1));
      if (count > 0) {
        terms.merge(index, count, Integer::sum);
      }
    }
    return terms;
  }

  @Override
  public int speciesCount() {
    return speciesNames.size();
  }

  @Override
  public int reactionCount() {
    return rate.length;
  }

  /** c_r times the number of reactant combinations; allocates nothing. */
  @Override
  public double propensity(int r, double t, double[] x) {
    double a = rate[r];
    int[] s = reactants[r];
    int[] n = reactantCounts[r];
    for (int k = 0; k < s.length; k++) {
      double xi = x[s[k]];
      int nu = n[k];
      if (xi < nu) {
        return 0;
      }
      for (int j = 0; j < nu; j++) {
        a *= (xi - j) / (j + 1);
      }
    }
    return a;
  }

  @Override
  public int[] changedSpecies(int r) {
    return changed[r].clone();
  }

  @Override
  public double[] changes(int r) {
    return change[r].clone();
  }

  @Override
  public int[] propensityDependsOn(int r) {
    return reactants[r].clone();
  }

  @Override
  public int[] reactantOrders(int r) {
    return reactantCounts[r].clone();
  }

  @Override
  public String speciesName(int i) {
    return speciesNames.get(i);
  }

  public int speciesIndex(String name) {
    int i = speciesNames.indexOf(name);
    if (i < 0) {
      throw new IllegalArgumentException("no species '" + name + "'; the network has " + speciesNames);
    }
    return i;
  }

  public double rate(int r) {
    return rate[r];
  }

  public String equation(int r) {
    return equations.get(r);
  }

  /** Collects species and reactions; everything is checked at {@link #build()}. */
  public static final class Builder {

    private final Map<String, Integer> species = new LinkedHashMap<>();
    private final List<String> equations = new ArrayList<>();
    private final List<Double> rates = new ArrayList<>();

    private Builder() {
    }

    public Builder species(String... names) {
      for (String name : names) {
        if (!TERM.matcher(name).matches() || Character.isDigit(name.charAt(0))) {
          throw new IllegalArgumentException("species name '" + name + "' must be a letter or _ then letters, digits, _");
        }
        if (species.putIfAbsent(name, species.size()) != null) {
          throw new IllegalArgumentException("species '" + name + "' declared twice");
        }
      }
      return this;
    }

    /** A reaction such as {@code "2 A -> B"} with stochastic rate constant {@code c} (per unit time). */
    public Builder reaction(String equation, double c) {
      equations.add(equation);
      rates.add(c);
      return this;
    }

    public MassActionNetwork build() {
      return new MassActionNetwork(this);
    }
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("MassActionNetwork" + speciesNames + " {");
    for (int r = 0; r < rate.length; r++) {
      text.append(r == 0 ? " " : "; ").append(equations.get(r)).append(" @ ").append(rate[r]);
    }
    return text.append(" }").toString();
  }
}
