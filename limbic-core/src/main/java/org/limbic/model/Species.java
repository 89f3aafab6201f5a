package org.limbic.model;

/**
 * A chemical species (or any pool: a hormone, a cell population) living in a compartment.
 *
 * <p>The solver's state is always the species' amount. In expressions the species' id means its
 * concentration (amount / compartment size) unless {@code hasOnlySubstanceUnits}, as in SBML.
 *
 * @param initialValue initial amount, or initial concentration when {@code initialIsConcentration}
 * @param boundaryCondition not changed by reactions (rules and events may change it)
 * @param constant never changes
 */
public record Species(String id, String compartment, double initialValue, boolean initialIsConcentration,
                      boolean hasOnlySubstanceUnits, boolean boundaryCondition, boolean constant, String unit) {

  public Species {
    Ids.requireValid(id);
  }
}
