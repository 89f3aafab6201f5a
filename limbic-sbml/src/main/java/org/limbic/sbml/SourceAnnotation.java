package org.limbic.sbml;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamException;
import org.sbml.jsbml.CVTerm;
import org.sbml.jsbml.SBase;

/**
 * A parameter's {@code source} and unit text written into SBML: every DOI ({@code doi:10.…},
 * {@code https://doi.org/10.…} or a bare {@code 10.NNNN/…}) and PubMed id ({@code PMID 123},
 * {@code PMID: 123}, {@code PubMed 123}) becomes a {@code bqbiol:isDescribedBy} reference
 * (identifiers.org URIs, MIRIAM); the whole text goes into the notes, since a citation such as
 * "Fuchs 1984: OXTR ×12 from mid-gestation to term" says more than its identifier.
 */
final class SourceAnnotation {

  private static final Pattern DOI = Pattern.compile("\\b(10\\.\\d{4,9}/[^\\s,;\"<>]+)");
  private static final Pattern PUBMED = Pattern.compile("\\b(?:PMID|PubMed)\\s*:?\\s*(\\d{1,9})\\b", Pattern.CASE_INSENSITIVE);

  private SourceAnnotation() {
  }

  /** identifiers.org URIs for the DOIs and PubMed ids in {@code source}, in order of appearance. */
  static List<String> references(String source) {
    List<String> uris = new ArrayList<>();
    Matcher doi = DOI.matcher(source);
    while (doi.find()) {
      String id = doi.group(1).replaceAll("[.)\\]]+$", "");
      uris.add("https://identifiers.org/doi:" + id);
    }
    Matcher pubmed = PUBMED.matcher(source);
    while (pubmed.find()) {
      uris.add("https://identifiers.org/pubmed:" + pubmed.group(1));
    }
    return uris;
  }

  /** Adds the references found in {@code source} and one notes paragraph per non-blank line to {@code element} (SBML id {@code id}). */
  static void annotate(SBase element, String id, String source, List<String> noteLines) {
    List<String> uris = references(source);
    if (!uris.isEmpty()) {
      if (!element.isSetMetaId()) {
        element.setMetaId("meta_" + id);
      }
      CVTerm term = new CVTerm(CVTerm.Qualifier.BQB_IS_DESCRIBED_BY);
      uris.forEach(term::addResource);
      element.addCVTerm(term);
    }
    List<String> lines = noteLines.stream().filter(l -> !l.isBlank()).toList();
    if (lines.isEmpty()) {
      return;
    }
    StringBuilder xhtml = new StringBuilder("<notes><body xmlns=\"http://www.w3.org/1999/xhtml\">");
    lines.forEach(l -> xhtml.append("<p>").append(escape(l)).append("</p>"));
    xhtml.append("</body></notes>");
    try {
      element.setNotes(xhtml.toString());
    } catch (XMLStreamException e) {
      throw new IllegalStateException("notes of " + element + " are not XHTML: " + xhtml, e);
    }
  }

  private static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        default -> {
          if (c >= 0x20 || c == '\t' || c == '\n') {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }
}
