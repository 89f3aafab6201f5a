package org.limbic.report;

import java.util.List;
import org.limbic.experiment.claims.ClaimResult;

/** The HTML report of a claim check: each claim with its verdict, kind, removal test and plot, in the order checked. */
public final class ClaimsReport {

  private ClaimsReport() {
  }

  /** @param model the one model checked, or null for every built-in model */
  public static HtmlReport of(String model, List<ClaimResult> results) {
    HtmlReport.Builder html = HtmlReport.builder("Limbic claim checks" + (model == null ? "" : ": " + model));
    results.forEach(html::claim);
    return html.build();
  }
}
