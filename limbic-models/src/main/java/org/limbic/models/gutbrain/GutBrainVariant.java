package org.limbic.models.gutbrain;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The patient-level gut–brain model with some of its numbers replaced: what a claim's removal test
 * runs its own check on (the claim's mechanism taken out, e.g. {@code plasticity_ssri = 0}), so the
 * removed check is the same code with a different model. An override names one of
 *
 * <ul>
 *   <li>a model parameter ({@link GutBrainParameters}), read by {@link PatientDynamics} through
 *       {@link #value} instead of its default;</li>
 *   <li>a patient trait ({@link PatientTraits}), then fixed at that value in every patient drawn,
 *       after the population's own draw, so the random streams and the other traits stay as they
 *       were (inclusion by baseline score is judged with the fixed value);</li>
 *   <li>a measurement noise of an endpoint ({@link GutBrainPatients#NOISE}, e.g. {@code cv_IL6}).</li>
 * </ul>
 *
 * Unknown names are refused when the variant is made: a misspelt removal must fail at once rather
 * than remove nothing and let a claim's removal test fail for no reason. The ODE form takes the same
 * parameter names, and those of the traits it declares (MoodAxis), as scenario overrides
 * ({@link GutBrainScenarios#run}); it has no measurement noise.
 */
public final class GutBrainVariant {

  /** The model as published in this repository: no override. */
  public static final GutBrainVariant DEFAULT = new GutBrainVariant(Map.of());

  private final Map<String, Double> overrides;
  private final double[] values;
  private final Map<String, Double> traits = new HashMap<>();
  private final Map<String, Double> noise = new HashMap<>(GutBrainPatients.NOISE);
  private final GutBrainPatients patients;

  private GutBrainVariant(Map<String, Double> overrides) {
    this.overrides = Collections.unmodifiableMap(new TreeMap<>(overrides));
    this.values = GutBrainParameters.all().stream().mapToDouble(Parameter::value).toArray();
    Map<String, Parameter> parameters = new HashMap<>();
    GutBrainParameters.all().forEach(p -> parameters.put(p.id(), p));
    for (var o : this.overrides.entrySet()) {
      if (o.getValue() == null || !Double.isFinite(o.getValue())) {
        throw new IllegalArgumentException("gut-brain override " + o.getKey() + " = " + o.getValue() + ": needs a finite number");
      }
      if (parameters.containsKey(o.getKey())) {
        values[parameters.get(o.getKey()).index()] = o.getValue();
      } else if (PatientTraits.ALL.stream().anyMatch(t -> t.id().equals(o.getKey()))) {
        traits.put(o.getKey(), o.getValue());
      } else if (noise.containsKey(o.getKey())) {
        noise.put(o.getKey(), o.getValue());
      } else {
        TreeSet<String> known = new TreeSet<>(parameters.keySet());
        PatientTraits.ALL.forEach(t -> known.add(t.id()));
        known.addAll(noise.keySet());
        throw new IllegalArgumentException("gut-brain override '" + o.getKey() + "' is neither a parameter, a patient trait nor "
            + "a measurement noise; known: " + known);
      }
    }
    this.patients = new GutBrainPatients(this);
  }

  /** The model with {@code overrides} (parameter, trait or noise id to value); an empty map is {@link #DEFAULT}. */
  public static GutBrainVariant of(Map<String, Double> overrides) {
    return overrides.isEmpty() ? DEFAULT : new GutBrainVariant(overrides);
  }

  /** The overrides, sorted by name. */
  public Map<String, Double> overrides() {
    return overrides;
  }

  /** Virtual patients of this variant (drawn and followed with its numbers). */
  public GutBrainPatients patients() {
    return patients;
  }

  /** The value of {@code p} in this variant (hot path: an array read). */
  double value(Parameter p) {
    return values[p.index()];
  }

  /** Puts the fixed traits into a patient's drawn traits. */
  void fixTraits(Map<String, Double> drawn) {
    drawn.putAll(traits);
  }

  /** The measurement noise {@code id} of {@link GutBrainPatients#NOISE}, overridden or not. */
  double noise(String id) {
    return noise.get(id);
  }

  @Override
  public String toString() {
    return overrides.isEmpty() ? "gutbrain (defaults)" : "gutbrain with " + overrides;
  }
}
