package org.limbic.compile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.limbic.math.Expr;
import org.limbic.math.Fn;
import org.limbic.math.FunctionInliner;
import org.limbic.math.Lambda;
import org.limbic.math.Simplifier;
import org.limbic.model.Compartment;
import org.limbic.model.Event;
import org.limbic.model.InitialAssignment;
import org.limbic.model.Model;
import org.limbic.model.ModelException;
import org.limbic.model.Parameter;
import org.limbic.model.Reaction;
import org.limbic.model.Rule;
import org.limbic.model.Species;
import org.limbic.model.SpeciesReference;

/**
 * Turns a {@link Model} into a {@link CompiledModel}: lays out the arrays (see {@link Slots}),
 * lowers every expression to slot reads, orders rules and initial assignments, differentiates the
 * right-hand side for the Jacobian, and hands the statements to {@link KernelClassWriter}.
 *
 * <p>State convention (SBML's): species are integrated as amounts; in expressions a species id reads
 * its concentration (amount / size) unless it has only substance units.
 */
public final class ModelCompiler {

  private final Model model;
  private final Map<String, Expr> reads = new LinkedHashMap<>();
  private final IndexedIds stateIds = new IndexedIds();
  private final IndexedIds parameterIds = new IndexedIds();
  private final IndexedIds workIds = new IndexedIds();
  private final Map<String, Expr> workDefinitions = new LinkedHashMap<>();
  private final FunctionInliner functions;

  private ModelCompiler(Model model) {
    this.model = model;
    Map<String, Lambda> definitions = new HashMap<>();
    model.functions().forEach(f -> definitions.put(f.id(), new Lambda(f.parameters(), f.body())));
    this.functions = new FunctionInliner(definitions);
  }

  /** Compiles a model to JVM bytecode. */
  public static CompiledModel compile(Model model) {
    return new ModelCompiler(model).run();
  }

  /**
   * Everything {@link #compile} does before code generation, for benchmarks that compare code
   * generators on the same statements (limbic-bench).
   */
  static KernelSource kernelSource(Model model) {
    return new ModelCompiler(model).lowerAll().source();
  }

  private CompiledModel run() {
    long start = System.nanoTime();
    Lowered lowered = lowerAll();
    KernelSource source = lowered.source();
    ModelKernel kernel = KernelClassWriter.define(model.id(), source);
    boolean autonomous = source.rhs().stream().noneMatch(st -> Rewriting.readsTime(st.value()));
    autonomous &= lowered.delayTimeScalars().length == 0;
    return new CompiledModel(model, lowered.layout(), kernel, defaultParameters(), autonomous, lowered.jacobianEntries(),
        lowered.delayValueScalars(), lowered.delayTimeScalars(), System.nanoTime() - start);
  }

  private record Lowered(ModelLayout layout, KernelSource source, int jacobianEntries, int[] delayValueScalars, int[] delayTimeScalars) {
  }

  private Lowered lowerAll() {
    layOut();
    List<Statement> workStatements = orderedWorkStatements();
    List<Expr> derivatives = derivatives();
    List<Statement> rhs = new ArrayList<>(workStatements);
    for (int i = 0; i < derivatives.size(); i++) {
      rhs.add(new Statement('d', i, derivatives.get(i)));
    }
    ForwardJacobian jacobian = ForwardJacobian.of(workStatements, derivatives, workIds.size());
    List<Expr> scalars = new ArrayList<>();
    List<ModelLayout.EventLayout> events = events(scalars);
    int[] reactionWork = model.reactions().stream().mapToInt(r -> workIds.indexOf(r.id())).toArray();
    int[] reactionScalar = propensityScalars(workStatements, reactionWork, scalars);
    List<Statement> initialization = initialization();
    Map<Expr, Integer> delayedScalars = new LinkedHashMap<>();
    List<Integer> delayTimes = new ArrayList<>();
    for (List<Statement> list : List.of(initialization, workStatements, rhs, jacobian.statements())) {
      list.forEach(st -> collectDelays(st.value(), delayedScalars, delayTimes, scalars));
    }
    for (int k = 0; k < scalars.size(); k++) { // grows while delays inside delayed expressions are found
      collectDelays(scalars.get(k), delayedScalars, delayTimes, scalars);
    }
    ModelLayout layout = new ModelLayout(stateIds.asList(), parameterIds.asList(), workIds.asList(), jacobian.tangentCount(), reads, events, reactionWork,
        reactionScalar, scalars);
    return new Lowered(layout, new KernelSource(stateIds.size(), initialization, workStatements, rhs, jacobian.statements(),
        scalars, Map.copyOf(delayedScalars)), jacobian.entries(), delayedScalars.values().stream().mapToInt(Integer::intValue).toArray(),
        delayTimes.stream().mapToInt(Integer::intValue).toArray());
  }

  /** Each delay(x, d) in {@code e}: x and d become scalar functions, x's once per distinct x. */
  private static void collectDelays(Expr e, Map<Expr, Integer> delayed, List<Integer> delayTimes, List<Expr> scalars) {
    switch (e) {
      case Expr.Apply a -> {
        a.args().forEach(x -> collectDelays(x, delayed, delayTimes, scalars));
        if (a.fn() == Fn.DELAY && !delayed.containsKey(a.arg(0))) {
          delayed.put(a.arg(0), add(scalars, a.arg(0)));
          delayTimes.add(add(scalars, a.arg(1)));
        }
      }
      case Expr.Piecewise p -> {
        p.values().forEach(x -> collectDelays(x, delayed, delayTimes, scalars));
        p.conditions().forEach(x -> collectDelays(x, delayed, delayTimes, scalars));
        collectDelays(p.otherwise(), delayed, delayTimes, scalars);
      }
      default -> {
      }
    }
  }

  // ---- layout ----

  private void layOut() {
    Map<String, Rule> rules = new HashMap<>();
    model.rules().forEach(r -> rules.put(r.variable(), r));
    for (Compartment c : model.compartments()) {
      place(c.id(), rules.get(c.id()), false);
    }
    for (Parameter p : model.parameters()) {
      place(p.id(), rules.get(p.id()), false);
    }
    for (Species s : model.species()) {
      place(s.id(), rules.get(s.id()), true);
    }
    for (Reaction r : model.reactions()) {
      workIds.add(r.id());
      reads.put(r.id(), Slots.work(workIds.size() - 1));
    }
    // Species reads need their compartment's read, known only now.
    for (Species s : model.species()) {
      if (reads.get(s.id()) instanceof Expr.Sym slot && Slots.kind(slot.name()) == Slots.STATE && !s.hasOnlySubstanceUnits()) {
        reads.put(s.id(), Expr.apply(Fn.DIVIDE, slot, reads.get(s.compartment())));
      }
    }
    for (Rule r : model.rules()) {
      if (r instanceof Rule.Assignment a) {
        workDefinitions.put(a.variable(), lower(a.math(), Map.of()));
      }
    }
    for (Reaction r : model.reactions()) {
      workDefinitions.put(r.id(), lower(r.kineticLaw(), r.localParameters()));
    }
  }

  /** Every species not fixed by an assignment rule is a state (constant ones simply have dy/dt = 0). */
  private void place(String id, Rule rule, boolean isSpecies) {
    if (rule instanceof Rule.Assignment) {
      workIds.add(id);
      reads.put(id, Slots.work(workIds.size() - 1));
      return;
    }
    if (isSpecies || rule instanceof Rule.Rate) {
      stateIds.add(id);
      reads.put(id, Slots.state(stateIds.size() - 1));
    }
    parameterIds.add(id); // a parameter's value, or a state's initial value
    if (!isSpecies && !(rule instanceof Rule.Rate)) {
      reads.put(id, Slots.parameter(parameterIds.size() - 1));
    }
  }

  private double[] defaultParameters() {
    double[] p = new double[parameterIds.size()];
    for (int i = 0; i < p.length; i++) {
      Object element = model.element(parameterIds.get(i)).orElseThrow();
      p[i] = switch (element) {
        case Compartment c -> c.size();
        case Parameter par -> par.value();
        case Species s -> s.initialValue();
        default -> throw new IllegalStateException("not a valued element: " + element);
      };
    }
    return p;
  }

  // ---- lowering ----

  /** Inlines functions, replaces local parameters by their values and symbols by slot reads. */
  private Expr lower(Expr e, Map<String, Double> localParameters) {
    Expr inlined = functions.inline(e);
    return Rewriting.substitute(inlined, name -> {
      Double local = localParameters.get(name);
      if (local != null) {
        return new Expr.Num(local);
      }
      Expr read = reads.get(name);
      if (read == null) {
        throw new ModelException(name, "symbol has no value in model '" + model.id() + "'");
      }
      return read;
    });
  }

  /** The w statements in an order where every value is computed before it is read. */
  private List<Statement> orderedWorkStatements() {
    Map<String, Set<String>> deps = new LinkedHashMap<>();
    for (Map.Entry<String, Expr> d : workDefinitions.entrySet()) {
      Set<String> reads = new LinkedHashSet<>();
      Rewriting.slotsRead(d.getValue(), reads);
      Set<String> workDeps = new LinkedHashSet<>();
      for (String slot : reads) {
        if (Slots.kind(slot) == Slots.WORK) {
          workDeps.add(workIds.get(Slots.index(slot)));
        }
      }
      deps.put(d.getKey(), workDeps);
    }
    List<Statement> statements = new ArrayList<>();
    for (String id : TopologicalOrder.of(deps, "assignment rules and reaction rates")) {
      statements.add(new Statement('w', workIds.indexOf(id), workDefinitions.get(id)));
    }
    return statements;
  }

  /** dy/dt per state, with work values still as slot reads. */
  private List<Expr> derivatives() {
    List<List<Expr>> terms = new ArrayList<>();
    for (int i = 0; i < stateIds.size(); i++) {
      terms.add(new ArrayList<>());
    }
    for (Reaction r : model.reactions()) {
      Expr rate = Slots.work(workIds.indexOf(r.id()));
      Map<String, Double> net = new LinkedHashMap<>();
      Map<String, List<Expr>> symbolic = new LinkedHashMap<>();
      for (List<SpeciesReference> side : List.of(r.reactants(), r.products())) {
        double sign = side == r.reactants() ? -1.0 : 1.0;
        for (SpeciesReference ref : side) {
          if (ref.stoichiometrySymbol().isPresent()) {
            Expr coefficient = Expr.apply(Fn.TIMES, new Expr.Num(sign * ref.stoichiometry()),
                reads.get(ref.stoichiometrySymbol().get()));
            symbolic.computeIfAbsent(ref.species(), k -> new ArrayList<>()).add(coefficient);
          } else {
            net.merge(ref.species(), sign * ref.stoichiometry(), Double::sum);
          }
        }
      }
      for (Map.Entry<String, Double> e : net.entrySet()) {
        int i = changedState(e.getKey());
        if (i >= 0 && e.getValue() != 0.0) {
          terms.get(i).add(e.getValue() == 1.0 ? rate : Expr.apply(Fn.TIMES, new Expr.Num(e.getValue()), rate));
        }
      }
      for (Map.Entry<String, List<Expr>> e : symbolic.entrySet()) {
        int i = changedState(e.getKey());
        if (i >= 0) {
          Expr coefficient = e.getValue().size() == 1 ? e.getValue().getFirst() : new Expr.Apply(Fn.PLUS, e.getValue());
          terms.get(i).add(Expr.apply(Fn.TIMES, coefficient, rate));
        }
      }
    }
    for (Rule rule : model.rules()) {
      if (rule instanceof Rule.Rate rr) {
        int i = stateIds.indexOf(rr.variable());
        terms.get(i).add(rateRuleTerm(rr));
      }
    }
    List<Expr> derivatives = new ArrayList<>();
    for (List<Expr> t : terms) {
      derivatives.add(Simplifier.simplify(t.isEmpty() ? Expr.Num.ZERO : t.size() == 1 ? t.getFirst() : new Expr.Apply(Fn.PLUS, t)));
    }
    return derivatives;
  }

  /** The state index of a species that reactions change, or -1 for boundary and constant species. */
  private int changedState(String speciesId) {
    Species s = model.speciesById(speciesId).orElseThrow();
    return s.boundaryCondition() || s.constant() ? -1 : stateIds.indexOf(s.id());
  }

  /**
   * A rate rule on a concentration gives d[S]/dt; the state is the amount n = [S] V, so
   * dn/dt = V d[S]/dt + [S] dV/dt (SBML L3V2 section 4.9.4).
   */
  private Expr rateRuleTerm(Rule.Rate rr) {
    Expr rate = lower(rr.math(), Map.of());
    Species s = model.speciesById(rr.variable()).orElse(null);
    if (s == null || s.hasOnlySubstanceUnits()) {
      return rate;
    }
    Expr size = reads.get(s.compartment());
    Expr sizeRate = model.ruleFor(s.compartment()).map(r -> switch (r) {
      case Rule.Rate cr -> lower(cr.math(), Map.of());
      case Rule.Assignment ignored -> throw new ModelException(s.id(), "has a rate rule in concentration units while its "
          + "compartment '" + s.compartment() + "' follows an assignment rule; give the species hasOnlySubstanceUnits "
          + "or the compartment a rate rule");
    }).orElse(Expr.Num.ZERO);
    return Expr.apply(Fn.PLUS, Expr.apply(Fn.TIMES, rate, size), Expr.apply(Fn.TIMES, reads.get(s.id()), sizeRate));
  }

  /** Largest inlined propensity (expression nodes) compiled as its own function; see {@link #propensityScalars}. */
  private static final long MAX_INLINED_PROPENSITY = 2_000;

  /**
   * Per reaction, a scalar function computing its rate from y and p alone (assignment rules
   * inlined), so stochastic methods can update one propensity without recomputing all work values;
   * -1 for a rate whose inlined form would exceed {@value #MAX_INLINED_PROPENSITY} nodes (long
   * chains of rules), which is then read from a full work update instead.
   */
  private int[] propensityScalars(List<Statement> work, int[] reactionWork, List<Expr> scalars) {
    Map<Integer, Expr> inlined = new HashMap<>();
    Map<Integer, Long> sizes = new HashMap<>();
    for (Statement s : work) {
      long size = inlinedSize(s.value(), sizes);
      sizes.put(s.index(), size);
      if (size <= MAX_INLINED_PROPENSITY) {
        inlined.put(s.index(), Rewriting.substitute(s.value(), slot -> Slots.kind(slot) == Slots.WORK
            ? inlined.get(Slots.index(slot)) : new Expr.Sym(slot)));
      }
    }
    int[] scalar = new int[reactionWork.length];
    for (int r = 0; r < reactionWork.length; r++) {
      Expr e = inlined.get(reactionWork[r]);
      scalar[r] = e == null ? -1 : add(scalars, e);
    }
    return scalar;
  }

  /**
   * Nodes of an expression once its work reads are replaced by their (inlined) definitions, capped
   * just above the limit (chains of rules grow geometrically and would overflow a long).
   */
  private static long inlinedSize(Expr e, Map<Integer, Long> sizes) {
    long cap = MAX_INLINED_PROPENSITY + 1;
    return switch (e) {
      case Expr.Sym s -> Slots.isSlot(s.name()) && Slots.kind(s.name()) == Slots.WORK
          ? sizes.getOrDefault(Slots.index(s.name()), 1L) : 1L;
      case Expr.Apply a -> Math.min(cap, 1 + a.args().stream().mapToLong(x -> inlinedSize(x, sizes)).reduce(0, (x, y) -> Math.min(cap, x + y)));
      case Expr.Piecewise p -> Math.min(cap, 1 + inlinedSize(new Expr.Apply(Fn.PLUS, concat(p)), sizes));
      case Expr.Call c -> Math.min(cap, 1 + c.args().stream().mapToLong(x -> inlinedSize(x, sizes)).reduce(0, (x, y) -> Math.min(cap, x + y)));
      default -> 1L;
    };
  }

  private static List<Expr> concat(Expr.Piecewise p) {
    List<Expr> all = new ArrayList<>(p.values());
    all.addAll(p.conditions());
    all.add(p.otherwise());
    return all;
  }

  // ---- initialization ----

  /**
   * Initial values, initial assignments and assignment rules form one system evaluated in dependency
   * order (SBML L3V2 section 3.4.8); a cycle is an error.
   */
  private List<Statement> initialization() {
    Map<String, Statement> definitions = new LinkedHashMap<>();
    Map<String, Expr> initialAssignments = new HashMap<>();
    for (InitialAssignment ia : model.initialAssignments()) {
      initialAssignments.put(ia.symbol(), lower(ia.math(), Map.of()));
    }
    for (int i = 0; i < stateIds.size(); i++) {
      String id = stateIds.get(i);
      Expr value = initialAssignments.getOrDefault(id, Slots.parameter(parameterIds.indexOf(id)));
      Species s = model.speciesById(id).orElse(null);
      if (s != null) {
        boolean givenAsConcentration = initialAssignments.containsKey(id) ? !s.hasOnlySubstanceUnits() : s.initialIsConcentration();
        if (givenAsConcentration) {
          value = Expr.apply(Fn.TIMES, value, reads.get(s.compartment()));
        }
      }
      definitions.put(id, new Statement('y', i, value));
    }
    for (Map.Entry<String, Expr> ia : initialAssignments.entrySet()) {
      if (!stateIds.contains(ia.getKey())) {
        definitions.put(ia.getKey(), new Statement('p', parameterIds.indexOf(ia.getKey()), ia.getValue()));
      }
    }
    for (Map.Entry<String, Expr> w : workDefinitions.entrySet()) {
      definitions.put(w.getKey(), new Statement('w', workIds.indexOf(w.getKey()), w.getValue()));
    }
    Map<String, String> slotOwner = new HashMap<>();
    for (Map.Entry<String, Statement> d : definitions.entrySet()) {
      slotOwner.put("$" + d.getValue().target() + d.getValue().index(), d.getKey());
    }
    Map<String, Set<String>> deps = new LinkedHashMap<>();
    for (Map.Entry<String, Statement> d : definitions.entrySet()) {
      Set<String> slots = new LinkedHashSet<>();
      Rewriting.slotsRead(d.getValue().value(), slots);
      Set<String> owners = new LinkedHashSet<>();
      for (String slot : slots) {
        String owner = slotOwner.get(slot);
        if (owner != null && !owner.equals(d.getKey())) {
          owners.add(owner);
        }
      }
      deps.put(d.getKey(), owners);
    }
    List<Statement> ordered = new ArrayList<>();
    for (String id : TopologicalOrder.of(deps, "initial assignments and rules")) {
      ordered.add(definitions.get(id));
    }
    return ordered;
  }

  // ---- events ----

  private List<ModelLayout.EventLayout> events(List<Expr> scalars) {
    List<ModelLayout.EventLayout> layouts = new ArrayList<>();
    for (Event e : model.events()) {
      Expr trigger = lower(e.trigger(), Map.of());
      int triggerIndex = add(scalars, trigger);
      int rootIndex = add(scalars, TriggerRoots.of(trigger));
      int priorityIndex = e.priority().map(p -> add(scalars, lower(p, Map.of()))).orElse(-1);
      int delayIndex = e.delay().map(d -> add(scalars, lower(d, Map.of()))).orElse(-1);
      List<ModelLayout.Target> targets = new ArrayList<>();
      for (Event.EventAssignment a : e.assignments()) {
        int valueIndex = add(scalars, lower(a.math(), Map.of()));
        targets.add(target(a.variable(), valueIndex, scalars));
      }
      layouts.add(new ModelLayout.EventLayout(e.id(), triggerIndex, rootIndex, priorityIndex, delayIndex,
          e.initialValue(), e.persistent(), e.useValuesFromTriggerTime(), targets));
    }
    return layouts;
  }

  private ModelLayout.Target target(String variable, int valueIndex, List<Expr> scalars) {
    int state = stateIds.indexOf(variable);
    if (state >= 0) {
      Species s = model.speciesById(variable).orElse(null);
      int sizeIndex = s != null && !s.hasOnlySubstanceUnits() ? add(scalars, reads.get(s.compartment())) : -1;
      return new ModelLayout.Target(variable, Slots.STATE, state, sizeIndex, valueIndex);
    }
    return new ModelLayout.Target(variable, Slots.PARAMETER, parameterIds.indexOf(variable), -1, valueIndex);
  }

  private static int add(List<Expr> scalars, Expr e) {
    scalars.add(e);
    return scalars.size() - 1;
  }
}
