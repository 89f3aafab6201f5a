package org.limbic.experiment.run;

import java.util.LinkedHashSet;
import java.util.List;
import org.limbic.compile.CompiledModel;
import org.limbic.experiment.results.MetricValue;
import org.limbic.experiment.results.Metrics;
import org.limbic.experiment.results.UnitRows;
import org.limbic.experiment.sampling.CohortSampler;
import org.limbic.experiment.sampling.ScanSampler;
import org.limbic.experiment.sampling.SubjectRandom;
import org.limbic.experiment.sampling.SubjectSampler;
import org.limbic.experiment.spec.ExperimentSpec;
import org.limbic.experiment.spec.MetricSpec;
import org.limbic.model.Model;
import org.limbic.simulation.Engine;
import org.limbic.simulation.Engines;
import org.limbic.solve.SolverException;

/**
 * An experiment ready to run: the model with its interventions compiled once, the engine that runs
 * its method, the subjects' sampler, and everything a unit (subject, replicate) needs to be
 * simulated and formatted independently of every other unit. It samples and formats; running is the
 * {@link Engine}'s. Thread-safe: {@link #unit} works on its own arrays.
 *
 * <p>A subject's parameter vector is built by {@link ParameterVector}: the model's, then the spec's
 * overrides, then the subject's scanned or sampled values, then the knockouts (which win).
 */
final class PreparedExperiment {

  private final ExperimentSpec spec;
  private final CompiledModel compiled;
  /** The compiled interventions, with the helper parameter of each scanned intervention field. */
  private final InterventionCompiler.Result interventions;
  private final SubjectSampler sampler;
  private final ParameterVector parameters;
  private final int[] sampledIndex;
  private final double[] times;
  private final List<String> outputs;
  private final java.util.Map<String, String> units;
  private final int[] metricColumn;
  private final List<String> metricNames;
  /** The file's metrics, then, with a steady-state start, {@link #STEADY_STATE_METRICS}. */
  private final List<String> recordedMetricNames;

  /**
   * What each unit that starts from a steady state records with its metrics: the residual of the
   * steady state it started from (the largest |dx_i/dt| / (atol + rtol |x_i|); at most 1, or the
   * run fails) and whether Newton's method found it (1) or a simulation (0).
   */
  static final List<String> STEADY_STATE_METRICS = List.of("steady_state_residual", "steady_state_newton");
  private final List<String> recordedParameters;
  private final Engine engine;
  private final SteadyStart steadyStart;
  private final int simulatedCount;

  PreparedExperiment(ExperimentSpec spec, Model model) {
    this(spec, model, seed -> spec.scan().<SubjectSampler>map(s -> new ScanSampler(s, seed))
        .or(() -> spec.cohort().map(c -> new CohortSampler(c, seed)))
        .orElseGet(SubjectSampler::single));
  }

  /**
   * With the subjects of {@code samplers} (given the experiment's seed) instead of the spec's scan or
   * cohort: a sensitivity analysis' design points ({@link ExperimentMetrics}).
   */
  PreparedExperiment(ExperimentSpec spec, Model model, java.util.function.LongFunction<SubjectSampler> samplers) {
    this.spec = spec;
    if (spec.replicates() < 1) {
      throw new IllegalArgumentException("replicates must be >= 1, got " + spec.replicates());
    }
    if (spec.scan().isPresent() && spec.cohort().isPresent()) {
      throw new IllegalArgumentException("an experiment has a scan or a cohort, not both");
    }
    this.sampler = samplers.apply(spec.seed());
    this.interventions = InterventionCompiler.compile(model, spec.interventions(), sampler.parameters());
    this.compiled = CompiledModels.of(interventions.model());
    this.parameters = new ParameterVector(compiled, spec.parameters(), interventions.knockouts());
    this.sampledIndex = sampler.parameters().stream().map(interventions::parameterOf).mapToInt(parameters::index).toArray();
    var recorded = new java.util.TreeSet<String>(spec.parameters().keySet());
    recorded.addAll(sampler.parameters());
    recorded.addAll(interventions.knockouts().keySet());
    this.recordedParameters = List.copyOf(recorded);
    this.times = spec.time().times();
    // no variables listed: every species, as the experiment-file reference says
    this.outputs = spec.outputs().variables().isEmpty()
        ? model.species().stream().map(org.limbic.model.Species::id).toList() : spec.outputs().variables();
    this.units = org.limbic.experiment.results.ResultUnits.of(model, outputs, spec.outputs().metrics());
    LinkedHashSet<String> all = new LinkedHashSet<>(outputs);
    for (MetricSpec m : spec.outputs().metrics()) {
      all.add(m.variable());
    }
    List<String> simulated = List.copyOf(all);
    this.metricColumn = spec.outputs().metrics().stream().mapToInt(m -> simulated.indexOf(m.variable())).toArray();
    this.metricNames = spec.outputs().metrics().stream().map(MetricSpec::name).toList();
    List<String> recordedMetrics = new java.util.ArrayList<>(metricNames);
    if (spec.steadyState().isPresent()) {
      for (String extra : STEADY_STATE_METRICS) {
        if (metricNames.contains(extra)) {
          throw new IllegalArgumentException("metric '" + extra + "' is the name of what every steady-state start records;"
              + " give the metric another name");
        }
      }
      recordedMetrics.addAll(STEADY_STATE_METRICS);
      units.put(STEADY_STATE_METRICS.get(0), "1");
      units.put(STEADY_STATE_METRICS.get(1), "");
    }
    this.recordedMetricNames = List.copyOf(recordedMetrics);
    this.simulatedCount = simulated.size();
    this.engine = Engines.forMethod(compiled, simulated, spec.solver().options());
    this.steadyStart = spec.steadyState().map(s -> new SteadyStart(CompiledModels.of(model), compiled, s,
        spec.solver().options(), simulated)).orElse(null);
    // bad input (outputs, initial assignments the base parameters break) is refused now, not per unit:
    // a run of the base parameters at the first output time only
    engine.run(parameters.subject(new int[0], new double[0]), new double[] {times[0]}, spec.seed());
  }

  int subjects() {
    return sampler.size();
  }

  /** Time's, the recorded variables' and the metrics' units ({@link org.limbic.experiment.results.ResultUnits}). */
  java.util.Map<String, String> units() {
    return units;
  }

  int replicates() {
    return spec.replicates();
  }

  /** The metrics the file asks for (what a sensitivity analysis reads). */
  List<String> metricNames() {
    return metricNames;
  }

  /** The metrics each unit records: the file's, then the steady-state start's. */
  List<String> recordedMetricNames() {
    return recordedMetricNames;
  }

  /**
   * Rows a unit adds to each table, in {@link org.limbic.experiment.results.ResultFiles#TABLES} order:
   * timecourses (one per output time and variable), metrics and parameters when it runs, failures
   * (one) when it fails.
   */
  int[] rowsPerUnit() {
    return new int[] {times.length * outputs.size(), recordedMetricNames.size(), recordedParameters.size(), 1};
  }

  /**
   * About how many bytes one unit holds while it is in flight: the simulated values (8 bytes per
   * output time and variable), their copy for the outputs, and the time-course rows as text (some
   * 40 characters a row). An estimate for refusing what cannot fit, not an account.
   */
  long bytesPerUnit() {
    return (long) times.length * (8L * simulatedCount + 48L * outputs.size());
  }

  int outputTimes() {
    return times.length;
  }

  int outputVariables() {
    return outputs.size();
  }

  CompiledModel compiled() {
    return compiled;
  }

  /** Simulates unit {@code unit} (subject = unit / replicates) and formats its rows. */
  UnitOutcome unit(String runId, int unit) {
    int subject = unit / spec.replicates();
    int replicate = unit % spec.replicates();
    double[] sampled = new double[sampledIndex.length];
    sampler.sample(subject, sampled);
    double[] p = parameters.subject(sampledIndex, sampled);
    String parameterRows = replicate == 0 ? UnitRows.parameters(subject, recordedParameters, recordedValues(p)) : "";
    double[][] values;
    org.limbic.steady.SteadyStateResult steadyState = null;
    try {
      long seed = SubjectRandom.seed(spec.seed(), SubjectRandom.SIMULATION, (long) subject * spec.replicates() + replicate);
      if (steadyStart == null) {
        values = engine.run(p, times, seed).values();
      } else {
        SteadyStart.Started started = steadyStart.run(p, times);
        values = started.result().values();
        steadyState = started.steadyState();
      }
    } catch (SolverException e) {
      return failed(runId, subject, replicate, parameterRows, e.time(), e.getMessage());
    } catch (RuntimeException e) {
      // e.g. a sampled parameter the model cannot take; recorded per subject, as a solver failure is
      return failed(runId, subject, replicate, parameterRows, Double.NaN, e.toString());
    }
    double[][] outputValues = values;
    if (engine.variables().size() != outputs.size()) {
      outputValues = new double[values.length][];
      for (int i = 0; i < values.length; i++) {
        outputValues[i] = java.util.Arrays.copyOf(values[i], outputs.size());
      }
    }
    MetricValue[] metrics = metrics(values);
    if (steadyState != null) {
      metrics = java.util.Arrays.copyOf(metrics, metrics.length + 2);
      metrics[metrics.length - 2] = MetricValue.of(steadyState.residual());
      metrics[metrics.length - 1] = MetricValue.of(steadyState.method() == org.limbic.steady.SteadyStateResult.Method.NEWTON ? 1 : 0);
    }
    return new UnitOutcome(new UnitRows(UnitRows.timecourses(runId, subject, replicate, times, outputs, outputValues),
        UnitRows.metrics(runId, subject, replicate, recordedMetricNames, values(metrics)), parameterRows, ""), metrics);
  }

  /** The metrics of one simulation's values (rows by output time, columns the simulated variables). */
  private MetricValue[] metrics(double[][] values) {
    MetricValue[] metrics = new MetricValue[metricColumn.length];
    double[] series = new double[times.length];
    for (int m = 0; m < metricColumn.length; m++) {
      for (int i = 0; i < times.length; i++) {
        series[i] = values[i][metricColumn[m]];
      }
      metrics[m] = Metrics.evaluate(spec.outputs().metrics().get(m), times, series);
    }
    return metrics;
  }

  /**
   * The metrics of one run with the sampler's parameters at {@code sampled} (in its order), the rest
   * as for any unit, simulated with the seed of unit 0 whatever the values: a function of the values
   * alone, as a sensitivity analysis needs. Thread-safe; formats no rows.
   *
   * @throws SolverException or another runtime exception when the point cannot be simulated
   */
  double[] metricsAt(double[] sampled) {
    double[] p = parameters.subject(sampledIndex, sampled);
    long seed = SubjectRandom.seed(spec.seed(), SubjectRandom.SIMULATION, 0);
    // from the steady state when the file asks for one, as every unit of a run does
    return values(metrics(steadyStart == null ? engine.run(p, times, seed).values() : steadyStart.run(p, times).result().values()));
  }

  static double[] values(MetricValue[] metrics) {
    return java.util.Arrays.stream(metrics).mapToDouble(MetricValue::value).toArray();
  }

  private double[] recordedValues(double[] p) {
    double[] v = new double[recordedParameters.size()];
    for (int k = 0; k < v.length; k++) {
      v[k] = p[compiled.parameterIndex(interventions.parameterOf(recordedParameters.get(k)))];
    }
    return v;
  }

  private static UnitOutcome failed(String runId, int subject, int replicate, String parameterRows, double time, String message) {
    return new UnitOutcome(new UnitRows("", "", parameterRows,
        UnitRows.failure(runId, subject, replicate, time, message == null ? "" : message)), null);
  }

  /** The experiment's seed and name, for the summary. */
  ExperimentSpec spec() {
    return spec;
  }
}
