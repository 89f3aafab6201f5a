/**
 * Prairie-vole peer bonds as an agent-based model (../shared/domain/BRIEF.md §1; Black et al. 2025,
 * Curr Biol 35:4178). Each {@link org.limbic.models.vole.Vole} learns a social value per partner
 * from oxytocin-gated reward-prediction errors while huddling; its choices (explore, approach,
 * huddle, avoid, attack) follow from those values. The genotype only sets the OXTR density of an
 * animal ({@link org.limbic.models.vole.Traits#draw}); every phenotype of the knockout emerges from
 * that one number through {@link org.limbic.models.vole.NaccOxytocin} and
 * {@link org.limbic.models.vole.SocialLearning}. The assays (partner preference test, group
 * habitat, operant task, stranger encounter, slice imaging, mate pairing) each have a class; the
 * claims VOLE-1 … VOLE-9 are in {@link org.limbic.models.vole.VoleClaims}. Parameters with units
 * and sources: {@link org.limbic.models.vole.VoleParameters} ({@code limbic models vole}).
 * Power over 200 seeds: {@code limbic check --model vole --seeds 200 --threads 2}, or the opt-in
 * VolePowerTest ({@code -Dlimbic.power=true}; about two minutes, so not in the default suite).
 */
package org.limbic.models.vole;
