package org.limbic.experiment.file;

import java.util.List;
import org.limbic.experiment.spec.SolverSpec;
import org.limbic.model.Suggestions;
import org.limbic.simulation.Engines;

/** The {@code solver} key: integrator or stochastic method, and tolerances. */
final class SolverReader {

  private SolverReader() {
  }

  /** Every method name a file may give: the deterministic integrators, then the stochastic methods. */
  static List<String> methods() {
    return Engines.methods();
  }

  static SolverSpec read(YamlNode node) {
    Section solver = Section.of(node, "solver", "{method: auto, rtol: 1e-6, atol: 1e-10}",
        List.of("method", "rtol", "atol"));
    SolverSpec d = SolverSpec.DEFAULTS;
    String method = solver.string("method", d.method());
    if (!methods().contains(method)) {
      throw new ExperimentFileException(solver.get("method").orElseThrow().location(), "unknown solver method '"
          + method + "'" + Suggestions.closest(method, methods()) + " (known: " + String.join(", ", methods()) + ")");
    }
    double rtol = solver.number("rtol", d.relativeTolerance());
    if (!(rtol > 0 && rtol < 1)) {
      throw new ExperimentFileException(solver.get("rtol").orElseThrow().location(),
          "rtol must be between 0 and 1 (exclusive), not " + rtol + "; 1e-6 is a good start");
    }
    double atol = solver.number("atol", d.absoluteTolerance());
    if (!(atol > 0)) {
      throw new ExperimentFileException(solver.get("atol").orElseThrow().location(),
          "atol must be greater than 0, not " + atol + "; use about 1e-4 of the smallest amount that matters");
    }
    return new SolverSpec(method, rtol, atol);
  }
}
