package org.limbic.experiment.file;

import java.util.Map;
import org.limbic.experiment.spec.Intervention;
import org.limbic.experiment.spec.InterventionField;
import org.limbic.experiment.spec.ScanSpec;
import org.limbic.experiment.spec.TimeGrid;
import org.limbic.model.Suggestions;

/**
 * Scan keys that address a named intervention's number ({@link InterventionField}: {@code NAME.at},
 * {@code NAME.amount.SPECIES}, {@code NAME.rate.SPECIES}), checked against the interventions as
 * written: the name, that the field fits the kind of intervention, and that every scanned value is
 * one the intervention could have been given (a time in the span, a positive amount or rate).
 */
final class InterventionFields {

  private final Map<String, InterventionReader.Named> named;
  private final TimeGrid time;

  InterventionFields(Map<String, InterventionReader.Named> named, TimeGrid time) {
    this.named = named;
    this.time = time;
  }


  /** Refuses an address that names no field of a named intervention, before its values are read. */
  InterventionField address(YamlNode.Entry e) {
    InterventionField f = InterventionField.parse(e.key()).orElseThrow(() -> new ExperimentFileException(e.keyLocation(),
        "'" + e.key() + "' is not a field of an intervention; write NAME.at, NAME.amount.SPECIES or NAME.rate.SPECIES"
            + " (model ids have no dots)"));
    InterventionReader.Named n = named.get(f.intervention());
    if (n == null) {
      throw new ExperimentFileException(e.keyLocation(), "no intervention is named '" + f.intervention() + "'"
          + Suggestions.closest(f.intervention(), named.keySet()) + (named.isEmpty() ? "; give one a name (name: ...)"
              : " (named: " + String.join(", ", named.keySet()) + ")"));
    }
    String where = "intervention '" + f.intervention() + "' (named at " + n.at().line() + ":" + n.at().column() + ")";
    switch (f.kind()) {
      case AT -> {
        double every = switch (n.intervention()) {
          case Intervention.Set s -> s.every();
          case Intervention.Dose d -> d.every();
          default -> throw new ExperimentFileException(e.keyLocation(), "'at' is the time of a set or a dose; " + where
              + " is " + kind(n.intervention()) + (n.intervention() instanceof Intervention.Infusion ? " (its times are from and to)" : ""));
        };
        if (every > 0) {
          throw new ExperimentFileException(e.keyLocation(), where + " repeats every " + every + "; the time of a repeating"
              + " intervention cannot be scanned (its number of occurrences would change); scan a single one");
        }
      }
      case AMOUNT -> requireSpecies(e, f, n, where, Intervention.Dose.class, "dose", "a dose");
      case RATE -> requireSpecies(e, f, n, where, Intervention.Infusion.class, "infuse", "an infusion");
    }
    return f;
  }

  private static void requireSpecies(YamlNode.Entry e, InterventionField f, InterventionReader.Named n, String where,
                                     Class<? extends Intervention> type, String verb, String kind) {
    if (!type.isInstance(n.intervention())) {
      throw new ExperimentFileException(e.keyLocation(), "'" + f.kind().word() + "' is a field of " + kind + "; " + where
          + " is " + kind(n.intervention()));
    }
    Map<String, Double> values = n.intervention() instanceof Intervention.Dose d ? d.amounts()
        : ((Intervention.Infusion) n.intervention()).rates();
    if (!values.containsKey(f.id())) {
      throw new ExperimentFileException(e.keyLocation(), where + " does not " + verb + " '" + f.id() + "'"
          + Suggestions.closest(f.id(), values.keySet()) + " (it " + verb + "s "
          + String.join(", ", values.keySet().stream().sorted().toList()) + ")");
    }
  }

  /** Refuses scanned values the field cannot take. */
  void checkValues(YamlNode.Entry e, InterventionField f, ScanSpec.Dimension d) {
    double[] values = d.values().length > 0 ? d.values() : new double[] {d.min(), d.max()};
    for (double v : values) {
      if (f.kind() == InterventionField.Kind.AT && (v < time.start() || v > time.end())) {
        throw new ExperimentFileException(e.value().location(), "scan of '" + f + "': time " + v
            + " is outside the time span [" + time.start() + ", " + time.end() + "]");
      }
      // 0 is allowed: a scan's control point (no dose, no infusion); a negative amount would remove
      if (f.kind() != InterventionField.Kind.AT && !(v >= 0)) {
        throw new ExperimentFileException(e.value().location(), "scan of '" + f + "': " + (f.kind() == InterventionField.Kind.AMOUNT
            ? "a dose's amount" : "an infusion's rate") + " must be 0 (a control) or more, not " + v);
      }
    }
  }

  /**
   * Refuses a cohort's or sensitivity analysis' distribution of a field that could draw a value the
   * field cannot take: a time outside the span (only bounded distributions inside it), a negative
   * amount or rate (a normal distribution, a uniform or empirical one below 0).
   */
  void checkDistribution(YamlNode.Entry e, InterventionField f, org.limbic.experiment.spec.Distribution d) {
    double lo;
    double hi;
    switch (d) {
      case org.limbic.experiment.spec.Distribution.Fixed x -> { lo = x.value(); hi = x.value(); }
      case org.limbic.experiment.spec.Distribution.Uniform u -> { lo = u.min(); hi = u.max(); }
      case org.limbic.experiment.spec.Distribution.Empirical em -> {
        lo = java.util.Arrays.stream(em.values()).min().orElse(Double.NaN);
        hi = java.util.Arrays.stream(em.values()).max().orElse(Double.NaN);
      }
      case org.limbic.experiment.spec.Distribution.LogNormal ln -> { lo = 0; hi = Double.POSITIVE_INFINITY; }
      case org.limbic.experiment.spec.Distribution.Normal n -> { lo = Double.NEGATIVE_INFINITY; hi = Double.POSITIVE_INFINITY; }
    }
    if (f.kind() == InterventionField.Kind.AT) {
      if (!(lo >= time.start() && hi <= time.end())) {
        throw new ExperimentFileException(e.value().location(), "'" + f + "' is a time, which must lie in the time span ["
            + time.start() + ", " + time.end() + "]; this distribution can draw " + (lo < time.start() ? lo : hi)
            + ": give a uniform, empirical or fixed one inside the span");
      }
    } else if (!(lo >= 0)) {
      throw new ExperimentFileException(e.value().location(), "'" + f + "' is " + (f.kind() == InterventionField.Kind.AMOUNT
          ? "a dose's amount" : "an infusion's rate") + ", which cannot be negative; this distribution can draw " + lo
          + ": give a lognormal one, or a uniform, empirical or fixed one from 0 up");
    }
  }

  private static String kind(Intervention i) {
    return switch (i) {
      case Intervention.Set s -> "a set";
      case Intervention.Dose d -> "a dose";
      case Intervention.Infusion f -> "an infusion";
      default -> "another kind";
    };
  }
}
