package org.limbic.experiment.file;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.limbic.model.Compartment;
import org.limbic.model.Model;
import org.limbic.model.Parameter;
import org.limbic.model.Species;
import org.limbic.model.Suggestions;

/**
 * The ids an experiment may use, checked against its model when the model could be loaded (see
 * {@link ModelResolver}); with no model every id passes.
 *
 * @param label how the model is named in messages: "model 'oxytocin'"
 * @param lister what lists the ids: "limbic models oxytocin"
 */
record ModelNames(Optional<Model> model, String label, String lister) {

  /** What an id is used for, which kinds of model element fit, and the word used in messages. */
  enum Role {
    /** Overrides, scans, cohorts and set: parameters, compartment sizes and species' initial values. */
    VALUE("parameter", "parameters, compartment sizes and species"),
    /** Stimulus and knockout hold a parameter. */
    PARAMETER("parameter", "parameters"),
    /** A dose adds an amount to a species. */
    SPECIES("species", "species"),
    /** Outputs and metrics record any value of the model. */
    VARIABLE("variable", "species, parameters and compartments");

    private final String word;
    private final String accepts;

    Role(String word, String accepts) {
      this.word = word;
      this.accepts = accepts;
    }
  }

  void require(String id, SourceLocation at, Role role, String usedIn) {
    if (model.isEmpty()) {
      return;
    }
    List<String> fitting = ids(role);
    if (fitting.contains(id)) {
      return;
    }
    Optional<Object> other = model.get().element(id);
    if (other.isPresent()) {
      throw new ExperimentFileException(at, "'" + id + "' is a " + kind(other.get()) + " of " + label + ", but "
          + usedIn + " takes " + role.accepts + Suggestions.closest(id, fitting));
    }
    throw new ExperimentFileException(at, "unknown " + role.word + " '" + id + "' in " + label
        + Suggestions.closest(id, fitting) + " (" + lister + " lists them)");
  }

  private List<String> ids(Role role) {
    Model m = model.orElseThrow();
    List<String> ids = new ArrayList<>();
    if (role != Role.SPECIES) {
      m.parameters().stream().map(Parameter::id).forEach(ids::add);
    }
    if (role == Role.VALUE || role == Role.VARIABLE) {
      m.compartments().stream().map(Compartment::id).forEach(ids::add);
    }
    if (role != Role.PARAMETER) {
      m.species().stream().map(Species::id).forEach(ids::add);
    }
    return ids;
  }

  private static String kind(Object element) {
    String simple = element.getClass().getSimpleName();
    return simple.equals("FunctionDefinition") ? "function" : simple.toLowerCase();
  }
}
