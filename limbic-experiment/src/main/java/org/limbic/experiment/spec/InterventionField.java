package org.limbic.experiment.spec;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * A number of a named intervention that a scan varies, written {@code NAME.at} (the time of a
 * single set or dose), {@code NAME.amount.SPECIES} (a dose's amount) or {@code NAME.rate.SPECIES}
 * (an infusion's rate). Model ids cannot contain a dot, so these never clash with parameters.
 *
 * @param id the species for amount and rate, "" for at
 */
public record InterventionField(String intervention, Kind kind, String id) {

  /** What the field is; {@code word} is how it is written. */
  public enum Kind {
    AT, AMOUNT, RATE;

    public String word() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** Whether the field names a species after it. */
    public boolean hasId() {
      return this != AT;
    }
  }

  /** The address as written, e.g. {@code bolus.amount.H}. */
  @Override
  public String toString() {
    return intervention + "." + kind.word() + (kind.hasId() ? "." + id : "");
  }

  /** Whether a scanned name addresses an intervention rather than a model element. */
  public static boolean isAddress(String text) {
    return text.indexOf('.') >= 0;
  }

  /** The address in {@code text}, if it is one of the three forms. */
  public static Optional<InterventionField> parse(String text) {
    String[] parts = text.split("\\.", -1);
    if (parts.length < 2 || parts[0].isEmpty()) {
      return Optional.empty();
    }
    Optional<Kind> kind = Arrays.stream(Kind.values()).filter(k -> k.word().equals(parts[1])).findFirst();
    if (kind.isEmpty() || parts.length != (kind.get().hasId() ? 3 : 2) || (kind.get().hasId() && parts[2].isEmpty())) {
      return Optional.empty();
    }
    return Optional.of(new InterventionField(parts[0], kind.get(), kind.get().hasId() ? parts[2] : ""));
  }
}
