package org.limbic.sbml;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * Unwraps {@code <apply><apply>x</apply></apply>} to {@code <apply>x</apply>}: libSBML reads the
 * outer apply as its one expression (the PEtab benchmark's Beer model has it), while JSBML drops an
 * operand from the enclosing operator, so the model would be read wrongly or refused.
 */
final class RedundantApply {

  private static final String MATHML = "http://www.w3.org/1998/Math/MathML";

  private RedundantApply() {
  }

  static String unwrap(String xml) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      Document doc = factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
      NodeList applies = doc.getElementsByTagNameNS(MATHML, "apply");
      List<Element> redundant = new ArrayList<>();
      for (int i = 0; i < applies.getLength(); i++) {
        Element a = (Element) applies.item(i);
        List<Element> children = children(a);
        if (children.size() == 1 && "apply".equals(children.getFirst().getLocalName())) {
          redundant.add(a);
        }
      }
      for (Element a : redundant.reversed()) { // innermost last in document order: unwrap from the inside out
        Element inner = children(a).getFirst();
        a.getParentNode().replaceChild(inner, a);
      }
      StringWriter out = new StringWriter();
      TransformerFactory.newInstance().newTransformer().transform(new DOMSource(doc), new StreamResult(out));
      return out.toString();
    } catch (Exception e) {
      throw new IllegalStateException("cannot unwrap the redundant <apply> elements: " + e.getMessage(), e);
    }
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
}
