package org.limbic.petab;

import java.util.List;

/**
 * A row of the measurement table. {@code preequilibration} is empty for none; {@code time} may be
 * infinite (a steady state after the simulation); the overrides are numbers or parameter ids, one
 * per placeholder {@code observableParameterN_ID} / {@code noiseParameterN_ID}.
 */
public record PetabMeasurement(String observableId, String preequilibration, String condition, double time, double value,
                               List<String> observableParameters, List<String> noiseParameters, int line) {
}
