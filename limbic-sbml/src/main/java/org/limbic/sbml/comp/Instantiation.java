package org.limbic.sbml.comp;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import org.limbic.io.InputFileException;
import org.limbic.io.InputFiles;
import org.sbml.jsbml.Model;
import org.sbml.jsbml.SBMLDocument;
import org.sbml.jsbml.SBMLReader;
import org.sbml.jsbml.ext.comp.CompConstants;
import org.sbml.jsbml.ext.comp.CompModelPlugin;
import org.sbml.jsbml.ext.comp.CompSBMLDocumentPlugin;
import org.sbml.jsbml.ext.comp.ExternalModelDefinition;
import org.sbml.jsbml.ext.comp.ModelDefinition;
import org.sbml.jsbml.ext.comp.Submodel;

/**
 * The first pass of flattening (comp V1R3 section 4.1): instantiates the main model and, depth first,
 * every submodel as a copy of its model definition (internal, external or the main model), refusing
 * a submodel that instantiates its own ancestor. External documents are read once per file.
 */
final class Instantiation {

  private record Definition(Model model, Path directory, SBMLDocument document) {
  }

  private final List<Instance> instances = new ArrayList<>();
  private final Map<Path, SBMLDocument> externalDocuments = new HashMap<>();

  private final CompFlattener.ExternalCheck check;

  private Instantiation(CompFlattener.ExternalCheck check) {
    this.check = check;
  }

  /** Every instance of the document's hierarchy, the root first, each before its children. */
  static List<Instance> of(SBMLDocument document, Path directory, CompFlattener.ExternalCheck check) {
    Instantiation pass = new Instantiation(check);
    pass.instantiate("", document.getModel().clone(), directory, document, null, null, new ArrayList<>());
    return List.copyOf(pass.instances);
  }

  private Instance instantiate(String prefix, Model model, Path directory, SBMLDocument document, Instance parent, Submodel submodel,
      List<String> path) {
    Instance instance = new Instance(prefix, model, directory, document, parent, submodel);
    instances.add(instance);
    if (model.getExtension(CompConstants.shortLabel) instanceof CompModelPlugin plugin) {
      for (Submodel s : plugin.getListOfSubmodels()) {
        Definition d = definition(s.getModelRef(), directory, document, s.getId(), new ArrayList<>());
        String key = d.directory + "#" + d.model.getId();
        if (path.contains(key)) {
          throw new UnsupportedCompException(s.getId(), "submodel instantiates its own ancestor '" + s.getModelRef() + "'");
        }
        List<String> deeper = new ArrayList<>(path);
        deeper.add(key);
        Instance child = instantiate(prefix + s.getId() + Instance.PREFIX_SEPARATOR, d.model.clone(), d.directory, d.document, instance, s,
            deeper);
        instance.children.put(s.getId(), child);
      }
    }
    return instance;
  }

  /** The model definition called {@code ref} in {@code document}: internal, external (recursively), or the main model. */
  private Definition definition(String ref, Path directory, SBMLDocument document, String element, List<String> chain) {
    if (document.getExtension(CompConstants.shortLabel) instanceof CompSBMLDocumentPlugin plugin) {
      ModelDefinition md = plugin.getModelDefinition(ref);
      if (md != null) {
        return new Definition(md, directory, document);
      }
      ExternalModelDefinition ext = plugin.getExternalModelDefinition(ref);
      if (ext != null) {
        // an external definition may name another, in its own file or elsewhere; one that comes back to
        // itself is a cycle (it overflowed the stack and stopped a whole test-suite run)
        String link = directory + "#" + ref;
        if (chain.contains(link)) {
          chain.add(link);
          throw new UnsupportedCompException(element, "external model definitions refer to each other in a cycle: "
              + String.join(" -> ", chain) + "; point one of them at a model");
        }
        chain.add(link);
        Path file = directory.resolve(ext.getSource()).normalize();
        SBMLDocument other = external(file, element);
        String modelRef = ext.isSetModelRef() ? ext.getModelRef() : other.getModel().getId();
        return definition(modelRef, file.getParent(), other, element, chain);
      }
    }
    if (document.isSetModel() && ref.equals(document.getModel().getId())) {
      return new Definition(document.getModel(), directory, document);
    }
    throw new UnsupportedCompException(element, "no model definition '" + ref + "'");
  }

  private SBMLDocument external(Path file, String element) {
    SBMLDocument d = externalDocuments.get(file);
    if (d != null) {
      return d;
    }
    try {
      d = new SBMLReader().readSBMLFromString(check.check(InputFiles.read(file, "external model definition's SBML file"), file));
    } catch (InputFileException e) {
      throw new UnsupportedCompException(element, "external model definition " + file + " is not readable: " + e.problem());
    } catch (XMLStreamException e) {
      throw new UnsupportedCompException(element, "external model definition " + file + " is not readable: " + e.getMessage());
    }
    if (d == null || !d.isSetModel()) {
      throw new UnsupportedCompException(element, "external model definition " + file + " has no model");
    }
    externalDocuments.put(file, d);
    return d;
  }
}
