package org.limbic.experiment.library;

import java.util.OptionalDouble;

/**
 * A quantity an assay measures on each animal. {@code chance} is the value that means "no effect"
 * (50 % for a two-choice preference score), against which each group is tested; empty when no
 * such value exists.
 */
public record AssayMeasure(String name, String unit, String meaning, OptionalDouble chance) {

  public static AssayMeasure of(String name, String unit, String meaning) {
    return new AssayMeasure(name, unit, meaning, OptionalDouble.empty());
  }

  public static AssayMeasure withChance(String name, String unit, String meaning, double chance) {
    return new AssayMeasure(name, unit, meaning, OptionalDouble.of(chance));
  }
}
