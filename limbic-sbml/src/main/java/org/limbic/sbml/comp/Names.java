package org.limbic.sbml.comp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The flat model's name for every element of every instance: its instance prefix and id, unless a
 * replacement made it stand for another element, whose name it then takes (with the conversion
 * factors met on the way).
 */
final class Names {

  /** An element of an instance by id. */
  record Ref(Instance instance, String id) {
  }

  /** The element {@code to} stands for the aliased one; {@code factor} (an id in to's instance) scales it. */
  record Alias(Ref to, String factor) {
  }

  /** A flat name and the conversion factors (flat names) between the element and the one that names it: element = name / factors. */
  record Binding(String name, List<String> factors) {
  }

  private final Map<Ref, Alias> aliases = new HashMap<>();

  /**
   * Makes {@code from} stand for {@code to}. When {@code from} already stands for another element
   * (one element replaced from two levels, e.g. replacedBy both in its parent and its grandparent),
   * the deeper of the two stands for the shallower, so that the outermost id names them all.
   */
  void link(Ref from, Alias to) {
    Alias existing = aliases.get(from);
    if (existing == null || existing.to.equals(to.to)) {
      aliases.put(from, to);
      return;
    }
    Alias shallow = existing.to.instance().depth() <= to.to.instance().depth() ? existing : to;
    Alias deep = shallow == existing ? to : existing;
    aliases.put(from, shallow);
    if (!aliases.containsKey(deep.to)) {
      aliases.put(deep.to, new Alias(shallow.to, null));
    }
  }

  /** Whether a replacement made element {@code id} of {@code instance} stand for another. */
  boolean isAliased(Instance instance, String id) {
    return aliases.containsKey(new Ref(instance, id));
  }

  Binding bind(Instance instance, String id) {
    List<String> factors = new ArrayList<>();
    Ref ref = new Ref(instance, id);
    Set<Ref> seen = new HashSet<>();
    for (Alias a = aliases.get(ref); a != null; a = aliases.get(ref)) {
      if (!seen.add(ref)) {
        throw new UnsupportedCompException(id, "replacements form a cycle");
      }
      if (a.factor != null) {
        factors.add(of(a.to.instance(), a.factor));
      }
      ref = a.to;
    }
    return new Binding(ref.instance().prefix + ref.id(), factors);
  }

  /** The flat name of element {@code id} of {@code instance}. */
  String of(Instance instance, String id) {
    return bind(instance, id).name;
  }
}
