package org.limbic.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A reactant or product of a reaction with its stoichiometric coefficient.
 *
 * <p>The coefficient is {@code stoichiometry}, times the current value of {@code stoichiometrySymbol}
 * when one is given: a parameter that rules, initial assignments or events may set (SBML's species
 * reference ids and Level 2 stoichiometryMath; SBML L3V2 section 4.11.3). The constant factor then
 * carries e.g. an SBML conversion factor.
 */
public record SpeciesReference(String species, double stoichiometry, Optional<String> stoichiometrySymbol) {

  public SpeciesReference {
    Objects.requireNonNull(species, "species");
    Objects.requireNonNull(stoichiometrySymbol, "stoichiometrySymbol");
  }

  /** A constant coefficient. */
  public SpeciesReference(String species, double stoichiometry) {
    this(species, stoichiometry, Optional.empty());
  }
}
