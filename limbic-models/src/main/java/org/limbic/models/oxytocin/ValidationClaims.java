package org.limbic.models.oxytocin;

import static org.limbic.models.oxytocin.Traces.f;

import java.util.List;
import java.util.Map;
import org.limbic.experiment.claims.Claim;
import org.limbic.experiment.claims.ClaimKind;
import org.limbic.experiment.claims.ClaimOutcome;
import org.limbic.experiment.claims.Removal;
import org.limbic.experiment.figure.Figure;
import org.limbic.experiment.run.ParameterScaling;
import org.limbic.simulation.SimulationResult;

/**
 * Validation claims (issue #13 item 3): the model against published numbers that no parameter was
 * fitted to, with the tolerance written here before the first run. They have no removal test: a
 * comparison with data has no mechanism of its own.
 */
final class ValidationClaims {

  /** Johnston & Amico 1986: mean plasma OT 3 and 6 min after the infant starts to suckle (uU/mL). */
  static final double[] SUCKLING_MINUTES = {3, 6};
  static final double[] SUCKLING_OT = {3.6, 6.4};
  /**
   * ±50 %: the published values are means over women whose individual suckling peaks range 5-23
   * uU/mL (over four-fold), and the model is one typical mother whose bursts have one phase, so a
   * single sample time can sit anywhere within a burst's rise and fall. Written before the run.
   */
  static final double SUCKLING_TOLERANCE = 0.5;

  /**
   * A feed in established lactation (Johnston & Amico studied weeks to months postpartum): placental
   * hormones gone, plasma OT at the nonpregnant basal level, the infant present (cues) and suckling
   * from 10 min for 15 min.
   */
  private static final String ESTABLISHED_FEED = """
      name: established-lactation-feed
      model: oxytocin
      parameters: {born: 1, dilation: 10, placenta_in: 0, placental_factor: 0, OT_plasma: 0.9, OT_myometrium: 0.9, OT_mammary: 0.9, OT_mammary_adapted: 0.9, OT_central: 15}
      time: {start: 0, end: 30, points: 1801}
      interventions:
        - {stimulus: {parameter: infant_cues, value: 1}, from: 10, to: 25}
        - {stimulus: {parameter: suckling, value: 1}, from: 10, to: 25}
      solver: {method: auto, rtol: 1.0e-6, atol: 1.0e-9}
      """;

  private static final double SUCKLING_START = 10;

  /**
   * Contractions per 10 min in active labor: 3-5, the usual range (ACOG Practice Bulletin 106, 2009,
   * counts more than 5 per 10 min averaged over 30 min as tachysystole). The tolerance is the range
   * itself, written before the run; active labor is taken from 5 cm (WHO 2018 intrapartum care) to birth.
   */
  static final double[] ACTIVE_LABOR_CONTRACTIONS = {3, 5};
  static final double ACTIVE_LABOR_FROM_CM = 5;

  /**
   * Duration of the active first stage from 4 cm to full dilation in nulliparous women: its median
   * ranged 3.7-5.9 h across the studies of Abalos et al. 2018 (Eur J Obstet Gynecol Reprod Biol
   * 223:123, a WHO systematic review, 37 studies, 208,000 women). The tolerance is that range of
   * medians itself, written before the run: the model is one typical woman, whose labor should be
   * as long as a study's median woman's, and the spread between studies is what is known about it.
   */
  static final double[] FOUR_TO_TEN_CM_HOURS = {3.7, 5.9};
  static final double ACTIVE_FIRST_STAGE_FROM_CM = 4;

  /**
   * Synthetic OT infusions (Buckley et al. 2023, BMC Pregnancy Childbirth 23:137, a systematic
   * review of 35 studies; Uvnäs-Moberg et al. 2019, BMC Pregnancy Childbirth 19:285): rates up to
   * 10 mU/min give plasma OT within the range of physiological labor ("similar to", "did not raise
   * above the range observed"); doubling the rate about doubles the level; at up to 32 mU/min the
   * level reaches 2-3 times physiological. The model's counterpart of "physiological labor" is its
   * own spontaneous labor from 4 cm to full dilation (the active first stage, after the start's
   * transient). Tolerances, written before the run: within that labor's range (min to max); the
   * doubling 1.5-2.5 (what rounds to "doubled", one significant figure); 2-3x its mean (the
   * published range). Infused in a term woman before labor (cervix closed, placenta in), as in an
   * induction, and read at steady state (the last 20 of 60 min; the term plasma half-life is ~2 min).
   */
  static final double[] INFUSION_RATES_MU_PER_MIN = {5, 10, 32};
  static final double[] DOUBLING = {1.5, 2.5};
  static final double[] HIGH_RATE_FOLD = {2, 3};
  private static final double INFUSION_END = 60;
  private static final double STEADY_FROM = 40;

  private static String termInfusion(double rate) {
    return """
        name: term-infusion
        model: oxytocin
        parameters: {dilation: 0}
        time: {start: 0, end: %s, points: 601}
        interventions:
          - {infusion: {OT_plasma: %s}, from: 0, to: %s}
        solver: {method: auto, rtol: 1.0e-6, atol: 1.0e-9}
        """.formatted(INFUSION_END, rate, INFUSION_END);
  }

  private final ParameterScaling scaling;

  private ValidationClaims(ParameterScaling scaling) {
    this.scaling = scaling;
  }

  static List<Claim> all(ParameterScaling scaling) {
    ValidationClaims c = new ValidationClaims(scaling);
    return List.of(
        new Claim("OXT-V1", "During suckling in established lactation plasma OT is 3.6 uU/mL at 3 min and 6.4 uU/mL at 6 min.",
            "Johnston & Amico 1986, J Clin Endocrinol Metab 62:653",
            ClaimKind.validation("the 3- and 6-min means of Johnston & Amico 1986; fitted to nothing (their basal level set "
                + "secretion_basal and their peak range burst_release, not these times)"),
            seed -> c.sucklingCurve(), Removal.notApplicable("a comparison with published data")),
        new Claim("OXT-V2", "In active labor the uterus contracts 3-5 times per 10 min.",
            "ACOG Practice Bulletin 106 (2009); WHO 2018 recommendations on intrapartum care",
            ClaimKind.validation("the clinical range of contraction frequency; fitted to nothing (frequency_max, EC50 and "
                + "Hill coefficient are Gefferie 2018's, dilation_per_activity was fitted to labor length, not to frequency)"),
            seed -> c.activeLaborContractions(), Removal.notApplicable("a comparison with published data")),
        new Claim("OXT-V3", "The active first stage, 4 cm to full dilation, takes 3.7-5.9 h (the range of study medians in "
            + "nulliparous women).", "Abalos et al. 2018, Eur J Obstet Gynecol Reprod Biol 223:123",
            ClaimKind.validation("the median durations of Abalos 2018's studies; fitted to nothing (dilation_per_activity was "
                + "fitted to 3->10 cm in about 6-8 h, Zhang 2010, which bounds the 4->10 cm time but does not set how labor "
                + "divides between 3-4 cm and the rest)"),
            seed -> c.activeFirstStage(), Removal.notApplicable("a comparison with published data")),
        new Claim("OXT-V4", "A synthetic OT infusion of 10 mU/min gives plasma OT within the range of physiological labor.",
            "Uvnäs-Moberg et al. 2019, BMC Pregnancy Childbirth 19:285; Buckley et al. 2023, BMC Pregnancy Childbirth 23:137",
            ClaimKind.validation(INFUSION_DATA), seed -> c.infusionWithinLabor(), Removal.notApplicable("a comparison with published data")),
        new Claim("OXT-V5", "Doubling the OT infusion rate (5 -> 10 mU/min) about doubles plasma OT.",
            "Uvnäs-Moberg et al. 2019, BMC Pregnancy Childbirth 19:285; Buckley et al. 2023, BMC Pregnancy Childbirth 23:137",
            ClaimKind.validation(INFUSION_DATA), seed -> c.infusionDoubling(), Removal.notApplicable("a comparison with published data")),
        new Claim("OXT-V6", "An OT infusion of 32 mU/min raises plasma OT to 2-3 times physiological labor levels.",
            "Buckley et al. 2023, BMC Pregnancy Childbirth 23:137",
            ClaimKind.validation(INFUSION_DATA), seed -> c.highRateInfusion(), Removal.notApplicable("a comparison with published data")));
  }

  private static final String INFUSION_DATA = "plasma OT under infusions as reviewed by Buckley 2023 and Uvnäs-Moberg 2019; fitted "
      + "to nothing (k_el assumed from the reported 3-10 min half-life, pregnancy_clearance_factor from AJP 1990, the plasma "
      + "volume Gefferie 2018's; labor release sized for pulse frequency and the birth rise, OXT-3, not for its level)";

  /** The model's plasma OT over the active first stage (4 cm to full dilation) of spontaneous labor: min, mean, max. */
  private record LaborLevels(SimulationResult run, double from, double birth, double min, double mean, double max) {
  }

  private LaborLevels laborLevels() {
    SimulationResult r = ScenarioRun.scenario("spontaneous-labor", Map.of(), scaling);
    double from = LaborClaims.timeToDilation(r, ACTIVE_FIRST_STAGE_FROM_CM);
    double birth = Traces.firstEvent(r, "birth");
    return new LaborLevels(r, from, birth, Traces.min(r, "OT_plasma", from, birth), Traces.mean(r, "OT_plasma", from, birth), Traces.max(r, "OT_plasma", from, birth));
  }

  /** Steady plasma OT (mean of the last 20 of 60 min) under a constant infusion of {@code rate} mU/min at term before labor. */
  private SimulationResult infusion(double rate) {
    return ScenarioRun.run("term-infusion", termInfusion(rate), Map.of(), scaling);
  }

  private static double steady(SimulationResult r) {
    return Traces.mean(r, "OT_plasma", STEADY_FROM, INFUSION_END);
  }

  private ClaimOutcome activeFirstStage() {
    LaborLevels l = laborLevels();
    double hours = (l.birth() - l.from()) / 60;
    boolean pass = hours >= FOUR_TO_TEN_CM_HOURS[0] && hours <= FOUR_TO_TEN_CM_HOURS[1];
    return new ClaimOutcome(pass, "4 cm -> full dilation in " + f(hours) + " h (" + f(l.from() / 60) + " -> " + f(l.birth() / 60)
        + " h from 3 cm)", "3.7-5.9 h (the range of study medians, Abalos 2018; written before the run)",
        List.of(Traces.timeCourse("Cervical dilation in spontaneous labor; 4 cm to full dilation against Abalos 2018",
            "cervical dilation (cm)", List.of(Traces.line("cervical dilation", l.run(), "dilation")),
            Figure.Band.onX("published 3.7-5.9 h after 4 cm", l.from() + 60 * FOUR_TO_TEN_CM_HOURS[0],
                l.from() + 60 * FOUR_TO_TEN_CM_HOURS[1]))));
  }

  private ClaimOutcome infusionWithinLabor() {
    LaborLevels l = laborLevels();
    SimulationResult r = infusion(INFUSION_RATES_MU_PER_MIN[1]);
    double level = steady(r);
    boolean pass = level >= l.min() && level <= l.max();
    return new ClaimOutcome(pass, "10 mU/min at term before labor: plasma OT " + f(level) + " uU/mL; spontaneous labor 4 cm -> full "
        + "dilation: " + f(l.min()) + "-" + f(l.max()) + " uU/mL (mean " + f(l.mean()) + ")",
        "within the range of the model's physiological labor (Uvnäs-Moberg 2019: similar; Buckley 2023: not above it; written before the run)",
        List.of(Traces.timeCourse("Plasma OT under a 10 mU/min infusion at term, against spontaneous labor's range", "plasma OT (uU/mL)",
            List.of(Traces.line("infusion 10 mU/min", r, "OT_plasma")),
            new Figure.Band("spontaneous labor, 4 cm -> full dilation", l.min(), l.max()))));
  }

  private ClaimOutcome infusionDoubling() {
    SimulationResult low = infusion(INFUSION_RATES_MU_PER_MIN[0]);
    SimulationResult high = infusion(INFUSION_RATES_MU_PER_MIN[1]);
    double ratio = steady(high) / steady(low);
    boolean pass = ratio >= DOUBLING[0] && ratio <= DOUBLING[1];
    return new ClaimOutcome(pass, "plasma OT " + f(steady(low)) + " uU/mL at 5 mU/min, " + f(steady(high)) + " at 10 (x" + f(ratio) + ")",
        "x1.5-2.5 (what rounds to 'doubled'; written before the run)",
        List.of(Traces.timeCourse("Plasma OT under infusions of 5 and 10 mU/min at term", "plasma OT (uU/mL)",
            List.of(Traces.line("5 mU/min", low, "OT_plasma"), Traces.line("10 mU/min", high, "OT_plasma")), null)));
  }

  private ClaimOutcome highRateInfusion() {
    LaborLevels l = laborLevels();
    SimulationResult r = infusion(INFUSION_RATES_MU_PER_MIN[2]);
    double fold = steady(r) / l.mean();
    boolean pass = fold >= HIGH_RATE_FOLD[0] && fold <= HIGH_RATE_FOLD[1];
    return new ClaimOutcome(pass, "32 mU/min: plasma OT " + f(steady(r)) + " uU/mL = x" + f(fold) + " the mean of spontaneous labor "
        + "4 cm -> full dilation (" + f(l.mean()) + ")", "x2-3 (Buckley 2023; written before the run)",
        List.of(Traces.timeCourse("Plasma OT under a 32 mU/min infusion at term, against 2-3x spontaneous labor's mean",
            "plasma OT (uU/mL)", List.of(Traces.line("infusion 32 mU/min", r, "OT_plasma")),
            new Figure.Band("2-3x labor's mean", HIGH_RATE_FOLD[0] * l.mean(), HIGH_RATE_FOLD[1] * l.mean()))));
  }

  private ClaimOutcome activeLaborContractions() {
    SimulationResult r = ScenarioRun.scenario("spontaneous-labor", Map.of(), scaling);
    double from = LaborClaims.timeToDilation(r, ACTIVE_LABOR_FROM_CM);
    double birth = Traces.firstEvent(r, "birth");
    double per10 = 10 * Traces.mean(r, "contraction_frequency", from, birth);
    boolean pass = per10 >= ACTIVE_LABOR_CONTRACTIONS[0] && per10 <= ACTIVE_LABOR_CONTRACTIONS[1];
    return new ClaimOutcome(pass, "mean " + f(per10) + " contractions per 10 min from " + f(ACTIVE_LABOR_FROM_CM) + " cm to birth ("
        + f(from / 60) + " -> " + f(birth / 60) + " h)", "3-5 per 10 min (the clinical range, written before the run)",
        List.of(Traces.timeCourse("Contractions in spontaneous labor against the clinical range", "contractions (per 10 min)",
            List.of(Traces.scaled("contractions per 10 min", r, "contraction_frequency", 10)),
            new Figure.Band("3-5 per 10 min in active labor", 3, 5))));
  }

  private ClaimOutcome sucklingCurve() {
    SimulationResult r = ScenarioRun.run("established-lactation-feed", ESTABLISHED_FEED, Map.of(), scaling);
    double[] model = new double[SUCKLING_MINUTES.length];
    boolean pass = true;
    StringBuilder measured = new StringBuilder();
    for (int i = 0; i < model.length; i++) {
      model[i] = Traces.at(r, "OT_plasma", SUCKLING_START + SUCKLING_MINUTES[i]);
      pass &= Math.abs(model[i] / SUCKLING_OT[i] - 1) <= SUCKLING_TOLERANCE;
      measured.append(i == 0 ? "" : "; ").append(f(SUCKLING_MINUTES[i])).append(" min: ").append(f(model[i]))
          .append(" uU/mL (published ").append(f(SUCKLING_OT[i])).append(")");
    }
    double[] t = r.times().clone();
    for (int i = 0; i < t.length; i++) {
      t[i] -= SUCKLING_START;
    }
    return new ClaimOutcome(pass, measured.toString(), "each within +-50 % of 3.6 and 6.4 uU/mL (tolerance written before the "
        + "run: the published means span women whose peaks range 5-23 uU/mL)",
        List.of(new Figure.TimeCourse("Plasma OT during a feed in established lactation against Johnston & Amico 1986",
            "minutes from the start of suckling", "plasma OT (uU/mL)",
            List.of(Figure.Series.line("model", t, r.series("OT_plasma")),
                Figure.Series.line("Johnston & Amico 1986 (means at 3 and 6 min)", SUCKLING_MINUTES, SUCKLING_OT)),
            java.util.Optional.of(new Figure.Band("published +-50 %", SUCKLING_OT[0] * (1 - SUCKLING_TOLERANCE),
                SUCKLING_OT[1] * (1 + SUCKLING_TOLERANCE))))));
  }
}
