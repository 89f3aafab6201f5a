package org.limbic.experiment.launch;

import java.util.ServiceLoader;
import org.limbic.experiment.run.UnitEngine;

/**
 * A distributed engine for {@code --engine NAME} (limbic-spark's is "spark"), found with
 * {@link ServiceLoader} on the class path: the command line does not depend on it, so its jar and
 * the engine's libraries are only on the class path of a launcher that asks for them (docs/spark.md).
 */
public interface DistributedEngine {

  /** The name {@code --engine} takes. */
  String name();

  /**
   * Connects to {@code master} (null: the engine's default, on this machine) and returns the engine
   * that computes {@code work}'s units; closing it disconnects.
   */
  UnitEngine open(UnitWork work, String master);

  /**
   * The engine named {@code name} on the class path.
   *
   * @throws IllegalArgumentException if none is, with what to do
   */
  static DistributedEngine named(String name) {
    for (DistributedEngine engine : ServiceLoader.load(DistributedEngine.class)) {
      if (engine.name().equals(name)) {
        return engine;
      }
    }
    throw new IllegalArgumentException("engine '" + name + "' is not on this class path: run it through the 'limbic' launcher,"
        + " which adds limbic-spark for --engine spark (docs/spark.md), or put limbic-spark's jars on the class path");
  }
}
