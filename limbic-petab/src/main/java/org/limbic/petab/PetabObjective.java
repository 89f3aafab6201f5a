package org.limbic.petab;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.limbic.compile.CompiledModel;
import org.limbic.math.Bindings;
import org.limbic.math.Evaluator;
import org.limbic.math.Expr;
import org.limbic.simulation.SimulationOptions;
import org.limbic.simulation.SimulationResult;
import org.limbic.simulation.Simulator;

/**
 * The log-likelihood and chi² of a PEtab problem at given parameter values, as PEtab 1.0 defines
 * them: for each measurement y with simulated observable h and noise σ, on the observable's scale
 * t (lin, log, log10), the residual r = (t(y) − t(h)) / σ; chi² = Σ r²; the log-likelihood sums
 * −½ log(2πσ²) − ½ r² (normal) or −log(2σ) − |r| (Laplace), less the log of the transformation's
 * derivative (log y, or log y + log ln 10) for transformed data. Priors are not in it: this is the
 * likelihood of the measurements, which the benchmark references give.
 *
 * <p>A measurement at time {@code inf} (post-equilibration) sees the steady state reached by
 * simulating its simulation condition from its initial state (after the pre-equilibration, if any)
 * until the right-hand side vanishes, by the same test as the pre-equilibration ({@link SteadyState});
 * finite times of the same conditions are simulated as usual, in their own run.
 */
public final class PetabObjective {

  /** The default tolerances: tight enough that the objective's numerical error is far below the suite's 1e-3. */
  public static final double RTOL = 1e-10;
  public static final double ATOL = 1e-12;
  static final Pattern PLACEHOLDER = Pattern.compile("(observable|noise)Parameter(\\d+)_(.+)");

  /** A measurement and its simulated observable (untransformed). */
  public record Simulated(PetabMeasurement measurement, double simulation) {
  }

  public record Evaluation(double llh, double chi2, List<Simulated> simulations) {
  }

  /**
   * The log-likelihood with its gradient in the estimated parameters ({@code parameters}, in the
   * parameter table's order), each on its estimation scale, and the Fisher information matrix on
   * the same scales: Σ over the measurements of the expected information in the simulated
   * observable and noise times their sensitivities ({@link NoiseTerm}), a positive semi-definite
   * approximation of −∇² llh that is exact in the limit of a perfect fit (the Gauss–Newton matrix).
   */
  public record Gradient(double llh, double chi2, List<String> parameters, double[] gradient, double[][] fisher) {
  }

  /**
   * The measurements of one pair of conditions (pre-equilibration, or null, and simulation): their
   * finite times from 0, and whether some are at t = inf (post-equilibration).
   */
  record Group(PetabProblem.Condition pre, PetabProblem.Condition sim, List<PetabMeasurement> measurements,
               double[] times, boolean postEquilibration) {
  }

  final PetabProblem problem;
  final ConditionModels models;
  final SimulationOptions options;
  final List<Group> groups;
  private final ObjectiveGradient gradient;
  /** The model symbols each group's observables read, found at its first evaluation. */
  final Map<Integer, List<String>> symbolsOf = new java.util.concurrent.ConcurrentHashMap<>();

  public PetabObjective(PetabProblem problem) {
    this(problem, RTOL, ATOL);
  }

  /** With the integrator's relative and absolute tolerances. */
  public PetabObjective(PetabProblem problem, double rtol, double atol) {
    this.problem = problem;
    this.models = new ConditionModels(problem.model());
    this.options = SimulationOptions.DEFAULTS.withTolerances(rtol, atol);
    this.groups = groups(problem);
    this.gradient = new ObjectiveGradient(this);
  }

  private static List<Group> groups(PetabProblem problem) {
    Map<List<String>, List<PetabMeasurement>> byConditions = new LinkedHashMap<>();
    for (PetabMeasurement m : problem.measurements()) {
      byConditions.computeIfAbsent(List.of(m.preequilibration(), m.condition()), k -> new ArrayList<>()).add(m);
    }
    List<Group> out = new ArrayList<>();
    byConditions.forEach((key, ms) -> {
      double[] times = ms.stream().mapToDouble(PetabMeasurement::time).filter(Double::isFinite).distinct().sorted().toArray();
      boolean post = ms.stream().anyMatch(m -> m.time() == Double.POSITIVE_INFINITY);
      if (times.length == 0 || times[0] > 0) {
        double[] from0 = new double[times.length + 1];
        System.arraycopy(times, 0, from0, 1, times.length);
        times = from0;
      }
      out.add(new Group(key.get(0).isEmpty() ? null : problem.conditions().get(key.get(0)), problem.conditions().get(key.get(1)),
          List.copyOf(ms), times, post));
    });
    return List.copyOf(out);
  }

  /**
   * The log-likelihood and its gradient by forward sensitivities at {@code values} (linear, by
   * parameter id; a parameter not given keeps its nominal value).
   *
   * @throws UnsupportedOperationException for a model whose sensitivities are not implemented (events, delays)
   */
  public Gradient gradient(Map<String, Double> values) {
    return gradient.at(values);
  }

  /** Σ log p of the estimated parameters' objective priors at {@code values} (linear; nominal where not given). */
  public double logPrior(Map<String, Double> values) {
    double sum = 0;
    for (PetabParameter p : problem.parameters().values()) {
      if (p.objectivePrior() != null) {
        sum += p.objectivePrior().logDensity(p.scale().toScale(values.getOrDefault(p.id(), p.nominalValue())), p.scale());
      }
    }
    return sum;
  }

  /**
   * The log-likelihood plus the log prior, its gradient and the Fisher information with the
   * priors' (diagonal) information added: the log-posterior an estimator with priors maximizes. Its
   * {@code llh} is the sum, {@code chi2} the likelihood's.
   */
  public Gradient posteriorGradient(Map<String, Double> values) {
    Gradient g = gradient(values);
    double[] gradient = g.gradient().clone();
    double[][] fisher = new double[gradient.length][];
    for (int i = 0; i < gradient.length; i++) {
      fisher[i] = g.fisher()[i].clone();
      PetabParameter p = problem.parameters().get(g.parameters().get(i));
      if (p.objectivePrior() != null) {
        double scaled = p.scale().toScale(values.getOrDefault(p.id(), p.nominalValue()));
        gradient[i] += p.objectivePrior().gradient(scaled, p.scale());
        fisher[i][i] += p.objectivePrior().information(scaled, p.scale());
      }
    }
    return new Gradient(g.llh() + logPrior(values), g.chi2(), g.parameters(), gradient, fisher);
  }

  /** The estimated parameters, in the order of {@link Gradient#gradient()}. */
  public List<String> estimatedParameters() {
    return gradient.estimated();
  }

  /** At the parameter table's nominal values. */
  public Evaluation nominal() {
    return evaluate(problem.nominalValues());
  }

  /**
   * At {@code values} (linear, by parameter id; a parameter not given keeps its nominal value).
   *
   * @throws org.limbic.solve.SolverException if a simulation fails, saying where
   */
  public Evaluation evaluate(Map<String, Double> values) {
    return evaluate(simulate(values), values);
  }

  /**
   * The model's symbols that the observables and noise formulas read, at each measurement's time,
   * as one simulation at some parameter values gave them: all the llh needs besides the
   * parameters. The observation-only parameters (scalings, offsets, σ) can be varied on them
   * without simulating again ({@link HierarchicalObjective}).
   */
  public record Trajectories(List<Row> rows) {
  }

  /** One measurement's symbols ({@code variables}) and their simulated values ({@code values}). */
  record Row(PetabMeasurement measurement, List<String> variables, double[] values) {
  }

  /**
   * Simulates every group of measurements at {@code values} (linear, by parameter id; nominal where
   * not given), keeping what the observables read.
   *
   * @throws org.limbic.solve.SolverException if a simulation fails, saying where
   */
  public Trajectories simulate(Map<String, Double> values) {
    Map<String, Double> all = problem.nominalValues();
    all.putAll(values);
    List<Row> rows = new ArrayList<>();
    for (int g = 0; g < groups.size(); g++) {
      Group group = groups.get(g);
      CompiledModel model = models.forTargets(setTargets(group.sim(), all));
      List<String> symbols = symbolsOf.computeIfAbsent(g, k -> modelSymbols(group.measurements(), model, all));
      Simulation simulation = simulate(group, model, symbols, all);
      for (PetabMeasurement m : group.measurements()) {
        double[] row = m.time() == Double.POSITIVE_INFINITY ? simulation.steady()
            : simulation.result().values()[java.util.Arrays.binarySearch(group.times(), m.time())];
        rows.add(new Row(m, simulation.result().variables(), row));
      }
    }
    return new Trajectories(List.copyOf(rows));
  }

  /**
   * The llh and chi² of {@code trajectories} under the observation and noise parameters of
   * {@code values} (linear; nominal where not given): exact where the trajectories were simulated
   * at these values, and the llh at fixed dynamics where only observation-only parameters differ.
   */
  public Evaluation evaluate(Trajectories trajectories, Map<String, Double> values) {
    Map<String, Double> all = problem.nominalValues();
    all.putAll(values);
    Map<PetabMeasurement, Double> simulated = new HashMap<>();
    CompensatedSum llh = new CompensatedSum();
    CompensatedSum chi2 = new CompensatedSum();
    for (Row r : trajectories.rows()) {
      Term term = term(r.measurement(), r.variables(), r.values(), all);
      simulated.put(r.measurement(), term.h);
      llh.add(term.llh);
      chi2.add(term.chi2);
    }
    List<Simulated> out = new ArrayList<>();
    for (PetabMeasurement m : problem.measurements()) {
      out.add(new Simulated(m, simulated.get(m)));
    }
    return new Evaluation(llh.value(), chi2.value(), out);
  }

  /** A group's run at its finite times, and the symbols' values at its post-equilibration steady state (null if none). */
  private record Simulation(SimulationResult result, double[] steady) {
  }

  private Simulation simulate(Group group, CompiledModel model, List<String> symbols, Map<String, Double> values) {
    PetabProblem.Condition pre = group.pre();
    PetabProblem.Condition sim = group.sim();
    double[] times = group.times();
    Simulator simulator = new Simulator(model, options);
    double[] p = parameters(model, sim, values);
    if (pre == null) {
      SimulationResult result = simulator.run(p, times, symbols);
      if (!group.postEquilibration()) {
        return new Simulation(result, null);
      }
      double[] q = p.clone();
      return new Simulation(result, postEquilibrium(model, sim, q, model.initialState(0, q), symbols));
    }
    CompiledModel preModel = models.forTargets(setTargets(pre, values));
    if (!preModel.layout().stateIds().equals(model.layout().stateIds())) {
      throw new IllegalStateException("the pre-equilibration and simulation models have different states");
    }
    double[] pPre = parameters(preModel, pre, values);
    double[] steady = SteadyState.reach(preModel, options, pPre, preModel.initialState(0, pPre),
        "pre-equilibration condition '" + pre.id() + "'").state();
    // the simulation condition starts where the pre-equilibration ended, but for the species it sets
    double[] start = model.initialState(0, p);
    List<String> states = model.layout().stateIds();
    for (int i = 0; i < states.size(); i++) {
      String v = sim.values().get(states.get(i));
      if (v == null || Double.isNaN(value(v, values))) {
        start[i] = steady[i];
      }
    }
    SimulationResult result = simulator.run(p, start, times, symbols);
    return new Simulation(result, group.postEquilibration() ? postEquilibrium(model, sim, p, start, symbols) : null);
  }

  /**
   * The symbols' values at the steady state reached from {@code start} at t = 0 (p with the initial
   * assignments applied): read at the time the steady-state test passed, for a right-hand side
   * that switches in time.
   */
  private double[] postEquilibrium(CompiledModel model, PetabProblem.Condition sim, double[] p, double[] start,
                                   List<String> symbols) {
    var steady = SteadyState.reach(model, options, p, start, "post-equilibration of condition '" + sim.id() + "'");
    CompiledModel.ModelOde ode = model.odeSystem(p.clone());
    double[] y = steady.state();
    ode.updateWork(steady.time(), y);
    double[] row = new double[symbols.size()];
    for (int i = 0; i < row.length; i++) {
      row[i] = model.layout().reads().get(symbols.get(i)).value(y, ode.parameters(), ode.work());
    }
    return row;
  }

  /** The targets a condition gives a value (not NaN): their initial assignments give way. */
  static Set<String> setTargets(PetabProblem.Condition c, Map<String, Double> values) {
    Set<String> set = new TreeSet<>();
    c.values().forEach((target, v) -> {
      if (!Double.isNaN(value(v, values))) {
        set.add(target);
      }
    });
    return set;
  }

  /** The parameter vector: the table's values of model parameters, then the condition's values. */
  double[] parameters(CompiledModel model, PetabProblem.Condition c, Map<String, Double> values) {
    double[] p = model.newParameters();
    for (Map.Entry<String, Double> e : values.entrySet()) {
      if (problem.model().parameterById(e.getKey()).isPresent()) {
        p[model.parameterIndex(e.getKey())] = e.getValue();
      }
    }
    c.values().forEach((target, v) -> {
      double x = value(v, values);
      if (!Double.isNaN(x)) {
        p[model.parameterIndex(target)] = x;
      }
    });
    return p;
  }

  /** A number, or a parameter of the table by id. */
  static double value(String text, Map<String, Double> values) {
    return Tsv.parseNumber(text).orElseGet(() -> values.get(text));
  }

  /** The model symbols the observables and noise formulas of {@code ms} read, to record at the output times. */
  List<String> modelSymbols(List<PetabMeasurement> ms, CompiledModel model, Map<String, Double> values) {
    Set<String> symbols = new LinkedHashSet<>();
    for (String id : ms.stream().map(PetabMeasurement::observableId).distinct().toList()) {
      PetabObservable o = problem.observables().get(id);
      for (Expr e : List.of(o.formula(), o.noise())) {
        for (String s : Expr.symbols(e)) {
          if (!PLACEHOLDER.matcher(s).matches() && !(values.containsKey(s) && problem.model().element(s).isEmpty())) {
            symbols.add(s);
          }
        }
      }
    }
    List<String> list = List.copyOf(symbols);
    try {
      new Simulator(model, options).checkVariables(list);
    } catch (org.limbic.model.ModelException e) {
      throw new IllegalArgumentException("an observable or noise formula reads a symbol that is neither in the model nor in the"
          + " parameter table: " + e.getMessage(), e);
    }
    return list;
  }

  /** The override an observable or noise placeholder of this measurement's observable stands for, or null. */
  String override(String name, PetabMeasurement m) {
    Placeholder placeholder = placeholders.computeIfAbsent(name, Placeholder::parse);
    if (placeholder == Placeholder.NONE || !placeholder.observableId().equals(m.observableId())) {
      return null;
    }
    List<String> overrides = placeholder.observable() ? m.observableParameters() : m.noiseParameters();
    int k = placeholder.k();
    if (k < 1 || k > overrides.size()) {
      throw new PetabException(problem.measurementFile(), m.line(), 0, name + " needs override " + k + " of "
          + (placeholder.observable() ? "observable" : "noise") + "Parameters, which has " + overrides.size());
    }
    return overrides.get(k - 1);
  }

  /**
   * A symbol of an observable or noise formula read as a placeholder ({@code observableParameter2_obs}:
   * observable, 2, obs), or {@link #NONE}. Parsed once per name: the formulas are evaluated for every
   * measurement at every evaluation, and the match was a quarter of Boehm's llh time.
   */
  private record Placeholder(boolean observable, int k, String observableId) {
    static final Placeholder NONE = new Placeholder(false, 0, "");

    static Placeholder parse(String name) {
      var m = PLACEHOLDER.matcher(name);
      return m.matches() ? new Placeholder(m.group(1).equals("observable"), Integer.parseInt(m.group(2)), m.group(3)) : NONE;
    }
  }

  private final Map<String, Placeholder> placeholders = new java.util.concurrent.ConcurrentHashMap<>();

  private record Term(double h, double llh, double chi2) {
  }

  /** A measurement's term, from the values of the model's {@code variables} at its time ({@code row}). */
  private Term term(PetabMeasurement m, List<String> variables, double[] row, Map<String, Double> values) {
    PetabObservable o = problem.observables().get(m.observableId());
    Bindings bindings = bindings(m, variables, row, values);
    double h = Evaluator.evaluate(o.formula(), bindings);
    double sigma = Evaluator.evaluate(o.noise(), bindings);
    NoiseTerm noise = NoiseTerm.of(o, m.value(), h, sigma);
    return new Term(h, noise.llh(), noise.chi2());
  }

  /** What a measurement's formulas read: its overrides, the model's {@code variables} at its time ({@code row}), the table's values. */
  Bindings bindings(PetabMeasurement m, List<String> variables, double[] row, Map<String, Double> values) {
    return new Bindings() {
      @Override
      public double value(String name) {
        String override = override(name, m);
        if (override != null) {
          return PetabObjective.value(override, values);
        }
        int column = variables.indexOf(name);
        if (column >= 0) {
          return row[column];
        }
        Double v = values.get(name);
        if (v == null) {
          throw new IllegalArgumentException("unknown symbol '" + name + "' in observable " + m.observableId());
        }
        return v;
      }

      @Override
      public double time() {
        return m.time();
      }
    };
  }
}
