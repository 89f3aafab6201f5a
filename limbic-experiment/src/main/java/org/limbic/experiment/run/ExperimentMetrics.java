package org.limbic.experiment.run;

import java.util.List;
import org.limbic.experiment.sampling.SubjectSampler;
import org.limbic.experiment.spec.ExperimentSpec;
import org.limbic.model.Model;

/**
 * An experiment's metrics as a function of some of its parameters: the experiment prepared once as
 * for a run (interventions compiled in, overrides, knockouts, solver, output times; {@link
 * PreparedExperiment}), then one simulation per call with the varied parameters set, and the metrics
 * of the experiment's outputs computed from it. What a sensitivity analysis of an experiment file
 * evaluates at each point of its design; thread-safe.
 */
public final class ExperimentMetrics {

  private final PreparedExperiment experiment;
  private final List<String> varied;

  /**
   * @param varied the parameters {@link #evaluate} sets, in the order of its values
   * @throws IllegalArgumentException or {@link org.limbic.model.ModelException} for bad input, before any point
   */
  public ExperimentMetrics(ExperimentSpec spec, Model model, List<String> varied) {
    this.varied = List.copyOf(varied);
    this.experiment = new PreparedExperiment(spec, model, seed -> new SubjectSampler() {
      @Override
      public List<String> parameters() {
        return ExperimentMetrics.this.varied;
      }

      @Override
      public int size() {
        return 0; // the points come through evaluate, not as subjects
      }

      @Override
      public void sample(int subject, double[] out) {
        throw new IndexOutOfBoundsException("a sensitivity analysis' experiment has no subjects of its own");
      }
    });
  }

  /** The experiment's metric names, in the order of {@link #evaluate}'s values. */
  public List<String> metricNames() {
    return experiment.metricNames();
  }

  /** The varied parameters. */
  public List<String> varied() {
    return varied;
  }

  /** The metrics of one run with the varied parameters at {@code values}. */
  public double[] evaluate(double[] values) {
    if (values.length != varied.size()) {
      throw new IllegalArgumentException(values.length + " values for " + varied.size() + " varied parameters " + varied);
    }
    return experiment.metricsAt(values);
  }
}
