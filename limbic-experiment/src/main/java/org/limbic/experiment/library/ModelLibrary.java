package org.limbic.experiment.library;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import org.limbic.experiment.claims.ClaimRunner;
import org.limbic.model.ModelException;
import org.limbic.model.Suggestions;

/** The built-in models on the class path, by id. */
public final class ModelLibrary {

  private ModelLibrary() {
  }

  /** Every built-in model, sorted by id. */
  public static List<BuiltInModel> all() {
    List<BuiltInModel> models = new ArrayList<>();
    ServiceLoader.load(BuiltInModel.class).forEach(models::add);
    models.sort(Comparator.comparing(BuiltInModel::id));
    return models;
  }

  /** The built-in model with this id, if there is one. */
  public static Optional<BuiltInModel> find(String id) {
    return all().stream().filter(m -> m.id().equals(id)).findFirst();
  }

  /**
   * The built-in model with this id.
   *
   * @throws ModelException naming the closest id and how to list them
   */
  public static BuiltInModel get(String id) {
    List<BuiltInModel> models = all();
    return models.stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow(() -> new ModelException(id,
        "no built-in model of that name" + Suggestions.closest(id, models.stream().map(BuiltInModel::id).toList())
            + " (limbic models lists them: " + models.stream().map(BuiltInModel::id).toList() + ")"));
  }

  /** The claims of {@code models} to run, all of them or only {@code claimId} (see {@link ClaimRunner#select}). */
  public static List<ClaimRunner.Entry> claims(List<BuiltInModel> models, String claimId) {
    List<ClaimRunner.Entry> entries = new ArrayList<>();
    for (BuiltInModel m : models) {
      entries.addAll(ClaimRunner.select(m.id(), m.claims(), claimId));
    }
    return entries;
  }

  /** The claims that {@link ClaimProvider}s on the class path add to model {@code modelId}, in provider class order. */
  public static List<org.limbic.experiment.claims.Claim> providedClaims(String modelId) {
    return ServiceLoader.load(ClaimProvider.class).stream().map(ServiceLoader.Provider::get)
        .filter(p -> p.modelId().equals(modelId))
        .sorted(Comparator.comparing(p -> p.getClass().getName()))
        .flatMap(p -> p.claims().stream()).toList();
  }
}
