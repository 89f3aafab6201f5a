package org.limbic.sbml.testsuite;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * One seeded mutation of an SBML file, of the kinds that broke the importer before (issue #14):
 * an attribute dropped or given a bad value, an element dropped or duplicated, a MathML operand
 * dropped, an emptied {@code <math>}, a csymbol applied as a function, an unknown identifier,
 * a swapped operator, a truncated file. The mutant is judged by libSBML, not by the mutator: a
 * mutation may leave the file valid.
 */
final class SbmlMutator {

  /** A mutant: its text and what was done, for the failure message. */
  record Mutant(String text, String mutation) {
  }

  private static final String[] BAD_VALUES = {"", "abc", "-1", "2.5", "1e999", "NaN", "-INF", "true", "0", "x y"};
  private static final String[] OPERATORS = {"plus", "minus", "times", "divide", "power", "gt", "lt", "eq", "and",
      "not", "exp", "ln", "root", "piecewise", "factorial", "abs"};

  private SbmlMutator() {
  }

  static Mutant mutate(String sbml, SplittableRandom random) {
    int kind = random.nextInt(10);
    if (kind == 9) {
      int cut = sbml.length() / 4 + random.nextInt(Math.max(1, sbml.length() / 2));
      return new Mutant(sbml.substring(0, cut), "truncated at character " + cut);
    }
    Document doc = parse(sbml);
    List<Element> all = new ArrayList<>();
    collect(doc.getDocumentElement(), all);
    String done = switch (kind) {
      case 0 -> dropAttribute(all, random);
      case 1 -> badAttribute(all, random);
      case 2 -> dropElement(all, random);
      case 3 -> duplicateElement(all, random);
      case 4 -> dropOperand(all, random);
      case 5 -> emptyMath(all, random);
      case 6 -> applyCsymbol(doc, all, random);
      case 7 -> unknownIdentifier(all, random);
      default -> swapOperator(doc, all, random);
    };
    return new Mutant(write(doc), done == null ? "unchanged (nothing to mutate of kind " + kind + ")" : done);
  }

  private static String dropAttribute(List<Element> all, SplittableRandom random) {
    Element e = pick(withAttributes(all), random);
    if (e == null) {
      return null;
    }
    Attr a = pickAttribute(e, random);
    e.removeAttributeNode(a);
    return "dropped " + a.getName() + " of <" + e.getLocalName() + " " + e.getAttribute("id") + ">";
  }

  private static String badAttribute(List<Element> all, SplittableRandom random) {
    Element e = pick(withAttributes(all), random);
    if (e == null) {
      return null;
    }
    Attr a = pickAttribute(e, random);
    String value = BAD_VALUES[random.nextInt(BAD_VALUES.length)];
    String old = a.getValue();
    a.setValue(value);
    return a.getName() + " of <" + e.getLocalName() + " " + e.getAttribute("id") + "> '" + old + "' -> '" + value + "'";
  }

  private static String dropElement(List<Element> all, SplittableRandom random) {
    Element e = pick(all.subList(1, all.size()), random);
    if (e == null) {
      return null;
    }
    e.getParentNode().removeChild(e);
    return "dropped <" + e.getLocalName() + " " + e.getAttribute("id") + ">";
  }

  private static String duplicateElement(List<Element> all, SplittableRandom random) {
    List<Element> withId = all.stream().filter(e -> e.hasAttribute("id")).toList();
    Element e = pick(withId, random);
    if (e == null) {
      return null;
    }
    e.getParentNode().insertBefore(e.cloneNode(true), e);
    return "duplicated <" + e.getLocalName() + " " + e.getAttribute("id") + ">";
  }

  private static String dropOperand(List<Element> all, SplittableRandom random) {
    List<Element> applies = all.stream().filter(e -> "apply".equals(e.getLocalName()) && children(e).size() > 1).toList();
    Element e = pick(applies, random);
    if (e == null) {
      return null;
    }
    List<Element> operands = children(e);
    Element operand = operands.get(1 + random.nextInt(operands.size() - 1));
    e.removeChild(operand);
    return "dropped an operand of <" + operands.getFirst().getLocalName() + ">";
  }

  private static String emptyMath(List<Element> all, SplittableRandom random) {
    Element e = pick(all.stream().filter(x -> "math".equals(x.getLocalName())).toList(), random);
    if (e == null) {
      return null;
    }
    while (e.getFirstChild() != null) {
      e.removeChild(e.getFirstChild());
    }
    return "emptied the <math> of <" + e.getParentNode().getLocalName() + ">";
  }

  private static String applyCsymbol(Document doc, List<Element> all, SplittableRandom random) {
    Element ci = pick(all.stream().filter(x -> "ci".equals(x.getLocalName())).toList(), random);
    if (ci == null) {
      return null;
    }
    String ns = ci.getNamespaceURI();
    String symbol = random.nextBoolean() ? "time" : "avogadro";
    Element apply = doc.createElementNS(ns, "apply");
    Element csymbol = doc.createElementNS(ns, "csymbol");
    csymbol.setAttribute("encoding", "text");
    csymbol.setAttribute("definitionURL", "http://www.sbml.org/sbml/symbols/" + symbol);
    csymbol.setTextContent(symbol);
    Element one = doc.createElementNS(ns, "cn");
    one.setTextContent("1");
    apply.appendChild(csymbol);
    apply.appendChild(one);
    ci.getParentNode().replaceChild(apply, ci);
    return "the " + symbol + " csymbol applied to 1 in place of <ci>" + ci.getTextContent().trim() + "</ci>";
  }

  private static String unknownIdentifier(List<Element> all, SplittableRandom random) {
    Element ci = pick(all.stream().filter(x -> "ci".equals(x.getLocalName())).toList(), random);
    if (ci == null) {
      return null;
    }
    String old = ci.getTextContent().trim();
    ci.setTextContent(" nowhere_" + random.nextInt(1000) + " ");
    return "<ci>" + old + "</ci> names an id that does not exist";
  }

  private static String swapOperator(Document doc, List<Element> all, SplittableRandom random) {
    Element apply = pick(all.stream().filter(x -> "apply".equals(x.getLocalName()) && !children(x).isEmpty()).toList(), random);
    if (apply == null) {
      return null;
    }
    Element op = children(apply).getFirst();
    String to = OPERATORS[random.nextInt(OPERATORS.length)];
    apply.replaceChild(doc.createElementNS(op.getNamespaceURI(), to), op);
    return "<" + op.getLocalName() + "/> -> <" + to + "/>";
  }

  private static List<Element> withAttributes(List<Element> all) {
    return all.stream().filter(e -> e.getAttributes().getLength() > 0 && e.getNamespaceURI() != null
        && e.getNamespaceURI().startsWith("http://www.sbml.org/sbml/level")).toList();
  }

  private static Attr pickAttribute(Element e, SplittableRandom random) {
    NamedNodeMap attributes = e.getAttributes();
    List<Attr> plain = new ArrayList<>();
    for (int i = 0; i < attributes.getLength(); i++) {
      Attr a = (Attr) attributes.item(i);
      if (!a.getName().startsWith("xmlns")) {
        plain.add(a);
      }
    }
    return plain.isEmpty() ? (Attr) attributes.item(0) : plain.get(random.nextInt(plain.size()));
  }

  private static <T> T pick(List<T> items, SplittableRandom random) {
    return items.isEmpty() ? null : items.get(random.nextInt(items.size()));
  }

  private static List<Element> children(Element e) {
    List<Element> out = new ArrayList<>();
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element child) {
        out.add(child);
      }
    }
    return out;
  }

  private static void collect(Element e, List<Element> out) {
    out.add(e);
    NodeList nodes = e.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      if (nodes.item(i) instanceof Element child) {
        collect(child, out);
      }
    }
  }

  private static Document parse(String sbml) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return factory.newDocumentBuilder().parse(new ByteArrayInputStream(sbml.getBytes(StandardCharsets.UTF_8)));
    } catch (Exception e) {
      throw new IllegalStateException("a test-suite case does not parse as XML", e);
    }
  }

  private static String write(Document doc) {
    try {
      var transformer = TransformerFactory.newInstance().newTransformer();
      transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
      StringWriter out = new StringWriter();
      transformer.transform(new DOMSource(doc), new StreamResult(out));
      return out.toString();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
