package org.limbic.experiment.trial;

import java.util.List;
import java.util.ServiceLoader;
import java.util.TreeSet;

/**
 * The virtual-patient models on the class path, by id, found through {@link ServiceLoader} (as
 * built-in models are), so trial files can name a model the experiment module does not depend on.
 */
public final class PatientModels {

  /** A virtual-patient model with the id trial files use, e.g. "gutbrain". */
  public interface Entry {
    String id();

    VirtualPatientModel model();
  }

  private PatientModels() {
  }

  public static List<Entry> all() {
    return ServiceLoader.load(Entry.class).stream().map(ServiceLoader.Provider::get).toList();
  }

  public static VirtualPatientModel get(String id) {
    List<Entry> all = all();
    return all.stream().filter(e -> e.id().equals(id)).findFirst().map(Entry::model)
        .orElseThrow(() -> new IllegalArgumentException("no virtual-patient model '" + id + "'; known: "
            + new TreeSet<>(all.stream().map(Entry::id).toList())));
  }
}
