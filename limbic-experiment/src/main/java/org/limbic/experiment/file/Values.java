package org.limbic.experiment.file;

import java.util.ArrayList;
import java.util.List;

/** Conversions of YAML nodes to Java values, each failing with what was expected and what was found. */
final class Values {

  private Values() {
  }

  static boolean isNull(YamlNode node) {
    return node instanceof YamlNode.Scalar s && s.type() == YamlNode.Scalar.Type.NULL;
  }

  static ExperimentFileException wrongType(YamlNode node, String what, String expected) {
    return new ExperimentFileException(node.location(), what + " must be " + expected + ", not " + node.describe());
  }

  static double number(YamlNode node, String what) {
    if (node instanceof YamlNode.Scalar s && s.isNumber() && s.type() != YamlNode.Scalar.Type.BOOLEAN) {
      return s.number();
    }
    throw wrongType(node, what, "a number");
  }

  static long integer(YamlNode node, String what) {
    double v = number(node, what);
    if (v != Math.rint(v) || Math.abs(v) > 1L << 53) {
      throw wrongType(node, what, "a whole number");
    }
    return (long) v;
  }

  /** Largest count (points, replicates, subjects, samples, steps) an experiment may ask for. */
  static final long MAX_COUNT = 100_000_000L;

  /** A whole number used as a count: at most {@value #MAX_COUNT}, so it fits the int it becomes. */
  static int count(YamlNode node, String what) {
    long v = integer(node, what);
    if (v > MAX_COUNT) {
      throw new ExperimentFileException(node.location(), what + " is " + v + ", more than the largest allowed ("
          + MAX_COUNT + "); split the experiment");
    }
    return (int) v;
  }

  static String string(YamlNode node, String what) {
    if (node instanceof YamlNode.Scalar s && s.type() != YamlNode.Scalar.Type.NULL) {
      return s.text();
    }
    throw wrongType(node, what, "a name or text");
  }

  static boolean bool(YamlNode node, String what) {
    if (node instanceof YamlNode.Scalar s && s.type() == YamlNode.Scalar.Type.BOOLEAN) {
      return Boolean.parseBoolean(s.text());
    }
    throw wrongType(node, what, "true or false");
  }

  static YamlNode.Sequence sequence(YamlNode node, String what, String example) {
    if (node instanceof YamlNode.Sequence s) {
      return s;
    }
    throw wrongType(node, what, "a list like " + example);
  }

  static List<Double> numbers(YamlNode node, String what) {
    List<Double> out = new ArrayList<>();
    for (YamlNode item : sequence(node, what, "[1, 2, 3]").items()) {
      out.add(number(item, "each entry of " + what));
    }
    return out;
  }

  static double[] toArray(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).toArray();
  }
}
