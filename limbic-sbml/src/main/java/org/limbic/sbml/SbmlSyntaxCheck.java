package org.limbic.sbml;

import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * What JSBML reads without a word although libSBML's validator calls it an error, checked on the
 * XML text because JSBML's objects no longer show it (issue #14): an attribute value of the wrong
 * type (JSBML keeps the default, so a species whose {@code boundaryCondition="NaN"} becomes a
 * floating one), a required attribute left out, an identifier that is not an SId, an empty
 * {@code <math>}, a csymbol applied as a function (JSBML flattens it into the enclosing operator's
 * arguments), an {@code <apply>} that starts with no operator, a csymbol the level does not have,
 * a second {@code <model>}. Each refusal gives the line, the element and libSBML's rule number.
 */
final class SbmlSyntaxCheck {

  private static final String MATHML = "http://www.w3.org/1998/Math/MathML";
  private static final String CSYMBOL = "http://www.sbml.org/sbml/symbols/";

  private static final Set<String> BOOLEAN = Set.of("constant", "boundaryCondition", "hasOnlySubstanceUnits",
      "useValuesFromTriggerTime", "initialValue", "persistent", "reversible", "fast");
  private static final Set<String> DOUBLE = Set.of("size", "volume", "initialAmount", "initialConcentration", "value",
      "multiplier", "offset");
  private static final Set<String> SID_REFERENCES = Set.of("compartment", "species", "variable", "symbol", "outside",
      "compartmentType", "speciesType", "units", "substanceUnits", "timeUnits", "volumeUnits", "lengthUnits",
      "areaUnits", "extentUnits", "conversionFactor");
  /** SBML core's namespaces (L1, L2V1 to L2V5, L3V1 and L3V2 core), not a package's. */
  private static final Pattern CORE_NAMESPACE = Pattern.compile("http://www\\.sbml\\.org/sbml/level\\d(/version\\d)?(/core)?");
  private static final Pattern SID = Pattern.compile("[_A-Za-z][_A-Za-z0-9]*");
  private static final Pattern XSD_DOUBLE = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?|[+-]?INF|NaN");
  private static final Pattern XSD_INT = Pattern.compile("[+-]?\\d{1,10}");
  private static final Pattern SBO_TERM = Pattern.compile("SBO:\\d{7}");
  /** MathML elements that cannot start an {@code <apply>}: values and constructs, not operators. */
  private static final Set<String> NOT_OPERATORS = Set.of("cn", "piecewise", "piece", "otherwise", "lambda",
      "bvar", "degree", "logbase", "true", "false", "pi", "exponentiale", "notanumber", "infinity", "semantics");

  /** The core elements whose math has a fixed type below L3V2: a trigger's Boolean, the others numeric. */
  private static final Set<String> TYPED_CONTEXTS = Set.of("kineticLaw", "assignmentRule", "rateRule", "initialAssignment",
      "eventAssignment", "delay", "priority", "stoichiometryMath", "trigger");
  private static final Set<String> BOOLEAN_TOPS = Set.of("eq", "neq", "gt", "lt", "geq", "leq", "and", "or", "xor", "not",
      "true", "false");
  private static final Set<String> NUMERIC_TOPS = Set.of("cn", "plus", "minus", "times", "divide", "power", "root", "abs",
      "exp", "ln", "log", "floor", "ceiling", "factorial", "sin", "cos", "tan", "pi", "exponentiale", "notanumber",
      "infinity");

  /** Level 3's required attributes (L3V1 and L3V2 section 4; libSBML rules 20xxx/21xxx "must have the required attributes"). */
  private static final Map<String, List<String>> REQUIRED_L3 = Map.ofEntries(
      Map.entry("compartment", List.of("id", "constant")),
      Map.entry("species", List.of("id", "compartment", "hasOnlySubstanceUnits", "boundaryCondition", "constant")),
      Map.entry("parameter", List.of("id", "constant")),
      Map.entry("localParameter", List.of("id")),
      Map.entry("reaction", List.of("id", "reversible")),
      Map.entry("speciesReference", List.of("species", "constant")),
      Map.entry("modifierSpeciesReference", List.of("species")),
      Map.entry("unitDefinition", List.of("id")),
      Map.entry("unit", List.of("kind", "exponent", "scale", "multiplier")),
      Map.entry("functionDefinition", List.of("id")),
      Map.entry("assignmentRule", List.of("variable")),
      Map.entry("rateRule", List.of("variable")),
      Map.entry("initialAssignment", List.of("symbol")),
      Map.entry("eventAssignment", List.of("variable")),
      Map.entry("event", List.of("useValuesFromTriggerTime")),
      Map.entry("trigger", List.of("initialValue", "persistent")));
  /** libSBML's numbers for Level 3's "must have the required attributes" rules. */
  private static final Map<String, String> REQUIRED_L3_RULES = Map.ofEntries(Map.entry("compartment", "20517"),
      Map.entry("species", "20623"), Map.entry("parameter", "20706"), Map.entry("localParameter", "21172"),
      Map.entry("reaction", "21110"), Map.entry("speciesReference", "21116"), Map.entry("modifierSpeciesReference", "21117"),
      Map.entry("unitDefinition", "20419"), Map.entry("unit", "20421"), Map.entry("functionDefinition", "20306"),
      Map.entry("assignmentRule", "20908"), Map.entry("rateRule", "20909"), Map.entry("initialAssignment", "20805"),
      Map.entry("eventAssignment", "21214"), Map.entry("event", "21225"), Map.entry("trigger", "21226"));
  /** Level 2's (L2V1 to L2V5, section 4). */
  private static final Map<String, List<String>> REQUIRED_L2 = Map.ofEntries(
      Map.entry("compartment", List.of("id")),
      Map.entry("species", List.of("id", "compartment")),
      Map.entry("parameter", List.of("id")),
      Map.entry("reaction", List.of("id")),
      Map.entry("speciesReference", List.of("species")),
      Map.entry("modifierSpeciesReference", List.of("species")),
      Map.entry("unitDefinition", List.of("id")),
      Map.entry("unit", List.of("kind")),
      Map.entry("functionDefinition", List.of("id")),
      Map.entry("assignmentRule", List.of("variable")),
      Map.entry("rateRule", List.of("variable")),
      Map.entry("initialAssignment", List.of("symbol")),
      Map.entry("eventAssignment", List.of("variable")),
      Map.entry("compartmentType", List.of("id")),
      Map.entry("speciesType", List.of("id")));
  /** Level 1's (L1V2 section 4), where {@code name} is the identifier. */
  private static final Map<String, List<String>> REQUIRED_L1 = Map.ofEntries(
      Map.entry("compartment", List.of("name")),
      Map.entry("species", List.of("name", "compartment", "initialAmount")),
      Map.entry("specie", List.of("name", "compartment", "initialAmount")),
      Map.entry("parameter", List.of("name")),
      Map.entry("reaction", List.of("name")),
      Map.entry("speciesReference", List.of("species")),
      Map.entry("specieReference", List.of("specie")),
      Map.entry("unitDefinition", List.of("name")),
      Map.entry("unit", List.of("kind")));

  private final String source;
  private int level;
  private int version;
  /** Function definitions' arities (their lambdas' bvars), and the calls made, checked at the end. */
  private final Map<String, Integer> arities = new java.util.HashMap<>();
  private final List<Call> calls = new java.util.ArrayList<>();
  private String definition;
  private int scope;
  private boolean redundantApply;

  private record Call(String function, int arguments, int line) {
  }

  private SbmlSyntaxCheck(String source) {
    this.source = source;
  }

  /**
   * Throws {@link InvalidSbmlException} at the first problem; XML that does not parse is left to
   * JSBML's reader. Returns whether the math wraps an expression in a redundant {@code <apply>}
   * ({@code <apply><apply>x</apply></apply>}, which libSBML reads as x and JSBML misreads), for
   * {@link RedundantApply} to unwrap.
   */
  static boolean check(String xml, String source) {
    SbmlSyntaxCheck check = new SbmlSyntaxCheck(source);
    check.run(xml);
    return check.redundantApply;
  }

  private void run(String xml) {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    try {
      XMLStreamReader in = factory.createXMLStreamReader(new StringReader(xml));
      Deque<Frame> open = new ArrayDeque<>();
      int models = 0;
      while (in.hasNext()) {
        int event = in.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          Frame parent = open.peek();
          String name = in.getLocalName();
          String ns = in.getNamespaceURI();
          int line = in.getLocation().getLineNumber();
          String context = "";
          if (parent != null) {
            parent.children++;
            if (parent.apply && parent.children == 1) {
              parent.firstIsApply = MATHML.equals(ns) && "apply".equals(name);
              checkOperator(in, name, ns, line);
              if (parent.context.startsWith("root of ")) {
                checkResultType(parent.context.substring("root of ".length()), name, line);
              }
            }
            if (MATHML.equals(ns) && "math".equals(name)) {
              context = parent.name;
            } else if (MATHML.equals(ns) && "math".equals(parent.name) && parent.children == 1) {
              context = "root of " + parent.context;
              if (!"apply".equals(name)) {
                checkResultType(parent.context, name, line);
              }
            }
          }
          if ("sbml".equals(name) && parent == null) {
            level = integer(in, "level", line, "sbml", 3);
            version = integer(in, "version", line, "sbml", 1);
          } else if (isCore(ns)) {
            if ("model".equals(name) && ++models > 1) {
              throw new InvalidSbmlException(source, line, "<model>", "10103",
                  "a second <model> element; an SBML document has one model");
            }
            checkAttributes(in, name, line);
          } else if (MATHML.equals(ns) && "csymbol".equals(name)) {
            checkCsymbol(in, line);
          }
          if (MATHML.equals(ns) && "bvar".equals(name) && parent != null && "lambda".equals(parent.name) && definition != null) {
            arities.merge(definition, 1, Integer::sum);
          }
          if ("model".equals(name) && isCore(ns) || "modelDefinition".equals(name) || "externalModelDefinition".equals(name)) {
            scope++; // function definitions belong to their model (comp's model definitions have their own)
          }
          if (isCore(ns) && "functionDefinition".equals(name)) {
            definition = attribute(in, "id");
            if (definition != null) {
              definition = scope + ":" + definition;
              arities.put(definition, 0);
            }
          }
          if (MATHML.equals(ns) && "ci".equals(name) && parent != null && parent.apply && parent.children == 1) {
            // a call: the function's name, then its arguments, counted when the <apply> closes
            parent.function = scope + ":" + in.getElementText().strip();
            continue;
          }
          open.push(new Frame(name, ns, line, MATHML.equals(ns) && "apply".equals(name), context));
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          Frame closed = open.pop();
          redundantApply |= closed.firstIsApply && closed.children == 1;
          if (closed.firstIsApply && closed.children > 1) {
            // <apply><apply>x</apply></apply> is x, as libSBML reads it (a benchmark model has it);
            // an <apply> applied to arguments is no operator
            throw new InvalidSbmlException(source, closed.line, "<apply>", "99219",
                "an <apply> is not an operator and cannot be applied to arguments");
          }
          if (closed.function != null) {
            calls.add(new Call(closed.function, closed.children - 1, closed.line));
          }
          if ("functionDefinition".equals(closed.name)) {
            definition = null;
          }
          if (MATHML.equals(closed.ns) && closed.children == 0 && ("math".equals(closed.name) || "apply".equals(closed.name))) {
            String where = "<" + closed.name + ">" + (open.isEmpty() ? "" : " of <" + open.peek().name + ">");
            if (level == 3 && version >= 2 && "math".equals(closed.name)) {
              // L3V2 makes most <math> optional, and libSBML accepts an empty one in some elements and
              // not in others (an event assignment's, an algebraic rule's): what it means is not said
              throw new UnsupportedSbmlException(where, "is empty; give the formula, or leave the element out"
                  + " (line " + closed.line + ")");
            }
            throw new InvalidSbmlException(source, closed.line, where, "99224",
                "an empty <" + closed.name + ">: it must hold an expression");
          }
        }
      }
    } catch (XMLStreamException e) {
      // not well-formed XML: JSBML's reader refuses it with its own message
      return;
    }
    for (Call call : calls) {
      Integer arity = arities.get(call.function());
      String name = call.function().substring(call.function().indexOf(':') + 1);
      if (arity != null && arity != call.arguments()) {
        throw new InvalidSbmlException(source, call.line(), "<apply> of " + name, "10219",
            "calls " + name + " with " + call.arguments() + " argument(s); its function definition takes " + arity);
      }
    }
  }

  private void checkOperator(XMLStreamReader in, String name, String ns, int line) {
    if (!MATHML.equals(ns)) {
      return;
    }
    if (NOT_OPERATORS.contains(name)) {
      throw new InvalidSbmlException(source, line, "<apply>", "99219",
          "<" + name + "> is not an operator and cannot be the first element of an <apply>");
    }
    if ("csymbol".equals(name)) {
      String url = attribute(in, "definitionURL");
      if (url != null && (url.equals(CSYMBOL + "time") || url.equals(CSYMBOL + "avogadro"))) {
        throw new InvalidSbmlException(source, line, "<apply>", level < 3 ? "10205" : "10214",
            "the " + url.substring(CSYMBOL.length()) + " csymbol is a value, not a function, and cannot be applied");
      }
    }
  }

  /**
   * Below L3V2 a formula's type is fixed by its element (L3V1 section 3.4.9, rule 10217; a trigger's
   * rule 21202): a trigger is Boolean, every other formula numeric. Judged on the expression's top:
   * its operator or constant. L3V2 converts between the two, so it is not checked there.
   */
  private void checkResultType(String element, String top, int line) {
    // core's elements only: a package's math (qual's function terms are Boolean) has its own rules
    if (level == 3 && version >= 2 || !TYPED_CONTEXTS.contains(element)) {
      return;
    }
    boolean bool = BOOLEAN_TOPS.contains(top);
    boolean numeric = NUMERIC_TOPS.contains(top);
    if (element.equals("trigger") && numeric) {
      throw new InvalidSbmlException(source, line, "<trigger>", "21202",
          "its formula is numeric (<" + top + ">); a trigger must be Boolean: a comparison or a logical operator");
    }
    if (!element.equals("trigger") && bool) {
      throw new InvalidSbmlException(source, line, "<math> of <" + element + ">", "10217",
          "its formula is Boolean (<" + top + ">); this element needs a number (SBML Level " + level + " Version " + version
              + " does not convert Booleans to numbers)");
    }
  }

  private void checkCsymbol(XMLStreamReader in, int line) {
    String url = attribute(in, "definitionURL");
    if (url == null) {
      return;
    }
    if (url.equals(CSYMBOL + "avogadro") && level < 3) {
      throw new InvalidSbmlException(source, line, "<csymbol>", "10205",
          "the avogadro csymbol is SBML Level 3's; Level " + level + " has only time and delay");
    }
    if (url.equals(CSYMBOL + "rateOf") && (level < 3 || level == 3 && version < 2)) {
      throw new InvalidSbmlException(source, line, "<csymbol>", "10205",
          "the rateOf csymbol is SBML Level 3 Version 2's; this file is Level " + level + " Version " + version);
    }
  }

  private void checkAttributes(XMLStreamReader in, String element, int line) {
    String where = "<" + element + (attribute(in, "id") != null ? " id='" + attribute(in, "id") + "'" : "") + ">";
    Map<String, List<String>> required = level >= 3 ? REQUIRED_L3 : level == 2 ? REQUIRED_L2 : REQUIRED_L1;
    List<String> names = new java.util.ArrayList<>(required.getOrDefault(element, List.of()));
    if (level == 3 && version == 1 && element.equals("reaction")) {
      names.add("fast"); // L3V1 section 4.11; L3V2 removed the attribute
    }
    for (String name : names) {
      if (attribute(in, name) == null) {
        throw new InvalidSbmlException(source, line, where, level >= 3 ? REQUIRED_L3_RULES.getOrDefault(element, "1015") : "1015",
            "the required attribute '" + name + "' is missing; SBML Level " + level + " gives it no default");
      }
    }
    for (int i = 0; i < in.getAttributeCount(); i++) {
      String ns = in.getAttributeNamespace(i);
      if (ns != null && !ns.isEmpty()) {
        continue;
      }
      String name = in.getAttributeLocalName(i);
      String value = in.getAttributeValue(i).strip();
      String type = type(element, name);
      boolean ok = switch (type) {
        case "boolean" -> value.equals("true") || value.equals("false") || value.equals("1") || value.equals("0");
        case "double" -> XSD_DOUBLE.matcher(value).matches();
        case "int" -> XSD_INT.matcher(value).matches() && fitsInt(value);
        case "SId" -> SID.matcher(value).matches();
        case "SBO" -> SBO_TERM.matcher(value).matches();
        default -> true;
      };
      if (!ok) {
        throw new InvalidSbmlException(source, line, where, type.equals("SId") ? "10310" : "1016",
            "attribute " + name + "='" + in.getAttributeValue(i) + "' is not " + describe(type));
      }
    }
  }

  /** The XML Schema type of a core attribute at this level, or "" for one not checked here. */
  private String type(String element, String name) {
    if (BOOLEAN.contains(name)) {
      return "boolean";
    }
    if (DOUBLE.contains(name)) {
      return "double";
    }
    switch (name) {
      case "scale", "charge", "denominator" -> {
        return "int";
      }
      case "exponent", "spatialDimensions" -> {
        return level >= 3 ? "double" : "int";
      }
      case "stoichiometry" -> {
        return level == 1 ? "int" : "double";
      }
      case "sboTerm" -> {
        return "SBO";
      }
      case "id" -> {
        return level >= 2 ? "SId" : "";
      }
      default -> {
        return level >= 2 && SID_REFERENCES.contains(name) ? "SId" : "";
      }
    }
  }

  private static String describe(String type) {
    return switch (type) {
      case "boolean" -> "a boolean (true, false, 1 or 0)";
      case "double" -> "a number (XML Schema double: digits, an exponent, INF, -INF or NaN)";
      case "int" -> "an integer";
      case "SId" -> "an SBML identifier (a letter or _, then letters, digits or _)";
      default -> "an SBO term (SBO:nnnnnnn)";
    };
  }

  private static boolean fitsInt(String value) {
    long v = Long.parseLong(value);
    return v >= Integer.MIN_VALUE && v <= Integer.MAX_VALUE;
  }

  private int integer(XMLStreamReader in, String name, int line, String element, int fallback) {
    String value = attribute(in, name);
    if (value == null) {
      return fallback;
    }
    if (!XSD_INT.matcher(value.strip()).matches() || !fitsInt(value.strip())) {
      throw new InvalidSbmlException(source, line, "<" + element + ">", "1016",
          "attribute " + name + "='" + value + "' is not an integer");
    }
    return Integer.parseInt(value.strip());
  }

  private static String attribute(XMLStreamReader in, String name) {
    for (int i = 0; i < in.getAttributeCount(); i++) {
      String ns = in.getAttributeNamespace(i);
      if ((ns == null || ns.isEmpty()) && in.getAttributeLocalName(i).equals(name)) {
        return in.getAttributeValue(i);
      }
    }
    return null;
  }

  private static boolean isCore(String ns) {
    return ns != null && CORE_NAMESPACE.matcher(ns).matches();
  }

  /** An open element: its name, namespace, line and how many element children it has had so far. */
  private static final class Frame {
    final String name;
    final String ns;
    final int line;
    final boolean apply;
    /** For {@code <math>}, the SBML element it belongs to; for its expression, "root of " that element. */
    final String context;
    int children;
    /** For an {@code <apply>} that calls a function definition, its name. */
    String function;
    /** For an {@code <apply>}, whether its first element is an {@code <apply>}. */
    boolean firstIsApply;

    Frame(String name, String ns, int line, boolean apply, String context) {
      this.name = name;
      this.ns = ns;
      this.line = line;
      this.apply = apply;
      this.context = context;
    }
  }
}
