package org.limbic.experiment.run;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.TreeMap;
import org.limbic.compile.CompiledModel;
import org.limbic.compile.ModelReactionNetwork;
import org.limbic.experiment.results.Metrics;
import org.limbic.experiment.results.UnitRows;
import org.limbic.experiment.sampling.CohortSampler;
import org.limbic.experiment.sampling.ScanSampler;
import org.limbic.experiment.sampling.SubjectRandom;
import org.limbic.experiment.sampling.SubjectSampler;
import org.limbic.experiment.spec.ExperimentSpec;
import org.limbic.experiment.spec.MetricSpec;
import org.limbic.model.Model;
import org.limbic.model.ModelException;
import org.limbic.simulation.SimulationOptions;
import org.limbic.simulation.SimulationResult;
import org.limbic.simulation.Simulator;
import org.limbic.solve.Integrators;
import org.limbic.solve.SolverException;
import org.limbic.simulation.StochasticEventSimulation;
import org.limbic.stochastic.StochasticMethods;
import org.limbic.stochastic.StochasticSimulation;
import org.limbic.stochastic.Trajectory;

/**
 * An experiment ready to run: the model with its interventions compiled once, the subjects'
 * sampler, and everything a unit (subject, replicate) needs to be simulated and formatted
 * independently of every other unit. Thread-safe: {@link #unit} works on its own arrays.
 *
 * <p>A subject's parameter vector is the model's, then the spec's overrides, then the subject's
 * scanned or sampled values, then the knockouts (which win: a knocked-out parameter stays 0).
 */
final class PreparedExperiment {

  private final ExperimentSpec spec;
  private final CompiledModel compiled;
  private final SubjectSampler sampler;
  private final double[] baseParameters;
  private final int[] sampledIndex;
  private final int[] knockoutIndex;
  private final double[] times;
  private final List<String> outputs;
  private final List<String> simulated;
  private final int[] metricColumn;
  private final List<String> metricNames;
  private final List<String> recordedParameters;
  private final boolean stochastic;
  private final boolean withEvents;
  /** The stochastic event driver's prepared runs (stochastic methods on a model with events), else null. */
  private final StochasticEventSimulation.Replicates replicates;
  private final Simulator simulator;
  private final int[] stateIndex;

  PreparedExperiment(ExperimentSpec spec, Model model) {
    this.spec = spec;
    if (spec.replicates() < 1) {
      throw new IllegalArgumentException("replicates must be >= 1, got " + spec.replicates());
    }
    if (spec.scan().isPresent() && spec.cohort().isPresent()) {
      throw new IllegalArgumentException("an experiment has a scan or a cohort, not both");
    }
    String method = spec.solver().method();
    this.stochastic = StochasticMethods.names().contains(method);
    if (!stochastic && !Integrators.available().contains(method)) {
      throw new IllegalArgumentException("unknown solver method '" + method + "'; known: " + Integrators.available()
          + " and the stochastic " + StochasticMethods.names());
    }
    InterventionCompiler.Result interventions = InterventionCompiler.compile(model, spec.interventions());
    this.compiled = CompiledModels.of(interventions.model());
    // timed interventions and the model's own events need the event driver; without any, the plain
    // network simulation is faster (no trigger watching)
    this.withEvents = !interventions.model().events().isEmpty();
    this.sampler = spec.scan().<SubjectSampler>map(s -> new ScanSampler(s, spec.seed()))
        .or(() -> spec.cohort().map(c -> new CohortSampler(c, spec.seed())))
        .orElseGet(SubjectSampler::single);
    this.baseParameters = compiled.newParameters();
    for (var e : new TreeMap<>(spec.parameters()).entrySet()) {
      baseParameters[compiled.parameterIndex(e.getKey())] = e.getValue();
    }
    this.sampledIndex = sampler.parameters().stream().mapToInt(compiled::parameterIndex).toArray();
    this.knockoutIndex = new TreeMap<>(interventions.knockouts()).keySet().stream().mapToInt(compiled::parameterIndex).toArray();
    var recorded = new java.util.TreeSet<String>(spec.parameters().keySet());
    recorded.addAll(sampler.parameters());
    recorded.addAll(interventions.knockouts().keySet());
    this.recordedParameters = List.copyOf(recorded);
    this.times = spec.time().times();
    // no variables listed: every species, as the experiment-file reference says
    this.outputs = spec.outputs().variables().isEmpty()
        ? model.species().stream().map(org.limbic.model.Species::id).toList() : spec.outputs().variables();
    LinkedHashSet<String> all = new LinkedHashSet<>(outputs);
    for (MetricSpec m : spec.outputs().metrics()) {
      all.add(m.variable());
    }
    this.simulated = List.copyOf(all);
    this.metricColumn = spec.outputs().metrics().stream().mapToInt(m -> simulated.indexOf(m.variable())).toArray();
    this.metricNames = spec.outputs().metrics().stream().map(MetricSpec::name).toList();
    if (stochastic) {
      this.simulator = null;
      this.stateIndex = new int[simulated.size()];
      for (int c = 0; c < simulated.size(); c++) {
        stateIndex[c] = compiled.layout().stateIndex(simulated.get(c));
        if (stateIndex[c] < 0) {
          throw new ModelException(simulated.get(c), "stochastic runs record species counts only; this is not a species"
              + " of model '" + model.id() + "' (species: " + compiled.layout().stateIds() + ")");
        }
      }
      // refuses unsupported models now, not per unit
      if (withEvents) {
        ModelReactionNetwork.withEvents(compiled, baseParameters.clone());
        this.replicates = StochasticEventSimulation.replicates(compiled, times[0], times, simulated, spec.solver().method());
      } else {
        new ModelReactionNetwork(compiled, baseParameters.clone());
        this.replicates = null;
      }
    } else {
      this.replicates = null;
      this.simulator = new Simulator(compiled, SimulationOptions.DEFAULTS.withMethod(method)
          .withTolerances(spec.solver().relativeTolerance(), spec.solver().absoluteTolerance()));
      this.stateIndex = null;
      // Checks the output names now (bad input), with the base parameters, on the first interval only.
      simulator.run(baseParameters, new double[] {times[0]}, simulated);
    }
  }

  int subjects() {
    return sampler.size();
  }

  int replicates() {
    return spec.replicates();
  }

  List<String> metricNames() {
    return metricNames;
  }

  /**
   * Rows a unit adds to each table, in {@link org.limbic.experiment.results.ResultFiles#TABLES} order:
   * timecourses (one per output time and variable), metrics and parameters when it runs, failures
   * (one) when it fails.
   */
  int[] rowsPerUnit() {
    return new int[] {times.length * outputs.size(), metricNames.size(), recordedParameters.size(), 1};
  }

  CompiledModel compiled() {
    return compiled;
  }

  /** A unit's result: its rows, and its metric values for the summary (null when it failed). */
  record UnitResult(UnitRows rows, double[] metrics) {
  }

  /** Simulates unit {@code unit} (subject = unit / replicates) and formats its rows. */
  UnitResult unit(String runId, int unit) {
    int subject = unit / spec.replicates();
    int replicate = unit % spec.replicates();
    double[] p = baseParameters.clone();
    double[] sampled = new double[sampledIndex.length];
    sampler.sample(subject, sampled);
    for (int k = 0; k < sampledIndex.length; k++) {
      p[sampledIndex[k]] = sampled[k];
    }
    for (int k : knockoutIndex) {
      p[k] = 0.0;
    }
    String parameterRows = replicate == 0 ? UnitRows.parameters(subject, recordedParameters, recordedValues(p)) : "";
    double[][] values;
    try {
      values = stochastic ? stochastic(p, subject, replicate) : simulator.run(p, times, simulated).values();
    } catch (SolverException e) {
      return failed(runId, subject, replicate, parameterRows, e.time(), e.getMessage());
    } catch (RuntimeException e) {
      // e.g. a sampled parameter the model cannot take; recorded per subject, as a solver failure is
      return failed(runId, subject, replicate, parameterRows, Double.NaN, e.toString());
    }
    double[][] outputValues = values;
    if (simulated.size() != outputs.size()) {
      outputValues = new double[values.length][];
      for (int i = 0; i < values.length; i++) {
        outputValues[i] = java.util.Arrays.copyOf(values[i], outputs.size());
      }
    }
    double[] metrics = new double[metricColumn.length];
    double[] series = new double[times.length];
    for (int m = 0; m < metricColumn.length; m++) {
      for (int i = 0; i < times.length; i++) {
        series[i] = values[i][metricColumn[m]];
      }
      metrics[m] = Metrics.compute(spec.outputs().metrics().get(m), times, series);
    }
    return new UnitResult(new UnitRows(UnitRows.timecourses(runId, subject, replicate, times, outputs, outputValues),
        UnitRows.metrics(runId, subject, replicate, metricNames, metrics), parameterRows, ""), metrics);
  }

  private double[] recordedValues(double[] p) {
    double[] v = new double[recordedParameters.size()];
    for (int k = 0; k < v.length; k++) {
      v[k] = p[compiled.parameterIndex(recordedParameters.get(k))];
    }
    return v;
  }

  private static UnitResult failed(String runId, int subject, int replicate, String parameterRows, double time, String message) {
    return new UnitResult(new UnitRows("", "", parameterRows,
        UnitRows.failure(runId, subject, replicate, time, message == null ? "" : message)), null);
  }

  private double[][] stochastic(double[] p, int subject, int replicate) {
    long seed = SubjectRandom.seed(spec.seed(), SubjectRandom.SIMULATION, (long) subject * spec.replicates() + replicate);
    if (withEvents) {
      return replicates.run(p, seed);
    }
    ModelReactionNetwork network = new ModelReactionNetwork(compiled, p);
    Trajectory trajectory = StochasticSimulation.run(network, network.initialCounts(times[0]), times[0], times, seed,
        spec.solver().method());
    double[][] values = new double[times.length][simulated.size()];
    for (int i = 0; i < times.length; i++) {
      for (int c = 0; c < simulated.size(); c++) {
        values[i][c] = trajectory.value(i, stateIndex[c]);
      }
    }
    return values;
  }

  /** The experiment's seed and name, for the summary. */
  ExperimentSpec spec() {
    return spec;
  }
}
