/**
 * The oxytocin system (../shared/domain/BRIEF.md §2), built from modules that each take their
 * inputs as expressions and so can be built alone:
 *
 * <ul>
 *   <li>{@link org.limbic.models.oxytocin.PvnRelease}: PVN/SON release. State: {@code pvn_excitability}
 *       and {@code OT_central} (the two variables of the reduced Rossoni 2008 burst generator; a burst
 *       is an event), {@code OT_pituitary_pool} (a burst's OT on its way to
 *       blood, ~6 s), {@code OT_plasma} (species, µU/mL, Vd 18.7 L), {@code placental_factor}
 *       (oxytocinase and pregnancy secretion, fading after the placenta), {@code infant_drug}.</li>
 *   <li>{@link org.limbic.models.oxytocin.Uterus}: Gefferie 2018 lumped labor with OXTR density.
 *       State: {@code OT_myometrium}, {@code dilation}, {@code born}, {@code placenta_in},
 *       {@code placental_separation}, {@code wound}, {@code distension}, {@code blood_loss}
 *       (bleeding through the placental-bed vessels the contracted myometrium leaves open);
 *       events {@code birth} (10 cm) and {@code placenta_delivery}.</li>
 *   <li>{@link org.limbic.models.oxytocin.Breast}: milk ejection. State: {@code OT_mammary},
 *       {@code OT_mammary_adapted}, {@code myoepithelial_activation}; event {@code milk_ejection}.</li>
 *   <li>{@link org.limbic.models.oxytocin.StressCalmPain}: {@code adrenaline}, {@code endorphin},
 *       {@code anxiety} and the shared {@link org.limbic.models.hpa.HpaAxis} ({@code CRH},
 *       {@code ACTH}, {@code cortisol}); gate-control {@code pain_signal}.</li>
 * </ul>
 *
 * <p>Time unit: minutes. Time scales are scenarios on the same model (resources beside this package):
 * labor and birth over hours, a feed over minutes at 1-s output, the postpartum week as one 10,080-min
 * run with feeds as scheduled interventions. Inputs ({@code suckling}, {@code infant_cues},
 * {@code touch}, {@code breast_massage}, {@code epidural}, {@code stress}, {@code noxious}) are parameters that scenarios set.
 *
 * <p>Claims: {@link org.limbic.models.oxytocin.LaborClaims} (OXT-1 … 5),
 * {@link org.limbic.models.oxytocin.HemorrhageClaim} (OXT-6: postpartum haemorrhage 30/17/10 % in a
 * virtual cohort of 1000 mothers per arm, {@link org.limbic.models.oxytocin.PostpartumCohort}; the
 * {@code first-hours-*} scenarios are its three arms for one typical mother) and
 * {@link org.limbic.models.oxytocin.CareClaims} (OXT-7 … 14). Each claim says whether a parameter
 * was fitted to its number ({@code calibrated}, naming it) or not ({@code predicted}).
 *
 * <p><b>Robustness.</b> {@link org.limbic.models.oxytocin.Robustness} sets every {@code assumed}
 * parameter to 80 % and 120 % of its value, one at a time, and re-runs every claim. The last run's
 * table, with the reason for each failure, is {@code robustness.md} beside the scenario files
 * (limbic-models/src/main/resources/org/limbic/models/oxytocin/): OXT-6's absolute rates, OXT-2's
 * check (labor beyond the scenario) and OXT-11's thin cortisol margin fail under some variants; the
 * other claims hold under all 94. To re-run it (919 s with 3 threads on a shared 2-core machine; it
 * writes {@code limbic-models/target/oxytocin-robustness.md}):
 * <pre>
 * mvn -B -o -pl limbic-models -am verify -Dlimbic.robustness=true \
 *     -Dtest=OxytocinRobustnessTest -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 * The ordinary test suite checks that the committed table covers exactly the current assumed parameters.
 */
package org.limbic.models.oxytocin;
