package org.limbic.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.limbic.experiment.launch.DistributedEngine;
import org.limbic.experiment.launch.UnitWork;
import org.limbic.experiment.run.UnitEngine;

/**
 * {@code --engine spark}: starts a Spark context at the master given ({@code local[*]}, embedded in
 * this JVM, by default; {@code spark://HOST:PORT} for a standalone cluster) and computes the
 * experiment's units on its executors ({@link SparkUnits}). Found by the command line through
 * {@link java.util.ServiceLoader}; the writing stays on the driver, so a run writes the same tables
 * as the local runner and is recorded in the same catalog.
 */
public final class SparkEngine implements DistributedEngine {

  /** The master when none is given: every core of this machine, in this JVM. */
  public static final String DEFAULT_MASTER = "local[*]";

  private final int blocksPerTask;

  public SparkEngine() {
    this(0);
  }

  /** With tasks of {@code blocksPerTask} blocks of units (0: the default size): tests show the results do not depend on it. */
  SparkEngine(int blocksPerTask) {
    this.blocksPerTask = blocksPerTask;
  }

  @Override
  public String name() {
    return "spark";
  }

  @Override
  public UnitEngine open(UnitWork work, String master) {
    return new SparkUnits(new JavaSparkContext(conf(master == null ? DEFAULT_MASTER : master)), true, work, blocksPerTask);
  }

  /**
   * Spark's settings for a Limbic run: no web UI and no console progress bar (the command line shows
   * its own), the driver on loopback when the master is local (nothing listens beyond this machine).
   */
  static SparkConf conf(String master) {
    SparkConf conf = new SparkConf().setMaster(master).setAppName("limbic")
        .set("spark.ui.enabled", "false")
        .set("spark.ui.showConsoleProgress", "false");
    if (master.startsWith("local")) {
      conf.set("spark.driver.host", "127.0.0.1").set("spark.driver.bindAddress", "127.0.0.1");
    }
    return conf;
  }
}
