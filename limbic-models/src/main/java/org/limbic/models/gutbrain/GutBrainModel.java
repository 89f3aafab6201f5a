package org.limbic.models.gutbrain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.limbic.experiment.claims.Claim;
import org.limbic.experiment.library.BuiltInModel;
import org.limbic.experiment.library.ModelLibrary;
import org.limbic.model.Model;
import org.limbic.model.ModelBuilder;

/**
 * The gut–brain axis (../shared/domain/BRIEF.md §3): the Stein et al. 2013 gLV community (mouse,
 * clindamycin, C. difficile) and the mood-relevant extension ({@link MoodAxis}: guilds, diet,
 * probiotic, antibiotic, SCFA, barrier and cytokines, tryptophan, vagus, the shared Karin HPA axis,
 * latent depression and anxiety, SSRI). Time unit: days. Trials use the patient-level form of the
 * same equations ({@link GutBrainPatients}).
 */
public final class GutBrainModel implements BuiltInModel {

  /** Stein et al. 2013 mouse whose day-0 community is the default initial state: see {@link GutBrainClaims} (GUT-9). */
  static final int STEIN_MOUSE = 5;

  @Override
  public String id() {
    return "gutbrain";
  }

  @Override
  public String title() {
    return "Gut-brain axis: Stein 2013 gLV community, guilds, SCFA, barrier/immune, vagus, HPA, mood (days)";
  }

  @Override
  public Model model() {
    ModelBuilder b = Model.builder("gutbrain").name("The gut-brain axis").timeUnit("day").compartment("gut", 1.0);
    SteinCommunity.addTo(b, "gut", STEIN_MOUSE);
    MoodAxis.addTo(b);
    return b.build();
  }

  @Override
  public Map<String, String> scenarios() {
    return GutBrainScenarios.all();
  }

  @Override
  public List<Claim> claims() {
    List<Claim> all = new ArrayList<>(GutBrainClaims.all());
    all.addAll(ModelLibrary.providedClaims(id())); // the virtual-trial claims (gutbrain.trials)
    return List.copyOf(all);
  }
}
