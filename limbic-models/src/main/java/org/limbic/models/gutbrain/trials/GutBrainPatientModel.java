package org.limbic.models.gutbrain.trials;

import org.limbic.experiment.trial.PatientModels;
import org.limbic.experiment.trial.VirtualPatientModel;
import org.limbic.models.gutbrain.GutBrainPatients;

/** Registers the gut–brain virtual patients under the id trial files use: {@code model: gutbrain}. */
public final class GutBrainPatientModel implements PatientModels.Entry {

  static final GutBrainPatients PATIENTS = new GutBrainPatients();

  @Override
  public String id() {
    return "gutbrain";
  }

  @Override
  public VirtualPatientModel model() {
    return PATIENTS;
  }
}
