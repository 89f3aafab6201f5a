package org.limbic.sbml.comp;

import java.nio.file.Path;
import java.util.List;
import org.sbml.jsbml.Model;
import org.sbml.jsbml.SBMLDocument;
import org.sbml.jsbml.ext.comp.CompConstants;
import org.sbml.jsbml.ext.comp.CompModelPlugin;
import org.sbml.jsbml.ext.comp.CompSBMLDocumentPlugin;

/**
 * Flattens a hierarchical model (SBML Level 3 package comp, Version 1 Release 3, section 4.1 "the
 * flattening algorithm") into one core model that the importer reads like any other, in passes:
 * {@link Instantiation} (each submodel an instance whose elements keep their ids behind the prefix
 * of its path, {@code sub1__x}), {@link Deletions}, {@link Replacements} (which record the renamings
 * in {@link Names}), then {@link Emission} of every instance that is not deleted, its math renamed
 * and scaled by the conversion factors ({@link Conversion}).
 *
 * <p>JSBML 1.6.1's own CompFlatteningConverter is not used: it crashes on or mis-flattens most of the
 * SBML Test Suite's comp cases.
 */
public final class CompFlattener {

  private CompFlattener() {
  }

  /** Whether the document uses comp constructs that need flattening. */
  public static boolean isHierarchical(SBMLDocument document) {
    if (document.getExtension(CompConstants.shortLabel) instanceof CompSBMLDocumentPlugin d
        && (d.getModelDefinitionCount() > 0 || d.getExternalModelDefinitionCount() > 0)) {
      return true;
    }
    return document.isSetModel() && document.getModel().getExtension(CompConstants.shortLabel) instanceof CompModelPlugin m
        && m.getSubmodelCount() > 0;
  }

  /**
   * A new core-only document whose model is the flattened hierarchy; external files resolve against
   * {@code directory}.
   *
   * @throws UnsupportedCompException when a reference of the hierarchy does not resolve
   */
  public static SBMLDocument flatten(SBMLDocument document, Path directory) {
    return flatten(document, directory, (xml, file) -> xml);
  }

  /**
   * The text of an external model definition's file, checked (and possibly rewritten) before it is
   * parsed: the importer's validation, which this package cannot call (it would close a package
   * cycle), handed down instead.
   */
  @FunctionalInterface
  public interface ExternalCheck {
    String check(String xml, Path file);
  }

  /** The same, with every external file's text passed through {@code check} first. */
  public static SBMLDocument flatten(SBMLDocument document, Path directory, ExternalCheck check) {
    List<Instance> instances = Instantiation.of(document, directory, check);
    Names names = new Names();
    for (Instance i : instances) {
      Deletions.apply(i);
      Replacements.apply(i, names);
    }
    Model top = document.getModel();
    SBMLDocument out = new SBMLDocument(document.getLevel(), document.getVersion());
    Model flat = out.createModel(top.isSetId() ? top.getId() : "model");
    if (top.isSetName()) {
      flat.setName(top.getName());
    }
    if (top.isSetConversionFactor()) {
      flat.setConversionFactor(names.of(instances.getFirst(), top.getConversionFactor()));
    }
    Emission emission = new Emission(flat, names);
    for (Instance i : instances) {
      if (!i.isDeleted()) {
        emission.emit(i);
      }
    }
    return out;
  }
}
