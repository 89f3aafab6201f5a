package org.limbic.sbml.comp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.sbml.jsbml.ASTNode;
import org.sbml.jsbml.ext.comp.Submodel;

/**
 * The conversion pass over math (comp V1R3 sections 3.6.2 and 3.5.1): renames every symbol into the
 * flat model's names and applies the conversion factors. A conversion factor c on a replacement
 * means replacing = c × replaced: references in the submodel read {@code replacing / c}, values
 * assigned there are multiplied by c. A submodel's time conversion factor T reads its time as
 * {@code time / T}, divides its rate rules and kinetic laws by T and multiplies its delays by T; its
 * extent conversion factor multiplies its kinetic laws.
 */
final class Conversion {

  private final Names names;

  Conversion(Names names) {
    this.names = names;
  }

  /** Names of the time conversion factors from this instance up to the root (their product converts time). */
  List<String> timeFactors(Instance in) {
    return factorsUp(in, s -> s.isSetTimeConversionFactor() ? s.getTimeConversionFactor() : null);
  }

  /** Names of the extent conversion factors from this instance up to the root. */
  List<String> extentFactors(Instance in) {
    return factorsUp(in, s -> s.isSetExtentConversionFactor() ? s.getExtentConversionFactor() : null);
  }

  /** The flat names of the factors (ids in each parent, null where unset) that the submodels from {@code in} up to the root declare. */
  private List<String> factorsUp(Instance in, Function<Submodel, String> factor) {
    List<String> out = new ArrayList<>();
    for (Instance i = in; i.parent != null; i = i.parent) {
      String id = factor.apply(i.submodel);
      if (id != null) {
        out.add(names.of(i.parent, id));
      }
    }
    return out;
  }

  /** Renames the symbols of {@code n} (a detached copy, changed in place) into the flat model's names; {@code locals} stay as they are. */
  ASTNode rewrite(ASTNode n, Instance in, Set<String> locals) {
    switch (n.getType()) {
      case NAME -> {
        if (locals.contains(n.getName())) {
          return n;
        }
        Names.Binding b = names.bind(in, n.getName());
        ASTNode named = divided(new ASTNode(b.name()), b.factors());
        if (in.model.getReaction(n.getName()) != null && !names.isAliased(in, n.getName())) {
          // the flat reaction runs at extent/T per unit of parent time: back to this instance's units
          return divided(scaled(named, timeFactors(in)), extentFactors(in));
        }
        return named;
      }
      case NAME_TIME -> {
        return divided(n, timeFactors(in));
      }
      case FUNCTION -> n.setName(names.of(in, n.getName()));
      case FUNCTION_DELAY -> {
        rewriteChildren(n, in, locals);
        if (n.getChildCount() == 2) {
          n.replaceChild(1, scaled(n.getChild(1), timeFactors(in)));
        }
        return n;
      }
      case FUNCTION_RATE_OF -> {
        if (n.getChildCount() == 1 && n.getChild(0).getType() == ASTNode.Type.NAME && !locals.contains(n.getChild(0).getName())) {
          Names.Binding b = names.bind(in, n.getChild(0).getName());
          n.replaceChild(0, new ASTNode(b.name()));
          return divided(scaled(n, timeFactors(in)), b.factors());
        }
      }
      default -> {
      }
    }
    rewriteChildren(n, in, locals);
    return n;
  }

  private void rewriteChildren(ASTNode n, Instance in, Set<String> locals) {
    for (int i = 0; i < n.getChildCount(); i++) {
      ASTNode child = n.getChild(i);
      ASTNode done = rewrite(child, in, locals);
      if (done != child) {
        n.replaceChild(i, done);
      }
    }
  }

  /** A function body: only calls of other function definitions are renamed; its names are its arguments. */
  ASTNode rewriteFunction(ASTNode n, Instance in) {
    if (n.getType() == ASTNode.Type.FUNCTION) {
      n.setName(names.of(in, n.getName()));
    }
    for (int i = 0; i < n.getChildCount(); i++) {
      rewriteFunction(n.getChild(i), in);
    }
    return n;
  }

  /** {@code math} times every factor (math itself when there are none). */
  static ASTNode scaled(ASTNode math, List<String> factors) {
    if (factors.isEmpty()) {
      return math;
    }
    ASTNode times = new ASTNode(ASTNode.Type.TIMES);
    times.addChild(math);
    factors.forEach(f -> times.addChild(new ASTNode(f)));
    return times;
  }

  /** {@code math} divided by the product of the factors (math itself when there are none). */
  static ASTNode divided(ASTNode math, List<String> factors) {
    if (factors.isEmpty()) {
      return math;
    }
    ASTNode divide = new ASTNode(ASTNode.Type.DIVIDE);
    divide.addChild(math);
    divide.addChild(factors.size() == 1 ? new ASTNode(factors.getFirst()) : scaled(new ASTNode(1), factors));
    return divide;
  }
}
