package org.limbic.experiment.file;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.limbic.experiment.spec.NOfOneDesign;
import org.limbic.experiment.spec.TreatmentComponent;
import org.limbic.experiment.spec.TrialDesign;
import org.limbic.experiment.trial.VirtualPatientModel;

/**
 * Turns the tree of an N-of-1 trial file (one with an {@code n_of_1} section) into an
 * {@link NOfOneDesign}, each fault at its line and column; arms, treatments, inclusion and the
 * endpoint are read as in a randomized trial file ({@link TrialReader}).
 */
final class NOfOneReader {

  private final String source;
  private final Function<String, VirtualPatientModel> models;

  NOfOneReader(String source, Function<String, VirtualPatientModel> models) {
    this.source = source;
    this.models = models;
  }

  NOfOneDesign read(YamlNode root) {
    TrialReader parts = new TrialReader(source, models);
    Section top = Section.of(root, "the N-of-1 trial file", "{model: ..., n_of_1: {...}}", TrialFiles.N_OF_1_KEYS);
    TrialReader.Participants who = parts.participants(top, "how many patients take part, e.g. patients: 20", " for a series");
    String modelId = who.modelId();
    VirtualPatientModel model = who.model();
    YamlNode spec = top.require("n_of_1", "{pairs: 2, period_weeks: 4, washout_weeks: 2, A: {...}, B: {...}}");
    Section s = Section.of(spec, "n_of_1", "{pairs: 2, period_weeks: 4, washout_weeks: 2, A: {...}, B: {...}}",
        List.of("pairs", "order", "washout_weeks", "period_weeks", "background", "A", "B"));
    int pairs = s.count("pairs", 2);
    if (pairs < 2) {
      throw new ExperimentFileException(s.keyLocation("pairs"), "'pairs' must be at least 2 (ABAB), so each patient has "
          + "a comparison of their own; got " + pairs);
    }
    String order = s.string("order", "randomized");
    if (!order.equals("randomized") && !order.equals("fixed")) {
      throw new ExperimentFileException(s.get("order").orElseThrow().location(), "'order' must be randomized (AB or BA by a "
          + "coin in each pair) or fixed (always AB), not '" + order + "'");
    }
    double washout = s.number("washout_weeks", 0);
    double period = s.requireNumber("period_weeks", "weeks on treatment in each period, scored at its end");
    if (!(washout >= 0)) {
      throw new ExperimentFileException(s.keyLocation("washout_weeks"), "'washout_weeks' must be >= 0, not " + washout);
    }
    if (!(period > 0)) {
      throw new ExperimentFileException(s.keyLocation("period_weeks"), "'period_weeks' must be > 0, not " + period);
    }
    List<TreatmentComponent> background = new ArrayList<>();
    s.get("background").ifPresent(n -> {
      for (YamlNode item : Values.sequence(n, "'background'", "[{kind: ssri, from: -8}]").items()) {
        background.add(parts.component(item, "the background", model, modelId));
      }
    });
    TrialDesign.Arm a = arm(parts, s.require("A", "{name: probiotic, treatments: [{kind: probiotic}]}"), model, modelId);
    TrialDesign.Arm b = arm(parts, s.require("B", "{name: placebo, treatments: [{kind: placebo}]}"), model, modelId);
    if (a.name().equals(b.name())) {
      throw new ExperimentFileException(spec.location(), "A and B are both named '" + a.name() + "'; give them their own names");
    }
    TrialDesign.Endpoint endpoint = parts.endpoint(top.require("endpoint", "{name: HAMD17, lower_is_better: true}"));
    String name = top.string("name", source.replaceAll(".*/", "").replaceAll("\\.ya?ml$", ""));
    return new NOfOneDesign(name, modelId, who.population(), who.patients(), who.inclusion(), background, a, b, pairs, washout, period,
        order.equals("randomized"), endpoint);
  }

  /** A or B: an arm whose treatments carry no from/to (the schedule sets each period's window). */
  private static TrialDesign.Arm arm(TrialReader parts, YamlNode node, VirtualPatientModel model, String modelId) {
    if (node instanceof YamlNode.Mapping m && m.entries().get("treatments") != null
        && m.entries().get("treatments").value() instanceof YamlNode.Sequence seq) {
      for (YamlNode t : seq.items()) {
        if (t instanceof YamlNode.Mapping tm) {
          for (String key : List.of("from", "to")) {
            if (tm.entries().containsKey(key)) {
              throw new ExperimentFileException(tm.entries().get(key).value().location(), "'" + key + "' is set by the N-of-1 "
                  + "schedule (washout_weeks, period_weeks); remove it here, or put an ongoing treatment under 'background'");
            }
          }
        }
      }
    }
    return parts.arm(node, model, modelId);
  }
}
