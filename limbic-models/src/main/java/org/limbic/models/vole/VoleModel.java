package org.limbic.models.vole;

import java.util.List;
import org.limbic.experiment.claims.Claim;
import org.limbic.experiment.library.BuiltInModel;
import org.limbic.model.Model;
import org.limbic.model.ModelBuilder;

/**
 * Prairie-vole peer selectivity (agent-based). Its {@link #model()} is parameters only, so that
 * {@code limbic models vole} lists them with units and sources; the dynamics are the agents of this
 * package, run by the claims and by experiment files' {@code assays} ({@link VoleAssays}).
 */
public final class VoleModel implements BuiltInModel {

  @Override
  public String id() {
    return "vole";
  }

  @Override
  public String title() {
    return "Prairie voles: OXTR and selective peer bonds (agent-based; Black et al. 2025)";
  }

  @Override
  public Model model() {
    ModelBuilder b = Model.builder("vole").name("Prairie-vole peer bonds: agent parameters (the agents run in the claims)");
    VoleParameters.all().forEach(b::parameter);
    return b.build();
  }

  @Override
  public boolean agentBased() {
    return true;
  }

  @Override
  public List<org.limbic.experiment.library.Assay> assays() {
    return VoleAssays.all();
  }

  @Override
  public List<Claim> claims() {
    return VoleClaims.all();
  }
}
