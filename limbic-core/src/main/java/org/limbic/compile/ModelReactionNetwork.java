package org.limbic.compile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.limbic.math.Expr;
import org.limbic.model.Model;
import org.limbic.model.ModelException;
import org.limbic.model.Reaction;
import org.limbic.model.Rule;
import org.limbic.model.Species;
import org.limbic.model.SpeciesReference;
import org.limbic.stochastic.ReactionNetwork;

/**
 * A compiled model seen as a reaction network for the stochastic simulators: the state holds
 * molecule counts, each reaction's kinetic law is its propensity (SBML's stochastic convention),
 * evaluated by generated code one reaction at a time. Models with rate rules have no purely
 * stochastic reading and are refused. Models with events are refused by the constructor (a plain
 * stochastic method would silently ignore them); {@link #withEvents} accepts them for a driver that
 * executes them ({@code org.limbic.simulation.StochasticEventSimulation}), which gives each thread its
 * own network over its own parameter vector, since events may assign parameters. Thread-safe for a
 * fixed p: propensities read y and p only (the inlined rate functions never touch the work array).
 */
public final class ModelReactionNetwork implements ReactionNetwork {

  private final CompiledModel compiled;
  private final double[] p;
  private final double[] w;
  private final int[] rateScalar;
  private final int[][] changed;
  private final double[][] changes;
  private final int[][] dependsOn;
  private final boolean timeDependent;

  /** @throws ModelException if the model has rate rules or events */
  public ModelReactionNetwork(CompiledModel compiled, double[] p) {
    this(compiled, p, false);
  }

  /**
   * A network of a model that may have events, over the parameter vector {@code p} (which the
   * events' driver may change between reactions).
   *
   * @throws ModelException if the model has rate rules
   */
  public static ModelReactionNetwork withEvents(CompiledModel compiled, double[] p) {
    return new ModelReactionNetwork(compiled, p, true);
  }

  private ModelReactionNetwork(CompiledModel compiled, double[] p, boolean eventsExecuted) {
    Model model = compiled.model();
    for (Rule r : model.rules()) {
      if (r instanceof Rule.Rate) {
        throw new ModelException(r.variable(), "has a rate rule; stochastic simulation needs a model of reactions only");
      }
    }
    if (!eventsExecuted && !model.events().isEmpty()) {
      throw new ModelException(model.events().getFirst().id(), "has an event, which a plain stochastic method would"
          + " ignore; run the model with org.limbic.simulation.StochasticEventSimulation");
    }
    this.compiled = compiled;
    this.p = p;
    this.w = new double[compiled.layout().workCount()];
    this.rateScalar = compiled.layout().reactionRateScalar();
    ModelLayout layout = compiled.layout();
    int reactions = model.reactions().size();
    this.changed = new int[reactions][];
    this.changes = new double[reactions][];
    this.dependsOn = new int[reactions][];
    boolean readsTime = false;
    for (int r = 0; r < reactions; r++) {
      Reaction reaction = model.reactions().get(r);
      Map<Integer, Double> net = new LinkedHashMap<>();
      for (SpeciesReference ref : reaction.reactants()) {
        addChange(model, layout, net, ref, -1);
      }
      for (SpeciesReference ref : reaction.products()) {
        addChange(model, layout, net, ref, +1);
      }
      net.values().removeIf(v -> v == 0.0);
      changed[r] = net.keySet().stream().sorted().mapToInt(Integer::intValue).toArray();
      changes[r] = new double[changed[r].length];
      for (int k = 0; k < changed[r].length; k++) {
        changes[r][k] = net.get(changed[r][k]);
      }
      Expr rate = compiledRate(r);
      Set<String> slots = new LinkedHashSet<>();
      Rewriting.slotsRead(rate, slots);
      List<Integer> states = new ArrayList<>();
      for (String slot : slots) {
        if (Slots.array(slot) == KernelArray.STATE) {
          states.add(Slots.index(slot));
        }
      }
      dependsOn[r] = states.stream().sorted().mapToInt(Integer::intValue).toArray();
      readsTime |= Rewriting.readsTime(rate);
    }
    this.timeDependent = readsTime;
  }

  private Expr compiledRate(int r) {
    if (rateScalar[r] < 0) {
      throw new ModelException(compiled.model().reactions().get(r).id(), "its rate, with the assignment rules it reads"
          + " inlined, is too large for one-reaction-at-a-time stochastic updates; simplify the chain of rules");
    }
    return compiled.layout().scalarSources().get(rateScalar[r]);
  }

  private static void addChange(Model model, ModelLayout layout, Map<Integer, Double> net, SpeciesReference ref, int sign) {
    Species s = model.speciesById(ref.species()).orElseThrow();
    if (s.boundaryCondition() || s.constant()) {
      return;
    }
    if (ref.stoichiometrySymbol().isPresent()) {
      throw new ModelException(ref.species(), "has a variable stoichiometry ('" + ref.stoichiometrySymbol().get()
          + "'); stochastic simulation needs constant stoichiometries");
    }
    net.merge(layout.stateIndex(s.id()), sign * ref.stoichiometry(), Double::sum);
  }

  /**
   * True if some event's trigger can change while the state stands still between reactions: its
   * trigger or root reads time, directly or through an assignment rule that reads time. Then the
   * driver must look for crossings in time; otherwise triggers can change only at reactions.
   */
  public boolean eventTriggersReadTime() {
    if (!compiled.autonomous() && !compiled.layout().events().isEmpty()) {
      return true; // some rule or rate reads time; a trigger may read it through the work array
    }
    List<Expr> sources = compiled.layout().scalarSources();
    for (ModelLayout.EventLayout e : compiled.layout().events()) {
      if (Rewriting.readsTime(sources.get(e.triggerIndex())) || Rewriting.readsTime(sources.get(e.rootIndex()))) {
        return true;
      }
    }
    return false;
  }

  public CompiledModel compiled() {
    return compiled;
  }

  /** The parameter vector the propensities read. */
  public double[] parameters() {
    return p;
  }

  /** The initial molecule counts (the model's initial amounts). */
  public double[] initialCounts(double t0) {
    return compiled.initialState(t0, p);
  }

  @Override
  public int speciesCount() {
    return compiled.layout().stateCount();
  }

  @Override
  public int reactionCount() {
    return rateScalar.length;
  }

  @Override
  public double propensity(int r, double t, double[] x) {
    return compiled.kernel().scalar(rateScalar[r], t, x, p, w);
  }

  @Override
  public int[] changedSpecies(int r) {
    return changed[r];
  }

  @Override
  public double[] changes(int r) {
    return changes[r];
  }

  @Override
  public int[] propensityDependsOn(int r) {
    return dependsOn[r];
  }

  @Override
  public boolean timeDependent() {
    return timeDependent;
  }

  @Override
  public String speciesName(int i) {
    return compiled.layout().stateIds().get(i);
  }
}
