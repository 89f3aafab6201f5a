package org.limbic.experiment.spec;

/**
 * An experiment file with a {@code sensitivity} section: the experiment (model, time, outputs, solver)
 * that each design point runs, and the analysis. Kept apart from {@link ExperimentSpec}, which
 * {@code limbic run} carries out, so that a run never silently drops the analysis.
 */
public record SensitivityExperiment(ExperimentSpec experiment, SensitivitySpec sensitivity) {
}
