package org.limbic.models.oxytocin;

import static org.limbic.models.oxytocin.Traces.f;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.limbic.experiment.claims.ClaimKind;
import org.limbic.experiment.claims.Claim;
import org.limbic.experiment.claims.ClaimOutcome;
import org.limbic.experiment.figure.Figure;
import org.limbic.simulation.SimulationResult;
import org.limbic.experiment.run.ParameterScaling;

/** Claims OXT-7 … OXT-14 of ../shared/domain/BRIEF.md §2: lactation, postpartum, touch, pain and stress. */
final class CareClaims {

  private static final String FEED = "breastfeed-day2";

  private final ParameterScaling scaling;

  private CareClaims(ParameterScaling scaling) {
    this.scaling = scaling;
  }

  /** The claims, every run of which uses {@code scaling} ({@link ParameterScaling#NONE} as published). */
  static List<Claim> all(ParameterScaling scaling) {
    CareClaims c = new CareClaims(scaling);
    return List.of(
        new Claim("OXT-7", "Suckling triggers OT bursts every few minutes and milk ejection ~15-20 s after each burst; no "
            + "suckling, no bursts.", "Wakerley & Lincoln 1973; Rossoni et al. 2008",
            ClaimKind.calibrated("tau_mammary (ejection latency); w_suckling and tau_excitability set the burst interval"),
            seed -> c.milkEjection(),
            OxytocinClaims.removal("OXT-7", "the suckling afferent to the PVN: w_suckling = 0", scaling, Map.of("w_suckling", 0.0))),
        new Claim("OXT-8", "Suckling-driven OT also contracts the uterus (involution).", "Uvnäs-Moberg et al. 2019 (source article [A])",
            ClaimKind.predicted("same plasma OT acts on the uterus module; nothing fitted to uterine activity in feeds"),
            seed -> c.involution(),
            OxytocinClaims.removal("OXT-8", "myometrial OXTR (plasma OT's action on the uterus): oxtr_fold = 0", scaling,
                Map.of("oxtr_fold", 0.0))),
        new Claim("OXT-9", "After an epidural in labor, OT during breastfeeding is lower over the first two days.",
            "Jonas et al. 2009 [L]", ClaimKind.calibrated("threshold x0.97 set after seeing x0.955 (the brief gives only a direction);"
                + " the effect follows from the epidural drug in the newborn weakening suckling, strength assumed"),
            seed -> c.epiduralBreastfeeding(),
            OxytocinClaims.removal("OXT-9", "the epidural's effects: on the newborn's suckling (epidural_infant_effect = 0) and on "
                + "the spinal afferents (epidural_block = 0)", scaling, Map.of("epidural_infant_effect", 0.0, "epidural_block", 0.0))),
        new Claim("OXT-10", "About three days postpartum, without breastfeeding, OT falls to its floor (the 'dip'); "
            + "breastfeeding keeps it up.", "Uvnäs-Moberg et al. 2019 (source article [A])",
            ClaimKind.calibrated("placental_factor_half_life set so that the fall ends on about day 3 (the brief's 'dip'); that "
                + "breastfeeding keeps OT up is predicted from the suckling reflex"), seed -> c.thirdDay(),
            OxytocinClaims.removal("OXT-10", "suckling-driven release, which keeps OT up: w_suckling = 0", scaling,
                Map.of("w_suckling", 0.0))),
        new Claim("OXT-11", "Massage raises OT and endorphins and lowers ACTH and cortisol versus rest.", "Morhenn et al. 2012 [L]",
            ClaimKind.predicted("touch afferents and OT damping of CRH assumed, no massage data fitted"), seed -> c.massage(),
            OxytocinClaims.removal("OXT-11", "touch afferents to the PVN and to endorphin release: w_touch = endorphin_per_touch = 0",
                scaling, Map.of("w_touch", 0.0, "endorphin_per_touch", 0.0))),
        new Claim("OXT-12", "Touch raises the pain threshold (gate control): the same noxious input gives a smaller pain "
            + "signal during massage.", "Melzack & Wall 1965; source article [A]",
            ClaimKind.structural("pain_signal = noxious / (1 + gate_per_touch * touch) / (...): touch divides the pain signal by "
                + "the term's form; the gate strength is assumed"), seed -> c.painGate(),
            OxytocinClaims.removal("OXT-12", "the spinal gate: gate_per_touch = 0", scaling, Map.of("gate_per_touch", 0.0))),
        new Claim("OXT-13", "OT lowers stress: cortisol and anxiety fall, and blood pressure may fall, after OT release.",
            "Uvnäs-Moberg et al. 2019 (source article [A])",
            ClaimKind.structural("ot_hpa_factor = 1 / (1 + ot_hpa_damping * central_ot_fold) multiplies both the HPA drive and the "
                + "anxiety rise, so raising central OT lowers cortisol and anxiety by the term's form; strength assumed"),
            seed -> c.otLowersStress(),
            OxytocinClaims.removal("OXT-13", "OT's damping of CRH neurons and anxiety: ot_hpa_damping = 0", scaling,
                Map.of("ot_hpa_damping", 0.0))),
        new Claim("OXT-14", "Infant cues raise OT minutes before suckling starts.", "McNeilly et al. 1983 [L]",
            ClaimKind.calibrated("threshold x1.1 set after seeing x1.20 (the brief gives only a direction); cue weight assumed"
                + " below the burst threshold, no timing fitted"), seed -> c.cues(),
            OxytocinClaims.removal("OXT-14", "the infant-cue afferent to the PVN: w_cues = 0", scaling, Map.of("w_cues", 0.0))));
  }

  private ClaimOutcome milkEjection() {
    SimulationResult r = ScenarioRun.scenario(FEED, Map.of(), scaling);
    SimulationResult rest = ScenarioRun.scenario("rest-15min", Map.of(), scaling);
    double[] bursts = Traces.eventTimes(r, "pvn_burst");
    double[] ejections = Traces.eventTimes(r, "milk_ejection");
    List<Double> latencies = new ArrayList<>();
    for (double b : bursts) {
      Arrays.stream(ejections).filter(e -> e >= b && e < b + 1).findFirst().ifPresent(e -> latencies.add((e - b) * 60));
    }
    double[] intervals = new double[Math.max(0, bursts.length - 1)];
    for (int i = 1; i < bursts.length; i++) {
      intervals[i - 1] = bursts[i] - bursts[i - 1];
    }
    double meanLatency = latencies.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    double meanInterval = Arrays.stream(intervals).average().orElse(Double.NaN);
    long before = Arrays.stream(bursts).filter(t -> t < 15).count();
    int restBursts = Traces.eventTimes(rest, "pvn_burst").length;
    boolean pass = bursts.length >= 2 && latencies.size() == bursts.length && meanInterval >= 2 && meanInterval <= 6
        && meanLatency >= 12 && meanLatency <= 23 && before == 0 && restBursts == 0;
    return new ClaimOutcome(pass, bursts.length + " bursts in a 15-min feed, mean interval " + f(meanInterval)
        + " min; ejection latencies " + latencies.stream().map(Traces::f).toList() + " s (mean " + f(meanLatency)
        + "); bursts without suckling: " + before + " (cues only), " + restBursts + " (90 min rest)",
        "interval 2-6 min; mean latency 15-20 s (tolerance 12-23 s: rat data, 1-s output grid); no bursts without suckling",
        List.of(Traces.timeCourse("A feed on day 2: OT bursts and milk ejection", "plasma OT (uU/mL); myoepithelial activation (x10)",
                List.of(Traces.line("plasma OT (uU/mL)", r, "OT_plasma"),
                    Traces.scaled("myoepithelial activation (x10)", r, "myoepithelial_activation", 10)),
                new Figure.Band("suckling OT peaks 5-23 uU/mL (Johnston & Amico 1986)", 5, 23)),
            Traces.bars("Milk ejection latency after each burst", "latency (s)",
                java.util.stream.IntStream.rangeClosed(1, latencies.size()).mapToObj(i -> "burst " + i).toList(),
                latencies.stream().mapToDouble(Double::doubleValue).toArray(), new Figure.Band("15-20 s (Wakerley & Lincoln 1973)", 15, 20))));
  }

  private ClaimOutcome involution() {
    SimulationResult r = ScenarioRun.scenario(FEED, Map.of(), scaling);
    double before = Traces.mean(r, "uterine_activation", 0, 10);
    double during = Traces.mean(r, "uterine_activation", 20, 35);
    double ratio = during / before;
    return new ClaimOutcome(ratio > 1.5, "uterine activation " + f(before) + " before -> " + f(during) + " during/after the feed (x"
        + f(ratio) + ")", "> x1.5",
        List.of(Traces.timeCourse("Uterine activation during a feed on day 2 (suckling 15-30 min)", "uterine activation (fraction of maximum)",
            List.of(Traces.line("uterine activation", r, "uterine_activation")), new Figure.Band("expected: > 1.5x pre-feed", 1.5 * before, 1))));
  }

  private static final String LABOR_AND_FEEDS = """
      name: labor-and-feeds
      model: oxytocin
      time: {start: 0, end: 3720, points: 7441}
      interventions:
        - {set: {suckling: 1, infant_cues: 1}, at: 900, every: 180}
        - {set: {suckling: 0, infant_cues: 0}, at: 920, every: 180}
      solver: {method: auto, rtol: 1.0e-6, atol: 1.0e-9}
      """;

  private ClaimOutcome epiduralBreastfeeding() {
    SimulationResult none = ScenarioRun.run("labor-and-feeds", LABOR_AND_FEEDS, Map.of(), scaling);
    SimulationResult epi = ScenarioRun.run("labor-and-feeds", LABOR_AND_FEEDS, Map.of("epidural", 1.0), scaling);
    double[] a = feedMeans(none);
    double[] b = feedMeans(epi);
    double ratio = Arrays.stream(b).sum() / Arrays.stream(a).sum();
    return new ClaimOutcome(ratio < 0.97, "mean OT during feeds, days 1-2: " + f(Arrays.stream(a).average().orElseThrow())
        + " without vs " + f(Arrays.stream(b).average().orElseThrow()) + " uU/mL with epidural (x" + f(ratio) + ")",
        "lower: < x0.97 (the brief gives a direction only; this threshold was set after seeing x0.955)",
        List.of(Traces.timeCourse("Plasma OT over labor and two days of feeds", "plasma OT (uU/mL)",
            List.of(Traces.line("no epidural", none, "OT_plasma"), Traces.line("epidural", epi, "OT_plasma")),
            new Figure.Band("suckling OT peaks 5-23 uU/mL (Johnston & Amico 1986)", 5, 23)),
            Traces.bars("Mean OT during feeds (days 1-2)", "ratio epidural / none (1)", List.of("epidural / none"), new double[] {ratio},
                new Figure.Band("expected: lower (< 0.97)", 0, 0.97))));
  }

  private static double[] feedMeans(SimulationResult r) {
    List<Double> means = new ArrayList<>();
    for (double t = 900; t + 20 <= 3720; t += 180) {
      means.add(Traces.mean(r, "OT_plasma", t, t + 20));
    }
    return means.stream().mapToDouble(Double::doubleValue).toArray();
  }

  private ClaimOutcome thirdDay() {
    SimulationResult bf = ScenarioRun.scenario("postpartum-week-breastfeeding", Map.of(), scaling);
    SimulationResult no = ScenarioRun.scenario("postpartum-week-no-breastfeeding", Map.of(), scaling);
    double[] daysNo = daily(no);
    double[] daysBf = daily(bf);
    double fall = daysNo[0] - daysNo[6];
    int dayDone = 0;
    while (dayDone < 7 && daysNo[dayDone] - daysNo[6] > 0.15 * fall) {
      dayDone++;
    }
    double ratioDay3 = daysBf[2] / daysNo[2];
    double ratioDay7 = daysBf[6] / daysNo[6];
    boolean pass = dayDone + 1 >= 2 && dayDone + 1 <= 4 && ratioDay3 >= 1.3 && ratioDay7 >= 1.3;
    double[] x = {1, 2, 3, 4, 5, 6, 7};
    return new ClaimOutcome(pass, "without breastfeeding, 85 % of the postpartum fall done on day " + (dayDone + 1)
        + " (daily means " + Arrays.stream(daysNo).mapToObj(Traces::f).toList() + " uU/mL); breastfeeding/none: day 3 x"
        + f(ratioDay3) + ", day 7 x" + f(ratioDay7), "floor reached on day 3 +- 1; breastfeeding >= x1.3 on days 3 and 7",
        List.of(new Figure.TimeCourse("Daily mean plasma OT after birth", "day postpartum", "daily mean plasma OT (uU/mL)",
            List.of(Figure.Series.line("breastfeeding", x, daysBf), Figure.Series.line("no breastfeeding", x, daysNo)),
            java.util.Optional.of(Figure.Band.onX("floor (85 % of the fall) expected on day 3 +- 1", 2, 4)))));
  }

  private static double[] daily(SimulationResult r) {
    double[] d = new double[7];
    for (int day = 0; day < 7; day++) {
      d[day] = Traces.mean(r, "OT_plasma", day * 1440, (day + 1) * 1440);
    }
    return d;
  }

  private ClaimOutcome massage() {
    SimulationResult m = ScenarioRun.scenario("massage-15min", Map.of(), scaling);
    SimulationResult rest = ScenarioRun.scenario("rest-15min", Map.of(), scaling);
    double ot = Traces.mean(m, "OT_plasma", 15, 30) / Traces.mean(rest, "OT_plasma", 15, 30);
    double end = Traces.mean(m, "endorphin", 15, 30) / Traces.mean(rest, "endorphin", 15, 30);
    double acth = Traces.at(m, "ACTH", 45) / Traces.at(rest, "ACTH", 45);
    double cort = Traces.at(m, "cortisol", 60) / Traces.at(rest, "cortisol", 60);
    boolean pass = ot > 1.1 && end > 1.1 && acth < 0.97 && cort < 0.99;
    return new ClaimOutcome(pass, "massage/rest: OT x" + f(ot) + ", endorphin x" + f(end) + ", ACTH (45 min) x" + f(acth)
        + ", cortisol (60 min) x" + f(cort), "OT and endorphin > x1.1; ACTH < x0.97; cortisol < x0.99",
        List.of(Traces.timeCourse("15 min of massage (15-30 min) vs rest", "relative to rest (1); plasma OT (uU/mL)",
                List.of(Traces.line("OT, massage (uU/mL)", m, "OT_plasma"), Traces.line("OT, rest (uU/mL)", rest, "OT_plasma"),
                    Traces.line("ACTH, massage (rel.)", m, "ACTH"), Traces.line("ACTH, rest (rel.)", rest, "ACTH")),
                new Figure.Band("basal OT 0.7-1.1 uU/mL (Johnston & Amico 1986)", 0.7, 1.1)),
            Traces.bars("Massage over rest", "ratio massage / rest (1)", List.of("OT", "endorphin", "ACTH", "cortisol"),
                new double[] {ot, end, acth, cort}, new Figure.Band("no change", 1, 1))));
  }

  private ClaimOutcome painGate() {
    SimulationResult touch = ScenarioRun.scenario("noxious-with-touch", Map.of(), scaling);
    SimulationResult none = ScenarioRun.scenario("noxious-without-touch", Map.of(), scaling);
    double withTouch = Traces.max(touch, "pain_signal", 10, 15);
    double without = Traces.max(none, "pain_signal", 10, 15);
    double ratio = withTouch / without;
    return new ClaimOutcome(ratio < 0.8, "peak pain signal " + f(without) + " without vs " + f(withTouch) + " with touch (x"
        + f(ratio) + ")", "< x0.8 (touch gates pain)",
        List.of(Traces.timeCourse("The same noxious input (10-15 min) with and without touch", "spinal pain signal (relative)",
            List.of(Traces.line("without touch", none, "pain_signal"), Traces.line("with touch (5-20 min)", touch, "pain_signal")),
            new Figure.Band("expected with touch: < 0.8x", 0, 0.8 * without))));
  }

  private static final String STRESS = """
      name: stress-with-and-without-oxytocin
      model: oxytocin
      parameters: {born: 1, dilation: 10, placenta_in: 0, placental_factor: 0, OT_plasma: 0.9, OT_myometrium: 0.9, stress: 1}
      time: {start: 0, end: 150, points: 301}
      solver: {method: auto, rtol: 1.0e-6, atol: 1.0e-9}
      """;

  private ClaimOutcome otLowersStress() {
    SimulationResult control = ScenarioRun.run("stress", STRESS, Map.of(), scaling);
    SimulationResult ot = ScenarioRun.run("stress-ot", STRESS.replace("time:", "interventions:\n  - {set: {OT_central: 60}, at: 30}\ntime:"), Map.of(), scaling);
    double cort = Traces.at(ot, "cortisol", 120) / Traces.at(control, "cortisol", 120);
    double anx = Traces.at(ot, "anxiety", 60) / Traces.at(control, "anxiety", 60);
    double map = Traces.at(ot, "mean_arterial_pressure", 45) / Traces.at(control, "mean_arterial_pressure", 45);
    boolean pass = cort < 0.97 && anx < 0.95 && map <= 1;
    return new ClaimOutcome(pass, "central OT release at 30 min under stress: cortisol (120 min) x" + f(cort) + ", anxiety (60 min) x"
        + f(anx) + ", mean arterial pressure (45 min) x" + f(map), "cortisol < x0.97, anxiety < x0.95, pressure <= x1",
        List.of(Traces.timeCourse("Stress with and without central OT release at 30 min", "relative to rest (1)",
                List.of(Traces.line("cortisol, no OT", control, "cortisol"), Traces.line("cortisol, OT", ot, "cortisol"),
                    Traces.line("anxiety, no OT", control, "anxiety"), Traces.line("anxiety, OT", ot, "anxiety")),
                new Figure.Band("expected at 120 min: cortisol with OT < 0.97 x without", 0.97 * Traces.at(control, "cortisol", 120),
                    0.97 * Traces.at(control, "cortisol", 120))),
            Traces.bars("OT over no OT", "ratio (1)", List.of("cortisol", "anxiety", "blood pressure"), new double[] {cort, anx, map},
                new Figure.Band("no change", 1, 1))));
  }

  private ClaimOutcome cues() {
    SimulationResult r = ScenarioRun.scenario(FEED, Map.of(), scaling);
    double baseline = Traces.mean(r, "OT_plasma", 5, 10);
    double beforeSuckling = Traces.mean(r, "OT_plasma", 12, 15);
    double ratio = beforeSuckling / baseline;
    long bursts = Arrays.stream(Traces.eventTimes(r, "pvn_burst")).filter(t -> t < 15).count();
    return new ClaimOutcome(ratio > 1.1 && bursts == 0, "OT " + f(baseline) + " before cues -> " + f(beforeSuckling)
        + " uU/mL in the 3 min before suckling (x" + f(ratio) + "), tonic (" + bursts + " bursts)", "> x1.1 before suckling starts (the brief gives a rise only; this threshold was set after seeing x1.20)",
        List.of(Traces.timeCourse("Infant cues from 10 min, suckling from 15 min (day 2)", "plasma OT (uU/mL)",
            List.of(Traces.line("plasma OT", r, "OT_plasma")), new Figure.Band("expected before suckling: > 1.1x baseline", 1.1 * baseline,
                Math.max(beforeSuckling, 1.1 * baseline)))));
  }
}
