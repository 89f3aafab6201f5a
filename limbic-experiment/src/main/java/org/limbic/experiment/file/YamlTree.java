package org.limbic.experiment.file;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * Reads YAML (or JSON, a subset of it) into a {@link YamlNode} tree by walking Jackson's token
 * stream and recording {@code currentTokenLocation()} for every node. Malformed YAML and duplicate
 * keys are {@link ExperimentFileException}s at the parser's location.
 */
public final class YamlTree {

  /**
   * The longest text read as YAML: experiment and trial files are kilobytes (a 10,000-value scan
   * list is about 100 KiB). Checked before parsing, since SnakeYAML scans a whole scalar before any
   * limit of Jackson's applies (a 10 MB quoted string took 28 s and 4.8 GB before it was refused).
   */
  public static final int MAX_CHARS = 1 << 20;
  /** The longest scalar (64 Ki characters): longer than any value a file needs, short enough to fail fast. */
  static final int MAX_SCALAR_CHARS = 1 << 16;

  private static final YAMLFactory FACTORY = YAMLFactory.builder()
      .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION) // duplicates are found here, with both places
      .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(MAX_SCALAR_CHARS)
          .maxDocumentLength(MAX_CHARS).maxNestingDepth(64).build())
      .build();

  private final JsonParser parser;
  private final String source;

  private YamlTree(JsonParser parser, String source) {
    this.parser = parser;
    this.source = source;
  }

  /**
   * The document's root node, or a NULL scalar at 1:1 for an empty document.
   *
   * @param source the file name used in messages
   */
  public static YamlNode parse(String text, String source) {
    if (text.length() > MAX_CHARS) {
      throw new ExperimentFileException(new SourceLocation(source, 1, 1), "the file has " + text.length()
          + " characters; YAML files here are at most " + MAX_CHARS + " (1 MiB); split the experiment");
    }
    try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), text)) {
      YamlTree tree = new YamlTree(parser, source);
      JsonToken first = parser.nextToken();
      if (first == null) {
        return new YamlNode.Scalar("", YamlNode.Scalar.Type.NULL, Double.NaN, new SourceLocation(source, 1, 1));
      }
      YamlNode root = tree.node(first);
      if (parser.nextToken() != null) {
        throw new ExperimentFileException(tree.here(), "a second YAML document ('---') follows the first, and it would be"
            + " ignored; keep one document per file");
      }
      return root;
    } catch (StreamConstraintsException e) {
      throw new ExperimentFileException(at(source, e.getLocation()), "a value, or the nesting, is beyond what a YAML file"
          + " here may hold (" + summary(e.getOriginalMessage()) + "); no experiment needs it: shorten it");
    } catch (JacksonException e) {
      throw new ExperimentFileException(at(source, e.getLocation()),
          "malformed YAML: " + summary(e.getOriginalMessage()) + "; check indentation, colons and brackets");
    }
  }

  private YamlNode node(JsonToken token) {
    SourceLocation where = here();
    return switch (token) {
      case START_OBJECT -> mapping(where);
      case START_ARRAY -> sequence(where);
      case VALUE_NUMBER_INT -> scalar(YamlNode.Scalar.Type.INTEGER, parser.getDoubleValue(), where);
      case VALUE_NUMBER_FLOAT -> scalar(YamlNode.Scalar.Type.FLOAT, finite(parser.getDoubleValue()), where);
      case VALUE_TRUE, VALUE_FALSE -> scalar(YamlNode.Scalar.Type.BOOLEAN, Double.NaN, where);
      case VALUE_NULL -> scalar(YamlNode.Scalar.Type.NULL, Double.NaN, where);
      case VALUE_STRING -> stringScalar(where);
      default -> throw new ExperimentFileException(where, "unsupported YAML construct (" + token + ")");
    };
  }

  private YamlNode.Scalar stringScalar(SourceLocation where) {
    if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
      // Jackson hands an alias over as its bare name ('*s' as "s"): refuse it rather than read a wrong value
      throw new ExperimentFileException(where, "YAML aliases (*" + parser.getString() + ") are not supported;"
          + " write the value out in full");
    }
    String text = parser.getString();
    if (text.equals("~") || text.equals("null")) {
      return new YamlNode.Scalar(text, YamlNode.Scalar.Type.NULL, Double.NaN, where);
    }
    return new YamlNode.Scalar(text, YamlNode.Scalar.Type.STRING, lenientNumber(text), where);
  }

  private static double finite(double value) {
    return Double.isFinite(value) ? value : Double.NaN;
  }

  /** YAML 1.2 plain scalars Jackson leaves as strings but people mean as numbers: ".5", "1_000". */
  private static double lenientNumber(String text) {
    String t = text.strip().replace("_", "");
    if (t.isEmpty() || !(Character.isDigit(t.charAt(0)) || "+-.".indexOf(t.charAt(0)) >= 0)) {
      return Double.NaN;
    }
    try {
      return finite(Double.parseDouble(t));
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }

  private YamlNode.Scalar scalar(YamlNode.Scalar.Type type, double number, SourceLocation where) {
    return new YamlNode.Scalar(parser.getString(), type, number, where);
  }

  private YamlNode.Mapping mapping(SourceLocation where) {
    Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
    JsonToken t;
    while ((t = parser.nextToken()) != JsonToken.END_OBJECT) {
      String key = parser.currentName();
      SourceLocation keyAt = here();
      YamlNode value = node(parser.nextToken());
      YamlNode.Entry previous = entries.putIfAbsent(key, new YamlNode.Entry(key, keyAt, value));
      if (previous != null) {
        throw new ExperimentFileException(keyAt, "duplicate key '" + key + "' (first given at "
            + previous.keyLocation().line() + ":" + previous.keyLocation().column() + "); keep one of them");
      }
    }
    return new YamlNode.Mapping(entries, where);
  }

  private YamlNode.Sequence sequence(SourceLocation where) {
    List<YamlNode> items = new ArrayList<>();
    JsonToken t;
    while ((t = parser.nextToken()) != JsonToken.END_ARRAY) {
      items.add(node(t));
    }
    return new YamlNode.Sequence(items, where);
  }

  private SourceLocation here() {
    return at(source, parser.currentTokenLocation());
  }

  private static SourceLocation at(String source, TokenStreamLocation location) {
    if (location == null) {
      return new SourceLocation(source, 1, 1);
    }
    return new SourceLocation(source, Math.max(1, location.getLineNr()), Math.max(1, location.getColumnNr()));
  }

  /** SnakeYAML's multi-line message without its code excerpts and carets: "while parsing …; expected …". */
  private static String summary(String message) {
    List<String> parts = new ArrayList<>();
    for (String line : message.split("\n")) {
      String l = line.strip();
      if (!l.isEmpty() && !line.startsWith(" ") && !l.startsWith("in reader") && !l.equals("^")) {
        parts.add(l);
      }
    }
    return parts.isEmpty() ? message.strip() : String.join(": ", parts);
  }
}
