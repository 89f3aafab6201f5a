package org.limbic.models.vole;

import java.util.EnumSet;
import java.util.Set;
import org.limbic.experiment.claims.ClaimCheck;
import org.limbic.experiment.claims.Removal;

/**
 * The vole model's mechanisms that a claim's removal test takes out (issue #13): each names the
 * constant of {@link VoleParameters} it sets to 0. The constants are shared by every animal, so a
 * removal is bound for the duration of one check on the checking thread (a scoped value; the
 * agent-based studies run on the thread that checks them), instead of threading a parameter set
 * through every agent.
 */
enum VoleMechanism {
  OXTR_LEARNING("the OT-OXTR gain of partner learning: alpha_ot = 0"),
  OXTR_REWARD("the OT-OXTR reward of contact: r_ot = 0"),
  OXTR_INDEPENDENT_LEARNING("OXTR-independent partner learning: alpha_base = 0"),
  PEER_DOPAMINE("NAc dopamine during peer huddles: da_contact = 0"),
  DOPAMINE_LEARNING("the mating-driven dopamine (D2) gain of partner learning: alpha_da = 0"),
  OT_AUTOFEEDBACK("OXTR autofacilitation of OT release: ot_autofeedback = 0");

  private static final ScopedValue<Set<VoleMechanism>> REMOVED = ScopedValue.newInstance();

  private final String removal;

  VoleMechanism(String removal) {
    this.removal = removal;
  }

  /** 1 while this mechanism is in the model, 0 while a removal test has taken it out. */
  double factor() {
    return REMOVED.isBound() && REMOVED.get().contains(this) ? 0 : 1;
  }

  /** The removal test of a claim whose check is {@code check}: the same check with these mechanisms taken out. */
  static Removal removal(ClaimCheck check, VoleMechanism first, VoleMechanism... more) {
    Set<VoleMechanism> removed = EnumSet.of(first, more);
    String what = removed.stream().map(m -> m.removal).collect(java.util.stream.Collectors.joining("; "));
    return Removal.of(what, seed -> ScopedValue.where(REMOVED, removed).call(() -> check.run(seed)));
  }
}
