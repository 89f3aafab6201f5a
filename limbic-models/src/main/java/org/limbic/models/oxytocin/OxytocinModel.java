package org.limbic.models.oxytocin;

import java.util.List;
import java.util.Map;
import org.limbic.experiment.claims.Claim;
import org.limbic.experiment.library.BuiltInModel;
import org.limbic.model.Model;
import org.limbic.model.ModelBuilder;

/**
 * The oxytocin system: release (PVN/SON, plasma and central), uterus (labor, birth, placenta,
 * postpartum tone and bleeding), breast (milk ejection) and stress/calm/pain (adrenaline, the shared
 * HPA module, anxiety, gate-control pain), composed from the modules of this package. Each module
 * takes its inputs as expressions, so it can be built alone with constant inputs.
 *
 * <p>Time unit: minutes throughout. Time scales are handled by scenarios on the same model: labor
 * and birth in minutes (hours of simulated time), feeds in minutes, the postpartum week as a run of
 * 10,080 min whose feeds are scheduled interventions; the default initial state is the onset of
 * active labor at term (3 cm, placenta in utero). Postpartum scenarios start from birth by setting
 * {@code born}, {@code dilation}, {@code placenta_in} and {@code placental_factor}.
 */
public final class OxytocinModel implements BuiltInModel {

  @Override
  public String id() {
    return "oxytocin";
  }

  @Override
  public String title() {
    return "Oxytocin: release, labor and birth, milk ejection, stress, calm and pain (mechanistic, cited)";
  }

  @Override
  public Model model() {
    ModelBuilder b = Model.builder("oxytocin").name("The oxytocin system").timeUnit("min");
    PvnRelease.addTo(b, "cervical_stretch", "distension", "adrenaline", "placenta_in");
    Uterus.addTo(b, "OT_plasma", "adrenaline");
    Breast.addTo(b, "OT_plasma");
    StressCalmPain.addTo(b, "OT_central", "central_basal", "touch");
    // the newborn receives the epidural drugs at birth (see PvnRelease)
    b.event("newborn_drug_exposure").trigger("born > 0.5").initialValue(false).assign("infant_drug", "epidural").add();
    return b.build();
  }

  @Override
  public Map<String, String> scenarios() {
    return OxytocinScenarios.all();
  }

  @Override
  public List<Claim> claims() {
    return OxytocinClaims.all();
  }

  @Override
  public java.util.Optional<List<Claim>> claims(org.limbic.experiment.run.ParameterScaling scaling) {
    return java.util.Optional.of(OxytocinClaims.all(scaling));
  }
}
