package org.limbic.petab;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.limbic.math.Expr;

/**
 * The estimated parameters split by where they act: {@code inner} ones appear only in observable
 * and noise formulas (directly or as measurement overrides) and never in the model, a condition or
 * an initial value, so that changing them changes the llh but not a trajectory; {@code dynamic}
 * ones are all the others. Hierarchical optimization ({@link HierarchicalObjective}) optimizes the
 * inner ones on fixed trajectories for each point of the dynamic ones. Both lists keep the
 * parameter table's order.
 */
record ObservationParameters(List<String> inner, List<String> dynamic) {

  static ObservationParameters of(PetabProblem problem) {
    Set<String> observed = new HashSet<>();
    for (PetabObservable o : problem.observables().values()) {
      observed.addAll(Expr.symbols(o.formula()));
      observed.addAll(Expr.symbols(o.noise()));
    }
    for (PetabMeasurement m : problem.measurements()) {
      observed.addAll(m.observableParameters());
      observed.addAll(m.noiseParameters());
    }
    Set<String> inConditions = new HashSet<>();
    // initial values are condition columns in PEtab 1.0: a parameter a condition sets anything to reaches the dynamics
    problem.conditions().values().forEach(c -> inConditions.addAll(c.values().values()));
    List<String> inner = new ArrayList<>();
    List<String> dynamic = new ArrayList<>();
    for (PetabParameter p : problem.parameters().values()) {
      if (!p.estimate()) {
        continue;
      }
      boolean observationOnly = observed.contains(p.id()) && problem.model().element(p.id()).isEmpty()
          && !inConditions.contains(p.id());
      (observationOnly ? inner : dynamic).add(p.id());
    }
    return new ObservationParameters(List.copyOf(inner), List.copyOf(dynamic));
  }
}
