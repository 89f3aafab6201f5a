package org.limbic.compile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.limbic.model.Model;
import org.limbic.model.Reaction;
import org.limbic.model.Rule;
import org.limbic.model.Species;
import org.limbic.model.SpeciesReference;

/**
 * The right-hand side of a compiled model written as f(y) = N v(y), in the coordinates the ODE is
 * in (species amounts, rate-ruled compartments and parameters; see {@link SlotAllocation}): a column
 * of N per reaction with the constant net stoichiometry of each changed state, as
 * {@link ModelCompiler}'s derivatives add them up, and one column of its own for every term that is
 * not a reaction with a constant coefficient: a rate rule, or a reaction's term for a species whose
 * stoichiometry is a variable. Because f is exactly N v, every row vector g with g N = 0 gives
 * g . f(y) = 0 for every y, every rate law and every parameter value: g . y is conserved. An own
 * column can only hide such a law (making the reduced system singular, which Newton reports), never
 * invent one. Amounts are the right coordinates: a conserved sum of amounts does not depend on the
 * compartments' sizes, not even when they change.
 */
public final class StateStoichiometry {

  private final List<String> states;
  private final List<String> columns;
  private final int[] columnReaction;
  private final double[][] matrix;

  private StateStoichiometry(List<String> states, List<String> columns, int[] columnReaction, double[][] matrix) {
    this.states = states;
    this.columns = columns;
    this.columnReaction = columnReaction;
    this.matrix = matrix;
  }

  public static StateStoichiometry of(CompiledModel compiled) {
    Model model = compiled.model();
    List<String> states = compiled.layout().stateIds();
    List<String> columns = new ArrayList<>();
    List<double[]> entries = new ArrayList<>();
    List<Integer> reactionOf = new ArrayList<>();
    for (int ri = 0; ri < model.reactions().size(); ri++) {
      Reaction r = model.reactions().get(ri);
      Map<String, Double> net = new LinkedHashMap<>();
      List<String> variable = new ArrayList<>();
      for (List<SpeciesReference> side : List.of(r.reactants(), r.products())) {
        double sign = side == r.reactants() ? -1.0 : 1.0;
        for (SpeciesReference ref : side) {
          if (ref.stoichiometrySymbol().isPresent()) {
            variable.add(ref.species());
          } else {
            net.merge(ref.species(), sign * ref.stoichiometry(), Double::sum); // as ModelCompiler.derivatives
          }
        }
      }
      double[] column = new double[states.size()];
      net.forEach((species, v) -> {
        int i = changedState(model, states, species);
        if (i >= 0) {
          column[i] = v;
        }
      });
      columns.add(r.id());
      entries.add(column);
      reactionOf.add(ri);
      for (String species : variable) {
        int i = changedState(model, states, species);
        if (i >= 0) {
          columns.add("variable stoichiometry of " + species + " in " + r.id());
          entries.add(unit(states.size(), i));
          reactionOf.add(ri);
        }
      }
    }
    for (Rule rule : model.rules()) {
      if (rule instanceof Rule.Rate rr) {
        columns.add("rate rule of " + rr.variable());
        entries.add(unit(states.size(), states.indexOf(rr.variable())));
        reactionOf.add(-1);
      }
    }
    double[][] matrix = new double[states.size()][entries.size()];
    for (int c = 0; c < entries.size(); c++) {
      for (int i = 0; i < states.size(); i++) {
        matrix[i][c] = entries.get(c)[i];
      }
    }
    return new StateStoichiometry(List.copyOf(states), List.copyOf(columns),
        reactionOf.stream().mapToInt(Integer::intValue).toArray(), matrix);
  }

  private static double[] unit(int n, int i) {
    double[] e = new double[n];
    e[i] = 1.0;
    return e;
  }

  /** The state index of a species reactions change, or -1 for boundary and constant species (as the compiler). */
  private static int changedState(Model model, List<String> states, String speciesId) {
    Species s = model.speciesById(speciesId).orElseThrow();
    return s.boundaryCondition() || s.constant() ? -1 : states.indexOf(s.id());
  }

  /** The state ids, the rows. */
  public List<String> states() {
    return states;
  }

  /** What each column is: a reaction id, or the rate rule or variable stoichiometry it stands for. */
  public List<String> columns() {
    return columns;
  }

  /** Per column, the index of its reaction in the model's order, or -1 for a rate rule. */
  public int[] columnReaction() {
    return columnReaction.clone();
  }

  /** N[i][c], a copy. */
  public double[][] matrix() {
    double[][] copy = new double[matrix.length][];
    for (int i = 0; i < matrix.length; i++) {
      copy[i] = matrix[i].clone();
    }
    return copy;
  }
}
