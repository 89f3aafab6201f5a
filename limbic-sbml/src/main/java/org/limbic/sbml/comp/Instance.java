package org.limbic.sbml.comp;

import java.nio.file.Path;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.sbml.jsbml.Model;
import org.sbml.jsbml.SBMLDocument;
import org.sbml.jsbml.SBase;
import org.sbml.jsbml.ext.comp.Submodel;

/**
 * One instantiated model: the root, or a submodel within its parent. Its elements keep their ids
 * behind the prefix of its path ({@code sub1__x}, {@code sub1__inner__x}); the deletion and
 * replacement passes mark what it does not emit.
 */
final class Instance {

  static final String PREFIX_SEPARATOR = "__";

  final String prefix;
  /** A copy of the model definition, owned by this instance. */
  final Model model;
  /** The folder that external model definitions of {@link #document} resolve against. */
  final Path directory;
  final SBMLDocument document;
  final Instance parent;
  /** The submodel element in the parent that instantiates this one (null for the root). */
  final Submodel submodel;
  final Map<String, Instance> children = new LinkedHashMap<>();
  /** Elements deleted or replaced: not emitted. */
  final Set<SBase> removed = Collections.newSetFromMap(new IdentityHashMap<>());
  /** Elements deleted: what assigns them goes with them. */
  final Set<SBase> deletedElements = Collections.newSetFromMap(new IdentityHashMap<>());
  /** The whole instance is deleted (or replaced), with its descendants. */
  boolean deleted;

  Instance(String prefix, Model model, Path directory, SBMLDocument document, Instance parent, Submodel submodel) {
    this.prefix = prefix;
    this.model = model;
    this.directory = directory;
    this.document = document;
    this.parent = parent;
    this.submodel = submodel;
  }

  /** Whether this instance or one of its ancestors is deleted. */
  boolean isDeleted() {
    for (Instance j = this; j != null; j = j.parent) {
      if (j.deleted) {
        return true;
      }
    }
    return false;
  }

  /** The number of ancestors: 0 for the root. */
  int depth() {
    int d = 0;
    for (Instance j = this; j.parent != null; j = j.parent) {
      d++;
    }
    return d;
  }

  /** The child instance of submodel {@code id}; {@code where} names the referring element in the message. */
  Instance child(String id, SBase where) {
    Instance child = children.get(id);
    if (child == null) {
      throw new UnsupportedCompException(id, "no submodel '" + id + "' in model '" + model.getId() + "' (" + where + ")");
    }
    return child;
  }
}
