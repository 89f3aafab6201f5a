package org.limbic.spark;

import java.lang.management.ManagementFactory;
import java.util.List;
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
   * its own), the driver on loopback when the master is local or on loopback (nothing listens beyond
   * this machine). On a cluster, the executors start with this JVM's class path before Spark's, in the
   * driver's order (limbic.jar's logging binding, which keeps Spark quiet, and its libraries come
   * first), so the same paths must hold Limbic on every worker (docs/spark.md), and with the JVM
   * options Spark needs on JDK 17+ that this JVM was started with; each only where the user did not
   * set it ({@code -Dspark.executor.extraClassPath=...}).
   */
  static SparkConf conf(String master) {
    SparkConf conf = new SparkConf().setMaster(master).setAppName("limbic")
        .set("spark.ui.enabled", "false")
        .set("spark.ui.showConsoleProgress", "false");
    if (master.startsWith("local") || master.contains("://127.0.0.1:") || master.contains("://localhost:")) {
      conf.set("spark.driver.host", "127.0.0.1").set("spark.driver.bindAddress", "127.0.0.1");
    }
    if (!master.startsWith("local[") && !master.equals("local")) {
      conf.setIfMissing("spark.executor.extraClassPath", System.getProperty("java.class.path"));
      conf.setIfMissing("spark.executor.extraJavaOptions", String.join(" ", executorJvmOptions(
          ManagementFactory.getRuntimeMXBean().getInputArguments())));
    }
    return conf;
  }

  /** Of this JVM's options, those an executor needs to run Spark and Limbic's tasks on JDK 17+. */
  static List<String> executorJvmOptions(List<String> jvmArguments) {
    return jvmArguments.stream().filter(a -> a.startsWith("--add-opens") || a.startsWith("--add-exports")
        || a.startsWith("--sun-misc-unsafe-memory-access") || a.startsWith("--enable-native-access")
        || a.startsWith("-Djdk.reflect.") || a.startsWith("-Dio.netty.") || a.startsWith("-Xss")).toList();
  }
}
