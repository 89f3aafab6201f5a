package org.limbic.experiment.file;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.limbic.experiment.assay.AssayExperiment;
import org.limbic.experiment.library.Assay;
import org.limbic.experiment.library.AssayGroup;
import org.limbic.experiment.library.AssayParameter;
import org.limbic.experiment.library.BuiltInModel;
import org.limbic.model.Suggestions;

/**
 * Reads the experiment file of an agent-based model: {@code name}, {@code model}, {@code seed} and
 * {@code assays}, a list of the model's assays with their parameters. A parameter given as a list
 * is a factor: the assay runs one group for every combination of the listed values, the first key
 * written varying slowest. Everything an equation-based file has (time, interventions, ...) is
 * refused with the reason: the agents have no equations to give it to.
 */
final class AssayReader {

  static final List<String> KEYS = List.of("name", "model", "seed", "assays");

  /** The most groups one file may ask for (each group is a study of its own). */
  static final int MAX_GROUPS = 10_000;

  private final String source;

  AssayReader(String source) {
    this.source = source;
  }

  AssayExperiment read(YamlNode.Mapping root, BuiltInModel model) {
    if (model.assays().isEmpty()) {
      YamlNode.Entry m = root.entry("model").orElseThrow();
      throw new ExperimentFileException(m.value().location(), "model '" + model.id() + "' is agent-based and declares no"
          + " assays that a file can run; its claims run with limbic check --model " + model.id());
    }
    for (YamlNode.Entry e : root.entries().values()) {
      if (!KEYS.contains(e.key())) {
        boolean equationKey = ExperimentFiles.TOP_LEVEL_KEYS.contains(e.key());
        throw new ExperimentFileException(e.keyLocation(), "model '" + model.id() + "' is agent-based, so its file takes "
            + String.join(", ", KEYS) + (equationKey ? ", not '" + e.key() + "', which is for models with equations"
            : "; unknown key '" + e.key() + "'" + Suggestions.closest(e.key(), KEYS)) + " (docs/experiment-files.md,"
            + " 'Agent-based models')");
      }
    }
    Section top = new Section(root, "the experiment file");
    String name = top.string("name", ExperimentReader.defaultName(source));
    if (name.length() > ExperimentReader.MAX_NAME) {
      throw new ExperimentFileException(top.get("name").orElseThrow().location(), "the name has " + name.length()
          + " characters; it names the results directory, so keep it to " + ExperimentReader.MAX_NAME + " or fewer");
    }
    long seed = top.integer("seed", 0);
    YamlNode assays = top.get("assays").orElseThrow(() -> new ExperimentFileException(root.location(),
        "model '" + model.id() + "' is agent-based: the file needs 'assays', a list of its virtual studies, e.g. assays: [{assay: "
            + model.assays().getFirst().name() + "}] (" + names(model) + "; limbic models " + model.id() + " lists their parameters)"));
    YamlNode.Sequence list = Values.sequence(assays, "assays", "[{assay: " + model.assays().getFirst().name() + "}]");
    if (list.items().isEmpty()) {
      throw new ExperimentFileException(list.location(), "'assays' is empty; give at least one of " + names(model));
    }
    List<AssayExperiment.Study> studies = new ArrayList<>();
    int[] nextGroup = {0};
    for (YamlNode item : list.items()) {
      studies.add(study(item, model, nextGroup));
    }
    return new AssayExperiment(name, model.id(), seed, studies, source);
  }

  private AssayExperiment.Study study(YamlNode item, BuiltInModel model, int[] nextGroup) {
    if (!(item instanceof YamlNode.Mapping m)) {
      throw Values.wrongType(item, "an entry of 'assays'", "a map like {assay: " + model.assays().getFirst().name() + ", n: 12}");
    }
    YamlNode nameNode = m.get("assay").orElseThrow(() -> new ExperimentFileException(m.location(),
        "an entry of 'assays' needs 'assay': one of " + names(model)));
    String assayName = Values.string(nameNode, "'assay'");
    Assay assay = model.assays().stream().filter(a -> a.name().equals(assayName)).findFirst()
        .orElseThrow(() -> new ExperimentFileException(nameNode.location(), "model '" + model.id() + "' has no assay '"
            + assayName + "'" + Suggestions.closest(assayName, model.assays().stream().map(Assay::name).toList())
            + " (it has " + names(model) + ")"));
    List<String> keys = new ArrayList<>(List.of("assay"));
    assay.parameters().forEach(p -> keys.add(p.name()));
    Section section = new Section(m, "assay '" + assayName + "'", keys);

    // factors in the order written, then the parameters left at their defaults
    Map<String, List<Object>> levels = new LinkedHashMap<>();
    for (YamlNode.Entry e : section.entries()) {
      if (!e.key().equals("assay")) {
        AssayParameter p = parameter(assay, e.key());
        levels.put(p.name(), values(e.value(), p, assayName));
      }
    }
    for (AssayParameter p : assay.parameters()) {
      levels.putIfAbsent(p.name(), List.of(p.defaultValue()));
    }
    long combinations = levels.values().stream().mapToLong(List::size).reduce(1, Math::multiplyExact);
    if (nextGroup[0] + combinations > MAX_GROUPS) {
      throw new ExperimentFileException(m.location(), "assay '" + assayName + "' lists " + combinations + " combinations of"
          + " values, which makes more than the " + MAX_GROUPS + " groups a file may run; list fewer values");
    }
    List<AssayGroup> combined = new ArrayList<>();
    combine(new ArrayList<>(levels.entrySet()), 0, new LinkedHashMap<>(), combined, nextGroup);
    List<AssayGroup> groups = new ArrayList<>();
    for (AssayGroup g : combined) {
      Map<String, Object> ordered = new LinkedHashMap<>();
      assay.parameters().forEach(p -> ordered.put(p.name(), g.values().get(p.name())));
      groups.add(new AssayGroup(g.index(), ordered));
    }
    return new AssayExperiment.Study(assay, groups);
  }

  private static void combine(List<Map.Entry<String, List<Object>>> levels, int k, LinkedHashMap<String, Object> chosen,
                              List<AssayGroup> out, int[] nextGroup) {
    if (k == levels.size()) {
      out.add(new AssayGroup(nextGroup[0]++, chosen));
      return;
    }
    for (Object v : levels.get(k).getValue()) {
      chosen.put(levels.get(k).getKey(), v);
      combine(levels, k + 1, chosen, out, nextGroup);
    }
    chosen.remove(levels.get(k).getKey());
  }

  private static AssayParameter parameter(Assay assay, String name) {
    return assay.parameters().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
  }

  /** One value or a list of distinct values, each checked against the parameter. */
  private static List<Object> values(YamlNode node, AssayParameter p, String assayName) {
    List<YamlNode> items = node instanceof YamlNode.Sequence s ? s.items() : List.of(node);
    if (items.isEmpty()) {
      throw new ExperimentFileException(node.location(), "'" + p.name() + "' in assay '" + assayName + "' is an empty list;"
          + " give a value (" + p.allowed() + ") or leave it out for " + p.defaultValue());
    }
    List<Object> values = new ArrayList<>();
    for (YamlNode item : items) {
      String what = "'" + p.name() + "' in assay '" + assayName + "'";
      Object v = switch (p.kind()) {
        case NUMBER -> Values.number(item, what);
        case INTEGER -> Values.integer(item, what);
        case CHOICE -> Values.string(item, what);
      };
      String problem = p.problem(v);
      if (problem != null) {
        throw new ExperimentFileException(item.location(), what + " " + problem + " (" + p.meaning() + ")");
      }
      if (values.contains(v)) {
        throw new ExperimentFileException(item.location(), what + " lists " + v + " twice; each value makes a group");
      }
      values.add(v);
    }
    return values;
  }

  private static String names(BuiltInModel model) {
    return String.join(", ", model.assays().stream().map(Assay::name).toList());
  }

  /** The built-in agent-based model a file's {@code model} names, if it names one. */
  static Optional<BuiltInModel> agentModel(YamlNode root) {
    if (root instanceof YamlNode.Mapping m && m.get("model").orElse(null) instanceof YamlNode.Scalar s
        && s.type() == YamlNode.Scalar.Type.STRING) {
      return org.limbic.experiment.library.ModelLibrary.find(s.text()).filter(BuiltInModel::agentBased);
    }
    return Optional.empty();
  }
}
