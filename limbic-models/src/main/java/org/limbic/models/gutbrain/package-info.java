/**
 * The gut–brain axis (../shared/domain/BRIEF.md §3), in two forms of the same equations:
 *
 * <ul>
 *   <li>{@link org.limbic.models.gutbrain.GutBrainModel}: the ODE model on the engine (days) — the
 *       Stein et al. 2013 gLV community ({@link org.limbic.models.gutbrain.SteinCommunity}, published
 *       tables as resources, {@link org.limbic.models.gutbrain.SteinData}) and the mood-relevant
 *       extension ({@link org.limbic.models.gutbrain.MoodAxis}) with the shared Karin HPA axis
 *       ({@link org.limbic.models.hpa.HpaAxis}); every number in
 *       {@link org.limbic.models.gutbrain.GutBrainParameters} with unit and source; scenarios as
 *       experiment files beside the classes.</li>
 *   <li>{@link org.limbic.models.gutbrain.GutBrainPatients}: virtual patients for trials, the
 *       patient-level form ({@link org.limbic.models.gutbrain.PatientDynamics}: slow states by Euler
 *       steps, fast ones quasi-steady), ~0.3 ms per patient for 12 weeks.</li>
 * </ul>
 * Claims: {@link org.limbic.models.gutbrain.GutBrainClaims} (GUT-4, -9, -10) and
 * {@link org.limbic.models.gutbrain.CohortClaims} (GUT-11, -12); the trial claims live in
 * {@code org.limbic.models.gutbrain.trials.GutBrainTrialClaims}, added to the model through
 * {@link org.limbic.experiment.library.ClaimProvider} so that this package does not depend on trials.
 */
package org.limbic.models.gutbrain;
