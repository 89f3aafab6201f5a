package org.limbic.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.limbic.experiment.claims.ClaimKind;
import org.limbic.experiment.claims.Claim;
import org.limbic.experiment.claims.ClaimOutcome;
import org.limbic.experiment.claims.ClaimResult;
import org.limbic.experiment.claims.Removal;

class ClaimsReportTest {

  private static final Claim CLAIM = new Claim("OXT-2", "Intranasal oxytocin raises plasma levels", "Striepens et al. 2013",
      ClaimKind.calibrated("k_abs"), seed -> null,
      Removal.of("nasal absorption: k_abs = 0", seed -> null));

  @Test
  void showsEveryClaimWithItsVerdictUnderTheModelsTitle(@TempDir Path dir) throws Exception {
    ClaimResult passed = new ClaimResult("oxytocin", CLAIM, new ClaimOutcome(true, "12 pM", "10-15 pM", List.of(SampleFigures.bars())),
        new ClaimOutcome(false, "0.2 pM", "10-15 pM", List.of()), 0.1);
    String html = Files.readString(ClaimsReport.of("oxytocin", List.of(passed)).writeTo(dir.resolve("r")));
    assertThat(html).contains("Limbic claim checks: oxytocin").contains("OXT-2").contains("12 pM")
        .contains("FAIL</span><br>nasal absorption: k_abs = 0");
    assertThat(Files.readString(ClaimsReport.of(null, List.of()).writeTo(dir.resolve("all")))).contains("Limbic claim checks");
  }
}
