package org.limbic.experiment.spec;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An experiment as written in an experiment file (YAML; see docs/experiment.schema.json): which
 * model, what to change, what to do to it over time, what to record, how to solve, and whether it
 * is one run (with replicates), a parameter scan or a virtual cohort. Immutable and validated
 * against the model by {@code ExperimentFiles.read}.
 *
 * @param name a short name for the run catalog and reports
 * @param model the model to run
 * @param parameters overrides of parameters, compartment sizes and initial values, by id
 * @param time the output times
 * @param interventions changes applied on the timeline
 * @param outputs the variables and derived metrics to record
 * @param solver integrator and tolerances
 * @param replicates repetitions of each run (stochastic methods draw new random numbers per replicate)
 * @param seed the root of every random number of the experiment
 * @param scan a parameter scan, if any (exclusive with cohort)
 * @param cohort a virtual cohort, if any (exclusive with scan)
 * @param steadyState when present, every run starts from the model's steady state
 * @param source where the spec was read from ("" when built in code), for messages
 */
public record ExperimentSpec(String name, ModelRef model, Map<String, Double> parameters, TimeGrid time,
                             List<Intervention> interventions, OutputSpec outputs, SolverSpec solver, int replicates,
                             long seed, Optional<ScanSpec> scan, Optional<CohortSpec> cohort,
                             Optional<SteadyStateSpec> steadyState, String source) {

  public ExperimentSpec {
    parameters = Map.copyOf(parameters);
    interventions = List.copyOf(interventions);
  }

  /** An experiment whose runs start from the model's initial values. */
  public ExperimentSpec(String name, ModelRef model, Map<String, Double> parameters, TimeGrid time,
                        List<Intervention> interventions, OutputSpec outputs, SolverSpec solver, int replicates,
                        long seed, Optional<ScanSpec> scan, Optional<CohortSpec> cohort, String source) {
    this(name, model, parameters, time, interventions, outputs, solver, replicates, seed, scan, cohort, Optional.empty(),
        source);
  }
}
