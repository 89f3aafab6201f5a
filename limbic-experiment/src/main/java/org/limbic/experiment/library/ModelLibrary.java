package org.limbic.experiment.library;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;
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
}
