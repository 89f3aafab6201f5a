package org.limbic.models.gutbrain;

/**
 * One number of the gut–brain model with its unit and source ("assumed: why; range" where no source gives it).
 *
 * @param index its position in {@link GutBrainParameters#all()}, so the patient-level form reads a
 *     run's value ({@link GutBrainVariant#value}) from an array on its hot path
 */
record Parameter(int index, String id, double value, String unit, String source) {
}
