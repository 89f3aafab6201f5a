package org.limbic.sbml;

import org.sbml.jsbml.ASTNode;
import org.sbml.jsbml.SpeciesReference;

/**
 * Level 2's stoichiometryMath element of a species reference. JSBML 1.6.1 deprecates it with no
 * replacement (Level 3 says the same with an assignment rule to the species reference's id), yet
 * Level 2 models carry it, so the importer must read it; this is the one place that does.
 */
final class StoichiometryMathElement {

  private StoichiometryMathElement() {
  }

  @SuppressWarnings("deprecation") // no replacement in JSBML 1.6.1, see the class comment
  static boolean isSet(SpeciesReference ref) {
    return ref.isSetStoichiometryMath();
  }

  /** Its math, or null when the element has none. */
  @SuppressWarnings("deprecation") // no replacement in JSBML 1.6.1, see the class comment
  static ASTNode math(SpeciesReference ref) {
    return ref.getStoichiometryMath().getMath();
  }
}
