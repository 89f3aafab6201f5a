package org.limbic.model;

/** A reactant or product of a reaction with its (constant) stoichiometric coefficient. */
public record SpeciesReference(String species, double stoichiometry) {
}
