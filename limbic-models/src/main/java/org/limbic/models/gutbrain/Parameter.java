package org.limbic.models.gutbrain;

/** One number of the gut–brain model with its unit and source ("assumed: why; range" where no source gives it). */
record Parameter(String id, double value, String unit, String source) {
}
