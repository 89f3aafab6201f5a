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
import org.limbic.math.Simplifier;
import org.limbic.model.DependencyOrder;
import org.limbic.model.InitialAssignment;
import org.limbic.model.Model;
import org.limbic.model.ModelException;
import org.limbic.model.Reaction;
import org.limbic.model.Rule;
import org.limbic.model.Species;
import org.limbic.model.SpeciesReference;

/**
 * Turns a {@link Model} into a {@link CompiledModel} in four passes, then code generation:
 * <ol>
 *   <li>layout ({@link SlotAllocation}): where every symbol lives in the kernel's arrays;
 *   <li>lowering (this class, with {@link ExpressionLowering}): every expression to slot reads, rules
 *       and initial assignments in dependency order, the right-hand side and, differentiated, the
 *       Jacobian ({@link ForwardJacobian}), and per reaction a propensity for stochastic methods;
 *   <li>events ({@link EventLowering}): triggers, priorities, delays and assignments as scalar functions;
 *   <li>delays ({@link DelayScalars}): the past values each delay(x, d) reads;
 * </ol>
 * and hands the resulting {@link KernelSource} to {@link KernelClassWriter}.
 */
public final class ModelCompiler {

  private final Model model;
  private final SlotAllocation slots;
  private final ExpressionLowering lowering;
  private final Map<String, Expr> workDefinitions = new LinkedHashMap<>();

  private ModelCompiler(Model model) {
    this.model = model;
    this.slots = SlotAllocation.of(model);
    this.lowering = new ExpressionLowering(model, slots);
  }

  /** Compiles a model to JVM bytecode. */
  public static CompiledModel compile(Model model) {
    long start = System.nanoTime();
    ModelCompiler compiler = new ModelCompiler(model);
    Lowered lowered = compiler.lowerAll();
    KernelSource source = lowered.source();
    ModelKernel kernel = KernelClassWriter.define(model.id(), source);
    boolean autonomous = source.rhs().stream().noneMatch(st -> Rewriting.readsTime(st.value()));
    autonomous &= lowered.delays().timeScalars().length == 0;
    return new CompiledModel(model, lowered.layout(), kernel, compiler.slots.defaultParameters(model), autonomous,
        lowered.jacobianEntries(), lowered.delays().valueScalars(), lowered.delays().timeScalars(), System.nanoTime() - start);
  }

  /**
   * Everything {@link #compile} does before code generation, for benchmarks that compare code
   * generators on the same statements (limbic-bench).
   */
  public static KernelSource kernelSource(Model model) {
    return new ModelCompiler(model).lowerAll().source();
  }

  private record Lowered(ModelLayout layout, KernelSource source, int jacobianEntries, DelayScalars delays) {
  }

  /** The passes after the layout (made in the constructor): lowering, events, delays. */
  private Lowered lowerAll() {
    Statements statements = lowerStatements();
    ScalarFunctions scalars = new ScalarFunctions();
    List<ModelLayout.EventLayout> events = EventLowering.of(model, slots, lowering, scalars);
    int[] reactionWork = model.reactions().stream().mapToInt(r -> slots.workIds.indexOf(r.id())).toArray();
    int[] reactionScalar = propensityScalars(statements.work(), reactionWork, scalars);
    DelayScalars delays = DelayScalars.of(List.of(statements.initialization(), statements.work(), statements.rhs(),
        statements.jacobian().statements()), scalars);

    List<Expr> scalarFunctions = scalars.asList();
    ModelLayout layout = new ModelLayout(slots.stateIds.asList(), slots.parameterIds.asList(), slots.workIds.asList(),
        statements.jacobian().tangentCount(), slots.reads(), events, reactionWork, reactionScalar, scalarFunctions);
    KernelSource source = new KernelSource(slots.stateIds.size(), statements.initialization(), statements.work(),
        statements.rhs(), statements.jacobian().statements(), scalarFunctions, delays.scalarOf());
    return new Lowered(layout, source, statements.jacobian().entries(), delays);
  }

  /** The lowered statements of the kernel's methods: initialize, assignments (= work), rhs, jacobian. */
  private record Statements(List<Statement> initialization, List<Statement> work, List<Statement> rhs,
                            ForwardJacobian jacobian) {
  }

  // ---- lowering ----

  private Statements lowerStatements() {
    lowerWorkDefinitions();
    List<Statement> work = orderedWorkStatements();
    List<Expr> derivatives = derivatives();
    List<Statement> rhs = new ArrayList<>(work);
    for (int i = 0; i < derivatives.size(); i++) {
      rhs.add(new Statement(KernelArray.DERIVATIVE, i, derivatives.get(i)));
    }
    ForwardJacobian jacobian = ForwardJacobian.of(work, derivatives, slots.workIds.size());
    return new Statements(initialization(), work, rhs, jacobian);
  }

  private void lowerWorkDefinitions() {
    for (Rule r : model.rules()) {
      if (r instanceof Rule.Assignment a) {
        workDefinitions.put(a.variable(), lowering.lower(a.math()));
      }
    }
    for (Reaction r : model.reactions()) {
      workDefinitions.put(r.id(), lowering.lower(r.kineticLaw(), r.localParameters()));
    }
  }

  /** The w statements in an order where every value is computed before it is read. */
  private List<Statement> orderedWorkStatements() {
    Map<String, Set<String>> deps = new LinkedHashMap<>();
    for (Map.Entry<String, Expr> d : workDefinitions.entrySet()) {
      Set<String> reads = new LinkedHashSet<>();
      Rewriting.slotsRead(d.getValue(), reads);
      Set<String> workDeps = new LinkedHashSet<>();
      for (String slot : reads) {
        if (Slots.array(slot) == KernelArray.WORK) {
          workDeps.add(slots.workIds.get(Slots.index(slot)));
        }
      }
      deps.put(d.getKey(), workDeps);
    }
    List<Statement> statements = new ArrayList<>();
    for (String id : DependencyOrder.of(deps, "assignment rules and reaction rates")) {
      statements.add(new Statement(KernelArray.WORK, slots.workIds.indexOf(id), workDefinitions.get(id)));
    }
    return statements;
  }

  /** dy/dt per state, with work values still as slot reads. */
  private List<Expr> derivatives() {
    List<List<Expr>> terms = new ArrayList<>();
    for (int i = 0; i < slots.stateIds.size(); i++) {
      terms.add(new ArrayList<>());
    }
    for (Reaction r : model.reactions()) {
      Expr rate = Slots.work(slots.workIds.indexOf(r.id()));
      Map<String, Double> net = new LinkedHashMap<>();
      Map<String, List<Expr>> symbolic = new LinkedHashMap<>();
      for (List<SpeciesReference> side : List.of(r.reactants(), r.products())) {
        double sign = side == r.reactants() ? -1.0 : 1.0;
        for (SpeciesReference ref : side) {
          if (ref.stoichiometrySymbol().isPresent()) {
            Expr coefficient = Expr.apply(Fn.TIMES, new Expr.Num(sign * ref.stoichiometry()),
                slots.loweredRead(ref.stoichiometrySymbol().get()));
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
        int i = slots.stateIds.indexOf(rr.variable());
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
    return s.boundaryCondition() || s.constant() ? -1 : slots.stateIds.indexOf(s.id());
  }

  /**
   * A rate rule on a concentration gives d[S]/dt; the state is the amount n = [S] V, so
   * dn/dt = V d[S]/dt + [S] dV/dt (SBML L3V2 section 4.9.4).
   */
  private Expr rateRuleTerm(Rule.Rate rr) {
    Expr rate = lowering.lower(rr.math());
    Species s = model.speciesById(rr.variable()).orElse(null);
    if (s == null || s.hasOnlySubstanceUnits()) {
      return rate;
    }
    Expr size = slots.loweredRead(s.compartment());
    Expr sizeRate = model.ruleFor(s.compartment()).map(r -> switch (r) {
      case Rule.Rate cr -> lowering.lower(cr.math());
      case Rule.Assignment ignored -> throw new ModelException(s.id(), "has a rate rule in concentration units while its "
          + "compartment '" + s.compartment() + "' follows an assignment rule; give the species hasOnlySubstanceUnits "
          + "or the compartment a rate rule");
    }).orElse(Expr.Num.ZERO);
    return Expr.apply(Fn.PLUS, Expr.apply(Fn.TIMES, rate, size), Expr.apply(Fn.TIMES, slots.loweredRead(s.id()), sizeRate));
  }

  /** Largest inlined propensity (expression nodes) compiled as its own function; see {@link #propensityScalars}. */
  private static final long MAX_INLINED_PROPENSITY = 2_000;

  /**
   * Per reaction, a scalar function computing its rate from y and p alone (assignment rules
   * inlined), so stochastic methods can update one propensity without recomputing all work values;
   * -1 for a rate whose inlined form would exceed {@value #MAX_INLINED_PROPENSITY} nodes (long
   * chains of rules), which is then read from a full work update instead.
   */
  private static int[] propensityScalars(List<Statement> work, int[] reactionWork, ScalarFunctions scalars) {
    Map<Integer, Expr> inlined = new HashMap<>();
    Map<Integer, Long> sizes = new HashMap<>();
    for (Statement s : work) {
      long size = inlinedSize(s.value(), sizes);
      sizes.put(s.index(), size);
      if (size <= MAX_INLINED_PROPENSITY) {
        inlined.put(s.index(), Rewriting.substitute(s.value(), slot -> Slots.array(slot) == KernelArray.WORK
            ? inlined.get(Slots.index(slot)) : new Expr.Sym(slot)));
      }
    }
    int[] scalar = new int[reactionWork.length];
    for (int r = 0; r < reactionWork.length; r++) {
      Expr e = inlined.get(reactionWork[r]);
      scalar[r] = e == null ? -1 : scalars.add(e);
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
      case Expr.Sym s -> Slots.isSlot(s.name()) && Slots.array(s.name()) == KernelArray.WORK
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
      initialAssignments.put(ia.symbol(), lowering.lower(ia.math()));
    }
    for (int i = 0; i < slots.stateIds.size(); i++) {
      String id = slots.stateIds.get(i);
      Expr value = initialAssignments.getOrDefault(id, Slots.parameter(slots.parameterIds.indexOf(id)));
      Species s = model.speciesById(id).orElse(null);
      if (s != null) {
        boolean givenAsConcentration = initialAssignments.containsKey(id) ? !s.hasOnlySubstanceUnits() : s.initialIsConcentration();
        if (givenAsConcentration) {
          value = Expr.apply(Fn.TIMES, value, slots.loweredRead(s.compartment()));
        }
      }
      definitions.put(id, new Statement(KernelArray.STATE, i, value));
    }
    for (Map.Entry<String, Expr> ia : initialAssignments.entrySet()) {
      if (!slots.stateIds.contains(ia.getKey())) {
        definitions.put(ia.getKey(), new Statement(KernelArray.PARAMETER, slots.parameterIds.indexOf(ia.getKey()), ia.getValue()));
      }
    }
    for (Map.Entry<String, Expr> w : workDefinitions.entrySet()) {
      definitions.put(w.getKey(), new Statement(KernelArray.WORK, slots.workIds.indexOf(w.getKey()), w.getValue()));
    }
    Map<Slot, String> slotOwner = new HashMap<>();
    for (Map.Entry<String, Statement> d : definitions.entrySet()) {
      slotOwner.put(new Slot(d.getValue().target(), d.getValue().index()), d.getKey());
    }
    Map<String, Set<String>> deps = new LinkedHashMap<>();
    for (Map.Entry<String, Statement> d : definitions.entrySet()) {
      Set<String> slots = new LinkedHashSet<>();
      Rewriting.slotsRead(d.getValue().value(), slots);
      Set<String> owners = new LinkedHashSet<>();
      for (String slot : slots) {
        String owner = slotOwner.get(Slots.of(slot));
        if (owner != null && !owner.equals(d.getKey())) {
          owners.add(owner);
        }
      }
      deps.put(d.getKey(), owners);
    }
    List<Statement> ordered = new ArrayList<>();
    for (String id : DependencyOrder.of(deps, "initial assignments and rules")) {
      ordered.add(definitions.get(id));
    }
    return ordered;
  }
}
