package org.limbic.sbml;

import java.util.HashSet;
import java.util.Set;

/** The ids a model already uses, and new ones that clash with none of them (SBML has one id namespace per model). */
final class UsedIds {

  private final Set<String> ids = new HashSet<>();

  void add(String id) {
    ids.add(id);
  }

  /** {@code base} if unused, else the first unused of {@code base_2}, {@code base_3}, ...; the id returned is used from then on. */
  String fresh(String base) {
    String id = base;
    for (int i = 2; ids.contains(id); i++) {
      id = base + "_" + i;
    }
    ids.add(id);
    return id;
  }
}
