package org.limbic.model;

import java.util.regex.Pattern;

/** SBML SId syntax, which every Limbic identifier follows so that any model exports to SBML. */
final class Ids {

  private static final Pattern SID = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private Ids() {
  }

  static void requireValid(String id) {
    if (id == null || !SID.matcher(id).matches()) {
      throw new ModelException(id, "is not a valid identifier: use letters, digits and '_', not starting with a digit");
    }
  }
}
