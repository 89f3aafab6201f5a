package org.limbic.experiment.library;

import java.util.List;
import org.limbic.experiment.claims.Claim;

/**
 * Claims about a built-in model that live apart from the model, found through
 * {@link java.util.ServiceLoader}: a package that builds on a model (its virtual trials, say) adds
 * claims to it without the model's package depending on it.
 */
public interface ClaimProvider {

  /** The {@link BuiltInModel#id()} these claims are about. */
  String modelId();

  List<Claim> claims();
}
