package org.limbic.experiment.results;

import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.limbic.model.Model;

/**
 * A canonical text of records (experiment specs, model elements): components by name, maps sorted by
 * key, arrays spelled out, numbers as shortest exact decimals. Two values with equal content have
 * equal text, whatever their maps' iteration order; used for the run catalog's spec text (when the
 * spec was built in code) and for the model hash.
 */
public final class CanonicalText {

  private CanonicalText() {
  }

  public static String of(Object value) {
    StringBuilder sb = new StringBuilder();
    append(sb, value);
    return sb.toString();
  }

  /** The model's canonical text: its id, name and every element list, one element per line. */
  public static String of(Model model) {
    StringBuilder sb = new StringBuilder("model ").append(model.id()).append(" \"").append(model.name()).append("\"\n");
    Map<String, Collection<?>> parts = new java.util.LinkedHashMap<>();
    parts.put("compartments", model.compartments());
    parts.put("species", model.species());
    parts.put("parameters", model.parameters());
    parts.put("functions", model.functions());
    parts.put("reactions", model.reactions());
    parts.put("rules", model.rules());
    parts.put("initialAssignments", model.initialAssignments());
    parts.put("events", model.events());
    parts.forEach((name, elements) -> {
      for (Object e : elements) {
        sb.append(name).append(' ');
        append(sb, e);
        sb.append('\n');
      }
    });
    return sb.toString();
  }

  /** SHA-256 of the model's canonical text, in hex. */
  public static String sha256(Model model) {
    return sha256(of(model));
  }

  /** SHA-256 of a text (UTF-8), in hex. */
  public static String sha256(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  private static void append(StringBuilder sb, Object value) {
    switch (value) {
      case null -> sb.append("null");
      case String s -> sb.append('"').append(s.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
      case double[] a -> sb.append(Arrays.toString(a));
      case int[] a -> sb.append(Arrays.toString(a));
      case Optional<?> o -> {
        if (o.isPresent()) {
          append(sb, o.get());
        } else {
          sb.append("none");
        }
      }
      case Map<?, ?> m -> {
        sb.append('{');
        boolean first = true;
        for (Map.Entry<String, ?> e : new TreeMap<String, Object>(stringKeys(m)).entrySet()) {
          sb.append(first ? "" : ", ").append(e.getKey()).append(": ");
          append(sb, e.getValue());
          first = false;
        }
        sb.append('}');
      }
      case Collection<?> c -> {
        sb.append('[');
        boolean first = true;
        for (Object e : c) {
          sb.append(first ? "" : ", ");
          append(sb, e);
          first = false;
        }
        sb.append(']');
      }
      case Record r -> {
        sb.append(r.getClass().getSimpleName()).append('(');
        RecordComponent[] components = r.getClass().getRecordComponents();
        for (int i = 0; i < components.length; i++) {
          sb.append(i == 0 ? "" : ", ").append(components[i].getName()).append('=');
          try {
            components[i].getAccessor().setAccessible(true);
            append(sb, components[i].getAccessor().invoke(r));
          } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + components[i] + " of " + r.getClass(), e);
          }
        }
        sb.append(')');
      }
      default -> sb.append(value);
    }
  }

  private static Map<String, Object> stringKeys(Map<?, ?> m) {
    Map<String, Object> out = new TreeMap<>();
    m.forEach((k, v) -> out.put(String.valueOf(k), v));
    return out;
  }
}
