/**
 * The oxytocin system (../shared/domain/BRIEF.md §2), built from modules that each take their
 * inputs as expressions and so can be built alone:
 *
 * <ul>
 *   <li>{@link org.limbic.models.oxytocin.PvnRelease}: PVN/SON release. State: {@code pvn_excitability}
 *       and {@code OT_central} (the two variables of the reduced Rossoni 2008 burst generator; a burst
 *       is an event), {@code OT_plasma} (species, µU/mL, Vd 18.7 L), {@code placental_factor}
 *       (oxytocinase and pregnancy secretion, fading after the placenta), {@code infant_drug}.</li>
 *   <li>{@link org.limbic.models.oxytocin.Uterus}: Gefferie 2018 lumped labor with OXTR density.
 *       State: {@code OT_myometrium}, {@code dilation}, {@code born}, {@code placenta_in},
 *       {@code placental_separation}, {@code wound}, {@code distension}, {@code blood_loss};
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
 * {@code touch}, {@code epidural}, {@code stress}, {@code noxious}) are parameters that scenarios set.
 *
 * <p>Claims: {@link org.limbic.models.oxytocin.LaborClaims} (OXT-1 … 5) and
 * {@link org.limbic.models.oxytocin.CareClaims} (OXT-7 … 14). OXT-6 (postpartum haemorrhage
 * 30/17/10 %) is not claimed: the model predicts a much smaller effect of skin-to-skin contact and
 * early suckling on blood loss (a few per cent) than the Saxton et al. 2015 cohort shows.
 */
package org.limbic.models.oxytocin;
