package org.limbic.experiment.file;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import org.limbic.experiment.spec.TreatmentComponent;
import org.limbic.experiment.spec.TrialDesign;
import org.limbic.experiment.trial.VirtualPatientModel;
import org.limbic.model.Suggestions;

/** Turns the tree of one trial file into a {@link TrialDesign}, each fault at its line and column. */
final class TrialReader {

  private final String source;
  private final Function<String, VirtualPatientModel> models;

  TrialReader(String source, Function<String, VirtualPatientModel> models) {
    this.source = source;
    this.models = models;
  }

  /** Who takes part: the patient model, its population, how many, and who is included; shared by trial and N-of-1 files. */
  record Participants(String modelId, VirtualPatientModel model, String population, int patients,
                      List<TrialDesign.Criterion> inclusion) {
  }

  /**
   * @param patientsHint what 'patients' means in this kind of file, with an example
   * @param tooFewReason appended to the "at least 2" message, e.g. " for a series"
   */
  Participants participants(Section top, String patientsHint, String tooFewReason) {
    YamlNode modelNode = top.require("model", "the id of a virtual-patient model, e.g. gutbrain");
    String modelId = Values.string(modelNode, "'model'");
    VirtualPatientModel model;
    try {
      model = models.apply(modelId);
    } catch (IllegalArgumentException e) {
      throw new ExperimentFileException(modelNode.location(), e.getMessage());
    }
    YamlNode populationNode = top.require("population", "one of " + new TreeSet<>(model.populations()));
    String population = Values.string(populationNode, "'population'");
    if (!model.populations().contains(population)) {
      throw new ExperimentFileException(populationNode.location(), "unknown population '" + population + "' of model '" + modelId
          + "'" + Suggestions.closest(population, List.copyOf(model.populations())) + " (known: " + new TreeSet<>(model.populations()) + ")");
    }
    YamlNode patientsNode = top.require("patients", patientsHint);
    int patients = Values.count(patientsNode, "'patients'");
    if (patients < 2) {
      throw new ExperimentFileException(patientsNode.location(), "'patients' must be at least 2" + tooFewReason + ", not " + patients);
    }
    List<TrialDesign.Criterion> inclusion = new ArrayList<>();
    top.get("inclusion").ifPresent(n -> {
      for (YamlNode item : Values.sequence(n, "'inclusion'", "[{covariate: HAMD17, min: 14}]").items()) {
        inclusion.add(criterion(item));
      }
    });
    return new Participants(modelId, model, population, patients, List.copyOf(inclusion));
  }

  TrialDesign read(YamlNode root) {
    if (Values.isNull(root)) {
      throw new ExperimentFileException(root.location(), "the trial file is empty; it needs at least 'model', 'population', "
          + "'patients', 'visits', 'arms', 'endpoints' and 'analysis' (see docs/trial-files.md)");
    }
    Section top = Section.of(root, "the trial file", "{model: ..., arms: ...}", TrialFiles.TOP_LEVEL_KEYS);
    Participants who = participants(top, "how many patients to randomize, e.g. patients: 49", "");
    String modelId = who.modelId();
    VirtualPatientModel model = who.model();
    String population = who.population();
    int patients = who.patients();
    List<TrialDesign.Criterion> inclusion = who.inclusion();
    TrialDesign.Randomization randomization = top.get("randomization").map(this::randomization)
        .orElse(TrialDesign.Randomization.simple());
    YamlNode visitsNode = top.require("visits", "visit weeks from randomization, e.g. visits: [0, 4, 8]");
    double[] visits = Values.toArray(Values.numbers(visitsNode, "'visits'"));
    if (visits.length < 2 || visits[0] != 0) {
      throw new ExperimentFileException(visitsNode.location(), "'visits' must start at week 0 (baseline) and have at least "
          + "one follow-up visit, e.g. [0, 4, 8]");
    }
    for (int i = 1; i < visits.length; i++) {
      if (!(visits[i] > visits[i - 1])) {
        throw new ExperimentFileException(visitsNode.location(), "'visits' must ascend; week " + fmt(visits[i]) + " follows "
            + fmt(visits[i - 1]));
      }
    }
    TrialDesign.Attrition attrition = top.get("attrition").map(this::attrition).orElse(new TrialDesign.Attrition(0));
    YamlNode armsNode = top.require("arms", "a list of arms, e.g. [{name: placebo, treatments: [{kind: placebo}]}]");
    List<TrialDesign.Arm> arms = new ArrayList<>();
    Map<String, SourceLocation> armAt = new LinkedHashMap<>();
    for (YamlNode item : Values.sequence(armsNode, "'arms'", "[{name: placebo, treatments: [...]}]").items()) {
      TrialDesign.Arm arm = arm(item, model, modelId);
      if (armAt.putIfAbsent(arm.name(), item.location()) != null) {
        throw new ExperimentFileException(item.location(), "arm '" + arm.name() + "' is given twice (first at "
            + armAt.get(arm.name()) + "); give each arm its own name");
      }
      arms.add(arm);
    }
    if (arms.size() < 2) {
      throw new ExperimentFileException(armsNode.location(), "a trial needs at least 2 arms to compare, got " + arms.size());
    }
    YamlNode endpointsNode = top.require("endpoints", "e.g. [{name: HAMD17, lower_is_better: true, remission_at_or_below: 7}]");
    List<TrialDesign.Endpoint> endpoints = new ArrayList<>();
    for (YamlNode item : Values.sequence(endpointsNode, "'endpoints'", "[{name: HAMD17}]").items()) {
      endpoints.add(endpoint(item));
    }
    YamlNode analysisNode = top.require("analysis", "e.g. {primary: HAMD17, control: placebo, missing: locf}");
    TrialDesign.Analysis analysis = analysis(analysisNode, endpoints, armAt.keySet());
    if (randomization.kind() != TrialDesign.RandomizationKind.SIMPLE) {
      int ratios = arms.stream().mapToInt(TrialDesign.Arm::ratio).sum();
      if (randomization.blockSize() % ratios != 0) {
        throw new ExperimentFileException(top.keyLocation("randomization"), "block size " + randomization.blockSize()
            + " must be a multiple of the sum of allocation ratios (" + ratios + ")");
      }
    }
    String name = top.string("name", source.replaceAll(".*/", "").replaceAll("\\.ya?ml$", ""));
    return new TrialDesign(name, modelId, population, patients, inclusion, randomization, arms, visits, attrition, endpoints,
        analysis);
  }

  TrialDesign.Criterion criterion(YamlNode node) {
    Section s = Section.of(node, "an inclusion criterion", "{covariate: HAMD17, min: 14}", List.of("covariate", "min", "max"));
    String covariate = Values.string(s.require("covariate", "the screening covariate, e.g. HAMD17"), "'covariate'");
    double min = s.number("min", Double.NEGATIVE_INFINITY);
    double max = s.number("max", Double.POSITIVE_INFINITY);
    if (!s.has("min") && !s.has("max")) {
      throw new ExperimentFileException(node.location(), "inclusion criterion on '" + covariate + "' needs 'min', 'max' or both");
    }
    if (min > max) {
      throw new ExperimentFileException(node.location(), "inclusion criterion on '" + covariate + "': min " + fmt(min)
          + " is above max " + fmt(max));
    }
    return new TrialDesign.Criterion(covariate, min, max);
  }

  private TrialDesign.Randomization randomization(YamlNode node) {
    Section s = Section.of(node, "randomization", "{kind: block, block: 4}", List.of("kind", "block", "by", "cut"));
    YamlNode kindNode = s.require("kind", "simple, block or stratified");
    String kind = Values.string(kindNode, "'kind' in randomization");
    return switch (kind) {
      case "simple" -> TrialDesign.Randomization.simple();
      case "block" -> new TrialDesign.Randomization(TrialDesign.RandomizationKind.BLOCK, block(s), "", Double.NaN);
      case "stratified" -> new TrialDesign.Randomization(TrialDesign.RandomizationKind.STRATIFIED, block(s),
          Values.string(s.require("by", "the covariate to stratify by, e.g. HAMD17"), "'by' in randomization"),
          s.requireNumber("cut", "patients with the covariate at or above it form the second stratum"));
      default -> throw new ExperimentFileException(kindNode.location(), "unknown randomization '" + kind
          + "'" + Suggestions.closest(kind, List.of("simple", "block", "stratified")) + " (known: simple, block, stratified)");
    };
  }

  private static int block(Section s) {
    YamlNode n = s.require("block", "the permuted-block size, e.g. block: 4");
    int b = Values.count(n, "'block' in randomization");
    if (b < 2) {
      throw new ExperimentFileException(n.location(), "block size must be at least 2, not " + b);
    }
    return b;
  }

  private TrialDesign.Attrition attrition(YamlNode node) {
    Section s = Section.of(node, "attrition", "{dropout_per_week: 0.02}", List.of("dropout_per_week"));
    YamlNode n = s.require("dropout_per_week", "the dropout hazard per week, e.g. 0.02");
    double h = Values.number(n, "'dropout_per_week'");
    if (!(h >= 0 && h < 10)) {
      throw new ExperimentFileException(n.location(), "'dropout_per_week' must be within 0..10 per week, not " + fmt(h));
    }
    return new TrialDesign.Attrition(h);
  }

  TrialDesign.Arm arm(YamlNode node, VirtualPatientModel model, String modelId) {
    Section s = Section.of(node, "an arm", "{name: placebo, treatments: [{kind: placebo}]}",
        List.of("name", "ratio", "adherence", "treatments"));
    String name = Values.string(s.require("name", "e.g. name: placebo"), "'name' of an arm");
    String what = "arm '" + name + "'";
    int ratio = s.count("ratio", 1);
    if (ratio < 1) {
      throw new ExperimentFileException(s.keyLocation("ratio"), what + ": 'ratio' must be at least 1, not " + ratio);
    }
    double mean = 1;
    double sd = 0;
    if (s.has("adherence")) {
      Section a = Section.of(s.get("adherence").orElseThrow(), "adherence of " + what, "{mean: 0.9, sd: 0.1}", List.of("mean", "sd"));
      mean = a.requireNumber("mean", "the mean fraction of doses taken, 0..1");
      sd = a.number("sd", 0);
      if (!(mean >= 0 && mean <= 1 && sd >= 0)) {
        throw new ExperimentFileException(a.map().location(), "adherence of " + what + ": mean must be within 0..1 and sd >= 0");
      }
    }
    List<TreatmentComponent> components = new ArrayList<>();
    YamlNode t = s.require("treatments", "e.g. treatments: [{kind: placebo}]");
    for (YamlNode item : Values.sequence(t, "'treatments' of " + what, "[{kind: ssri, from: -8}]").items()) {
      components.add(component(item, what, model, modelId));
    }
    return new TrialDesign.Arm(name, ratio, components, mean, sd);
  }

  TreatmentComponent component(YamlNode node, String arm, VirtualPatientModel model, String modelId) {
    Section s = Section.of(node, "a treatment of " + arm, "{kind: probiotic, from: 0, to: 8, parameters: {cfuPerDay: 8e9}}",
        List.of("kind", "from", "to", "adherence", "parameters"));
    YamlNode kindNode = s.require("kind", "one of " + new TreeSet<>(model.treatmentKinds()));
    String kind = Values.string(kindNode, "'kind'");
    if (!model.treatmentKinds().contains(kind)) {
      throw new ExperimentFileException(kindNode.location(), arm + ": unknown treatment '" + kind + "' of model '" + modelId + "'"
          + Suggestions.closest(kind, List.copyOf(model.treatmentKinds())) + " (known: " + new TreeSet<>(model.treatmentKinds()) + ")");
    }
    double from = s.number("from", 0);
    double to = s.number("to", Double.POSITIVE_INFINITY);
    if (!(to > from)) {
      throw new ExperimentFileException(s.keyLocation("to"), arm + ", " + kind + ": 'to' (week " + fmt(to)
          + ") must be after 'from' (week " + fmt(from) + ")");
    }
    double adherence = s.number("adherence", 1);
    if (!(adherence >= 0 && adherence <= 1)) {
      throw new ExperimentFileException(s.keyLocation("adherence"), arm + ", " + kind + ": 'adherence' must be within 0..1");
    }
    Map<String, Double> parameters = new LinkedHashMap<>();
    s.get("parameters").ifPresent(p -> {
      Section ps = Section.of(p, "parameters of " + kind, "{cfuPerDay: 8e9}",
          p instanceof YamlNode.Mapping m ? List.copyOf(m.entries().keySet()) : List.of());
      for (YamlNode.Entry e : ps.entries()) {
        parameters.put(e.key(), Values.number(e.value(), "parameter '" + e.key() + "' of " + kind));
      }
    });
    return new TreatmentComponent(kind, parameters, from, to, adherence);
  }

  TrialDesign.Endpoint endpoint(YamlNode node) {
    Section s = Section.of(node, "an endpoint", "{name: HAMD17, lower_is_better: true, remission_at_or_below: 7}",
        List.of("name", "lower_is_better", "remission_at_or_below"));
    String name = Values.string(s.require("name", "the model's endpoint, e.g. HAMD17"), "'name' of an endpoint");
    return new TrialDesign.Endpoint(name, s.bool("lower_is_better", true), s.number("remission_at_or_below", Double.NaN));
  }

  private TrialDesign.Analysis analysis(YamlNode node, List<TrialDesign.Endpoint> endpoints, java.util.Set<String> arms) {
    Section s = Section.of(node, "analysis", "{primary: HAMD17, control: placebo, missing: locf}",
        List.of("primary", "control", "missing"));
    YamlNode primaryNode = s.require("primary", "the primary endpoint's name");
    String primary = Values.string(primaryNode, "'primary'");
    List<String> names = endpoints.stream().map(TrialDesign.Endpoint::name).toList();
    if (!names.contains(primary)) {
      throw new ExperimentFileException(primaryNode.location(), "primary endpoint '" + primary + "' is not among the endpoints "
          + names + Suggestions.closest(primary, names));
    }
    YamlNode controlNode = s.require("control", "the arm the others are compared with");
    String control = Values.string(controlNode, "'control'");
    if (!arms.contains(control)) {
      throw new ExperimentFileException(controlNode.location(), "control arm '" + control + "' is not among the arms " + arms
          + Suggestions.closest(control, List.copyOf(arms)));
    }
    String missing = s.string("missing", "locf");
    TrialDesign.Missing m = switch (missing) {
      case "locf" -> TrialDesign.Missing.LOCF;
      case "completers" -> TrialDesign.Missing.COMPLETERS;
      default -> throw new ExperimentFileException(s.get("missing").orElseThrow().location(), "'missing' must be locf "
          + "(intention to treat, last observation carried forward) or completers, not '" + missing + "'");
    };
    return new TrialDesign.Analysis(primary, control, m);
  }

  private static String fmt(double x) {
    return String.format(Locale.ROOT, "%g", x);
  }
}
