package org.limbic.experiment.file;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.limbic.experiment.library.BuiltInModel;
import org.limbic.experiment.library.ModelLibrary;
import org.limbic.model.Suggestions;

/**
 * {@code scenario: NAME}: a file starts from one of its built-in model's scenarios (the experiment
 * files {@code limbic models ID} lists) and overrides it. The file's keys replace the scenario's,
 * except the maps {@link #MERGED} ({@code parameters}, {@code time}, {@code solver}), which are
 * merged key by key, so that {@code parameters: {k_el: 0.2}} changes one value and keeps the
 * scenario's others. Keys taken from the scenario keep their locations in it, so a fault there is
 * reported as {@code scenario oxytocin/NAME:LINE:COLUMN}.
 */
final class ScenarioMerge {

  /** Maps merged key by key; every other key of the file replaces the scenario's whole. */
  static final List<String> MERGED = List.of("parameters", "time", "solver");

  private ScenarioMerge() {
  }

  /** The file's tree with its scenario's keys filled in, or the tree itself when it names none. */
  static YamlNode apply(YamlNode root) {
    if (!(root instanceof YamlNode.Mapping file) || file.get("scenario").isEmpty()) {
      return root;
    }
    YamlNode.Entry scenarioEntry = file.entry("scenario").orElseThrow();
    String name = Values.string(scenarioEntry.value(), "'scenario'");
    YamlNode modelNode = file.get("model").orElseThrow(() -> new ExperimentFileException(scenarioEntry.keyLocation(),
        "'scenario' needs the built-in 'model' it belongs to, e.g. model: oxytocin, scenario: " + name));
    if (!(modelNode instanceof YamlNode.Scalar s && s.type() == YamlNode.Scalar.Type.STRING)) {
      throw new ExperimentFileException(scenarioEntry.keyLocation(), "scenarios belong to built-in models; an SBML model"
          + " has none: remove 'scenario', or name a built-in model");
    }
    Optional<BuiltInModel> model = ModelLibrary.find(s.text());
    if (model.isEmpty()) {
      return root; // the model's own fault is reported where it is read
    }
    Map<String, String> scenarios = model.get().scenarios();
    String text = scenarios.get(name);
    if (text == null) {
      throw new ExperimentFileException(scenarioEntry.value().location(), "model '" + s.text() + "' has no scenario '" + name
          + "'" + Suggestions.closest(name, List.copyOf(scenarios.keySet())) + (scenarios.isEmpty() ? " (it has none)"
          : " (limbic models " + s.text() + " lists them: " + String.join(", ", scenarios.keySet()) + ")"));
    }
    YamlNode.Mapping scenario = (YamlNode.Mapping) YamlTree.parse(text, "scenario " + s.text() + "/" + name);
    Map<String, YamlNode.Entry> merged = new LinkedHashMap<>(scenario.entries());
    merged.remove("model");
    for (YamlNode.Entry e : file.entries().values()) {
      YamlNode.Entry base = merged.get(e.key());
      if (base != null && MERGED.contains(e.key()) && base.value() instanceof YamlNode.Mapping b
          && e.value() instanceof YamlNode.Mapping over) {
        Map<String, YamlNode.Entry> inner = new LinkedHashMap<>(b.entries());
        inner.putAll(over.entries());
        merged.put(e.key(), new YamlNode.Entry(e.key(), e.keyLocation(), new YamlNode.Mapping(inner, over.location())));
      } else {
        merged.put(e.key(), e);
      }
    }
    return new YamlNode.Mapping(merged, file.location());
  }
}
