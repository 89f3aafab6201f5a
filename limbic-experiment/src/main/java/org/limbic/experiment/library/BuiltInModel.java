package org.limbic.experiment.library;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.limbic.experiment.claims.Claim;
import org.limbic.experiment.run.ParameterScaling;
import org.limbic.model.Model;

/**
 * A model shipped with Limbic: its equations (with parameters' units and sources), the scenarios
 * (experiment files) that go with it and the published findings it is checked against. Found at
 * run time through {@link java.util.ServiceLoader}, so the model modules depend on this one and
 * not the other way round.
 */
public interface BuiltInModel {

  /** The id used in experiment files and on the command line, e.g. "oxytocin". */
  String id();

  /** One line for {@code limbic models}. */
  String title();

  Model model();

  /**
   * True when {@link #model()} holds only the parameters of agents that run in code, so an experiment
   * file naming it runs its {@link #assays()}, never the (empty) equations.
   */
  default boolean agentBased() {
    return false;
  }

  /** Scenario name → experiment file text (YAML), e.g. "spontaneous-labor". */
  default Map<String, String> scenarios() {
    return Map.of();
  }

  /** The virtual studies an experiment file can run ({@code assays:}); agent-based models only. */
  default List<Assay> assays() {
    return List.of();
  }

  default List<Claim> claims() {
    return List.of();
  }

  /**
   * The claims with every run under {@code scaling} (the parameter-uncertainty analysis,
   * {@link org.limbic.experiment.claims.ClaimUncertainty}), where the model's claims take one;
   * empty where they cannot.
   */
  default Optional<List<Claim>> claims(ParameterScaling scaling) {
    return Optional.empty();
  }
}
