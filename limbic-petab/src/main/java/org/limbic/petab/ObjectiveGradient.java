package org.limbic.petab;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.limbic.compile.CompiledModel;
import org.limbic.compile.SensitivityCompiler;
import org.limbic.compile.SensitivityModel;
import org.limbic.compile.SymbolRead;
import org.limbic.math.Bindings;
import org.limbic.math.Derivative;
import org.limbic.math.Evaluator;
import org.limbic.math.Expr;
import org.limbic.simulation.SensitivitySimulator;

/**
 * The log-likelihood and its gradient in the estimated parameters, by forward sensitivities: per
 * group of measurements, the model is integrated with its sensitivities along each estimated
 * parameter that reaches its dynamics (as a model parameter or through a condition's value); the
 * observables' and noise formulas' derivatives are symbolic ({@link Derivative}); overrides and
 * parameters only the formulas read enter directly. The gradient is on each parameter's
 * estimation scale (d/d log10 θ = θ ln 10 d/dθ), what an optimizer of PEtab problems works on.
 *
 * <p>A measurement at t = inf (post-equilibration) reads the state and sensitivities at the steady
 * state, reached by simulating the augmented system on from the simulation's start (after the
 * pre-equilibration, if any) until its whole right-hand side passes the steady-state test
 * ({@link SensitivitySteadyState}, as for the pre-equilibration). At a stable steady state the
 * sensitivities converge to the implicit function theorem's s = −J⁻¹ ∂f/∂θ; simulation is used
 * rather than that solve because it needs no Jacobian solve: with conservation laws J is singular
 * and −J⁻¹ ∂f/∂θ would have to be taken on the system reduced by the laws, with the totals'
 * sensitivities from the start, which the simulation keeps by itself; and it is the code the
 * pre-equilibration's gradient already checks against finite differences. It costs one more
 * integration of the augmented system over decades, cheap next to the finite-time run once the
 * state has settled (the integrator's steps grow with the decades).
 */
final class ObjectiveGradient {

  private final PetabObjective objective;
  private final PetabProblem problem;
  private final List<String> estimated;
  private final Map<String, Integer> position = new LinkedHashMap<>();
  private final Map<SensitivityKey, SensitivityModel> compiled = new ConcurrentHashMap<>();
  private final Map<String, Map<String, Expr>> formulaPartials = new ConcurrentHashMap<>();
  private final Map<String, Map<String, Expr>> noisePartials = new ConcurrentHashMap<>();

  private record SensitivityKey(CompiledModel model, List<Integer> seeded, int directions) {
  }

  ObjectiveGradient(PetabObjective objective) {
    this.objective = objective;
    this.problem = objective.problem;
    this.estimated = problem.parameters().values().stream().filter(PetabParameter::estimate).map(PetabParameter::id).toList();
    for (int i = 0; i < estimated.size(); i++) {
      position.put(estimated.get(i), i);
    }
  }

  List<String> estimated() {
    return estimated;
  }

  PetabObjective.Gradient at(Map<String, Double> values) {
    Map<String, Double> all = problem.nominalValues();
    all.putAll(values);
    double llh = 0;
    double chi2 = 0;
    int n = estimated.size();
    double[] gradient = new double[n];
    double[][] fisher = new double[n][n];
    for (int g = 0; g < objective.groups.size(); g++) {
      PetabObjective.Group group = objective.groups.get(g);
      CompiledModel model = objective.models.forTargets(PetabObjective.setTargets(group.sim(), all));
      List<String> symbols = objective.symbolsOf.computeIfAbsent(g, k -> objective.modelSymbols(group.measurements(), model, all));
      Run run = simulate(group, model, all);
      double[] w = run.sens.newWork();
      for (PetabMeasurement m : group.measurements()) {
        boolean steady = m.time() == Double.POSITIVE_INFINITY;
        double[] y = steady ? run.steady.state() : run.states[java.util.Arrays.binarySearch(group.times(), m.time())];
        run.sens.update(steady ? run.steady.time() : m.time(), y, run.p, w);
        Measured term = term(m, run, y, w, symbols, all);
        llh += term.llh;
        chi2 += term.chi2;
        for (int i = 0; i < n; i++) {
          gradient[i] += term.gradient[i];
        }
        addFisher(fisher, term.noise.fisherH(), term.dh);
        addFisher(fisher, term.noise.fisherSigma(), term.dsigma);
      }
    }
    double[] scale = new double[n];
    for (int i = 0; i < n; i++) {
      PetabParameter parameter = problem.parameters().get(estimated.get(i));
      double x = all.get(parameter.id());
      scale[i] = switch (parameter.scale()) {
        case LIN -> 1.0;
        case LOG -> x;
        case LOG10 -> x * Math.log(10);
      };
    }
    for (int i = 0; i < n; i++) {
      gradient[i] *= scale[i];
      for (int j = 0; j <= i; j++) {
        fisher[i][j] *= scale[i] * scale[j];
        fisher[j][i] = fisher[i][j];
      }
    }
    return new PetabObjective.Gradient(llh, chi2, estimated, gradient, fisher);
  }

  /** Adds weight · d dᵀ to the lower triangle of {@code fisher} (the upper is filled at the end). */
  private static void addFisher(double[][] fisher, double weight, double[] d) {
    for (int i = 0; i < d.length; i++) {
      if (d[i] == 0.0) {
        continue;
      }
      double wi = weight * d[i];
      double[] row = fisher[i];
      for (int j = 0; j <= i; j++) {
        row[j] += wi * d[j];
      }
    }
  }

  /**
   * A group's simulation with sensitivities: the augmented states at its finite times, at its
   * post-equilibration steady state (null if it has none), and the directions' parameters.
   */
  private record Run(SensitivityModel sens, double[] p, double[][] states, SensitivitySteadyState.Reached steady,
                     List<String> directions) {
  }

  private Run simulate(PetabObjective.Group group, CompiledModel model, Map<String, Double> all) {
    Map<Integer, String> simSeeds = seeds(model, group.sim(), all);
    CompiledModel preModel = group.pre() == null ? null : objective.models.forTargets(PetabObjective.setTargets(group.pre(), all));
    Map<Integer, String> preSeeds = preModel == null ? Map.of() : seeds(preModel, group.pre(), all);
    Set<String> moving = new LinkedHashSet<>(simSeeds.values());
    moving.addAll(preSeeds.values());
    List<String> directions = estimated.stream().filter(moving::contains).toList();
    SensitivityModel sens = sensitivities(model, simSeeds, directions);
    double[] p = sens.parameters(objective.parameters(model, group.sim(), all), seed(simSeeds, directions));
    double[] start = sens.initialState(0, p);
    if (preModel != null) {
      SensitivityModel preSens = sensitivities(preModel, preSeeds, directions);
      double[] pPre = preSens.parameters(objective.parameters(preModel, group.pre(), all), seed(preSeeds, directions));
      double[] steady = SensitivitySteadyState.reach(preSens, objective.options, pPre, null,
          "pre-equilibration condition '" + group.pre().id() + "'").state();
      List<String> states = model.layout().stateIds();
      int n = states.size();
      for (int i = 0; i < n; i++) {
        String v = group.sim().values().get(states.get(i));
        if (v == null || Double.isNaN(PetabObjective.value(v, all))) {
          for (int j = 0; j <= directions.size(); j++) {
            start[j * n + i] = steady[j * n + i];
          }
        }
      }
    }
    double[][] states = new SensitivitySimulator(sens, objective.options).statesAt(p, start, group.times());
    SensitivitySteadyState.Reached steady = group.postEquilibration() ? SensitivitySteadyState.reach(sens, objective.options,
        p, start, "post-equilibration of condition '" + group.sim().id() + "'") : null;
    return new Run(sens, p, states, steady, directions);
  }

  /**
   * Parameter index -> the estimated parameter it is: a model parameter of the table keeps its id
   * unless the condition sets it; a target the condition sets to an estimated parameter's id is that parameter.
   */
  private Map<Integer, String> seeds(CompiledModel model, PetabProblem.Condition condition, Map<String, Double> all) {
    Map<Integer, String> seeds = new LinkedHashMap<>();
    for (String id : estimated) {
      if (problem.model().parameterById(id).isPresent()) {
        seeds.put(model.parameterIndex(id), id);
      }
    }
    condition.values().forEach((target, v) -> {
      if (Double.isNaN(PetabObjective.value(v, all))) {
        return; // NaN: the condition leaves the target as the model has it
      }
      if (position.containsKey(v)) {
        seeds.put(model.parameterIndex(target), v);
      } else {
        seeds.remove(model.parameterIndex(target)); // set to a number or to a fixed parameter
      }
    });
    return seeds;
  }

  private static SensitivityModel.Seed seed(Map<Integer, String> seeds, List<String> directions) {
    return (j, index) -> directions.get(j).equals(seeds.get(index)) ? 1.0 : 0.0;
  }

  private SensitivityModel sensitivities(CompiledModel model, Map<Integer, String> seeds, List<String> directions) {
    // a group no estimated parameter reaches still runs with one (zero) direction, for its observables
    int count = Math.max(1, directions.size());
    List<Integer> seeded = List.copyOf(new java.util.TreeSet<>(seeds.keySet()));
    return compiled.computeIfAbsent(new SensitivityKey(model, seeded, count),
        k -> SensitivityCompiler.compile(model, seeded.stream().mapToInt(Integer::intValue).toArray(), count));
  }

  /** A measurement's term, its gradient (linear scale), and the derivatives of h and σ its Fisher information needs. */
  private record Measured(double llh, double chi2, double[] gradient, NoiseTerm noise, double[] dh, double[] dsigma) {
  }

  /** One measurement's log-likelihood, chi² and gradient (linear scale). */
  private Measured term(PetabMeasurement m, Run run, double[] y, double[] w, List<String> symbols, Map<String, Double> all) {
    PetabObservable o = problem.observables().get(m.observableId());
    Map<String, SymbolRead> reads = run.sens.base().layout().reads();
    Bindings bindings = new Bindings() {
      @Override
      public double value(String name) {
        String override = objective.override(name, m);
        if (override != null) {
          return PetabObjective.value(override, all);
        }
        if (symbols.contains(name)) {
          return run.sens.read(reads.get(name), y, run.p, w);
        }
        Double v = all.get(name);
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
    double h = Evaluator.evaluate(o.formula(), bindings);
    double sigma = Evaluator.evaluate(o.noise(), bindings);
    double[] dh = derivative(o.formula(), partials(formulaPartials, o.id(), o.formula()), bindings, m, run, y, w, symbols, reads);
    double[] dsigma = derivative(o.noise(), partials(noisePartials, o.id(), o.noise()), bindings, m, run, y, w, symbols, reads);
    NoiseTerm noise = NoiseTerm.of(o, m.value(), h, sigma);
    double[] gradient = new double[estimated.size()];
    for (int i = 0; i < gradient.length; i++) {
      gradient[i] = noise.byH() * dh[i] + noise.bySigma() * dsigma[i];
    }
    return new Measured(noise.llh(), noise.chi2(), gradient, noise, dh, dsigma);
  }

  private static Map<String, Expr> partials(Map<String, Map<String, Expr>> cache, String id, Expr formula) {
    return cache.computeIfAbsent(id, k -> {
      Map<String, Expr> out = new LinkedHashMap<>();
      for (String s : Expr.symbols(formula)) {
        out.put(s, Derivative.of(formula, s));
      }
      return out;
    });
  }

  /** d formula / dθ over the estimated parameters (linear scale). */
  private double[] derivative(Expr formula, Map<String, Expr> partials, Bindings bindings, PetabMeasurement m, Run run,
                              double[] y, double[] w, List<String> symbols, Map<String, SymbolRead> reads) {
    double[] out = new double[estimated.size()];
    for (Map.Entry<String, Expr> e : partials.entrySet()) {
      String name = e.getKey();
      double partial = Double.NaN;
      String override = objective.override(name, m);
      if (override != null || !symbols.contains(name)) {
        Integer at = position.get(override != null ? override : name);
        if (at != null) {
          partial = Evaluator.evaluate(e.getValue(), bindings);
          out[at] += partial;
        }
        continue;
      }
      SymbolRead read = reads.get(name);
      for (int j = 0; j < run.directions.size(); j++) {
        double tangent = run.sens.tangent(read, y, run.p, w, j);
        if (tangent != 0.0) {
          if (Double.isNaN(partial)) {
            partial = Evaluator.evaluate(e.getValue(), bindings);
          }
          out[position.get(run.directions.get(j))] += partial * tangent;
        }
      }
    }
    return out;
  }
}
