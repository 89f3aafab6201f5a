package org.limbic.sbml;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sbml.jsbml.Unit;
import org.sbml.jsbml.UnitDefinition;
import org.sbml.jsbml.SBMLDocument;
import org.sbml.jsbml.SBMLError;
import org.sbml.jsbml.validator.SBMLValidator.CHECK_CATEGORY;

/**
 * JSBML's own consistency checks (its offline validator, libSBML's rules and numbers) at import,
 * so that SBML libSBML calls an error is refused with the rule rather than read with defaults
 * (issue #14). Unit consistency and modeling practice are left out: libSBML reports them as
 * warnings, and units do not enter a simulation.
 */
final class SbmlConsistency {

  /**
   * Rules JSBML 1.6.1 reports on valid SBML: each fires on files of the SBML Test Suite (9,619
   * files of 1,823 cases, every level and version), which libSBML accepts. Measured by running the
   * validator over the suite; skipped here, so that no valid file is refused. The most frequent:
   * 10801 (2,667 files), 20623 (1,495: a species' required attributes, checked instead on the XML
   * by {@link SbmlSyntaxCheck}), 21110 (1,066), the comp rules 10207xx (430);.
   */
  static final Set<Integer> UNRELIABLE = Set.of(10102, 1020701, 1020702, 1020705, 1020712, 1020713, 10217, 10224,
      10313, 10601, 10801, 20222, 20623, 20906, 21110, 21203);

  private SbmlConsistency() {
  }

  /** Throws {@link InvalidSbmlException} for the first error (not a warning) JSBML's validator reports reliably. */
  static void check(SBMLDocument document, String source) {
    if (document.getLevel() == 2 && document.isSetModel()) {
      checkBuiltInUnitRedefinitions(document.getModel(), document.getVersion(), source);
    }
    // one document at a time: JSBML's offline validator is not thread-safe (on 2 threads, a valid suite
    // case was refused now and then with another document's identifiers, rule 20802 on 01217)
    synchronized (SbmlConsistency.class) {
      document.setConsistencyChecks(CHECK_CATEGORY.UNITS_CONSISTENCY, false);
      document.setConsistencyChecks(CHECK_CATEGORY.MODELING_PRACTICE, false);
      document.checkConsistencyOffline();
    }
    for (int i = 0; i < document.getErrorCount(); i++) {
      SBMLError e = document.getError(i);
      if ((e.isError() || e.isFatal()) && !UNRELIABLE.contains(e.getCode()) && !warningIn(document, e.getCode())) {
        String message = e.getMessage() != null ? e.getMessage()
            : e.getShortMessage() != null ? e.getShortMessage().getMessage() : null;
        throw new InvalidSbmlException(source, e.getLine(), "SBML", Integer.toString(e.getCode()),
            message == null ? "rule " + e.getCode() : String.join(" ", message.strip().split("\\s+")));
      }
    }
  }

  /**
   * Level 2 lets a model redefine its built-in units only as one unit of the same dimension (L2V4
   * section 4.4.3, rules 20402 to 20406); JSBML's validator does not check it. The allowed kinds
   * and exponents, with dimensionless from L2V2 on.
   */
  private static final Map<String, List<String>> BUILT_IN_REDEFINITIONS = Map.of(
      "substance", List.of("mole^1", "item^1", "gram^1", "kilogram^1"),
      "length", List.of("metre^1"),
      "area", List.of("metre^2"),
      "time", List.of("second^1"),
      "volume", List.of("litre^1", "metre^3"));
  private static final Map<String, String> REDEFINITION_RULES = Map.of("substance", "20402", "length", "20403",
      "area", "20404", "time", "20405", "volume", "20406");

  /**
   * Rule 21121 (a species in a kinetic law is a reactant, product or modifier of its reaction) is an
   * error to libSBML below L3V2 and not in L3V2, where JSBML still reports it: libSBML finds no error
   * in the 1,783 suite cases Limbic exports as L3V2, of which JSBML flags two (00059, 00597).
   */
  private static boolean warningIn(SBMLDocument document, int code) {
    return code == 21121 && document.getLevel() == 3 && document.getVersion() >= 2;
  }

  private static void checkBuiltInUnitRedefinitions(org.sbml.jsbml.Model model, int version, String source) {
    // getListOfUnitDefinitions() would create an empty list, which the validator then reports (rule 20203)
    for (int i = 0; i < model.getUnitDefinitionCount(); i++) {
      UnitDefinition u = model.getUnitDefinition(i);
      List<String> allowed = BUILT_IN_REDEFINITIONS.get(u.getId());
      if (allowed == null) {
        continue;
      }
      boolean ok = false;
      if (u.getUnitCount() == 1) {
        Unit unit = u.getUnit(0);
        String kind = unit.getKind() == null ? "" : unit.getKind().getName().toLowerCase(java.util.Locale.ROOT);
        String form = kind.replace("meter", "metre").replace("liter", "litre") + "^" + (int) unit.getExponent();
        boolean gram = kind.equals("gram") || kind.equals("kilogram");
        ok = allowed.contains(form) && !(gram && version == 1) || version >= 2 && kind.equals("dimensionless");
      }
      if (!ok) {
        throw new InvalidSbmlException(source, 0, "<unitDefinition id='" + u.getId() + "'>", REDEFINITION_RULES.get(u.getId()),
            "a redefinition of the built-in unit '" + u.getId() + "' must be exactly one unit of " + allowed
                + (version >= 2 ? " or dimensionless" : "") + "; it has " + u.getUnitCount());
      }
    }
  }
}
