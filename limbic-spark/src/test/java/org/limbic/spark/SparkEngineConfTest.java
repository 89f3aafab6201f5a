package org.limbic.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.spark.SparkConf;
import org.junit.jupiter.api.Test;

/** What the driver tells a cluster's executors (bench/spark-cluster.sh runs them; this pins the settings). */
class SparkEngineConfTest {

  @Test
  void aLoopbackClusterGetsTheDriversClassPathAndALoopbackDriver() {
    SparkConf conf = SparkEngine.conf("spark://127.0.0.1:7077");
    assertThat(conf.get("spark.driver.host")).isEqualTo("127.0.0.1");
    assertThat(conf.get("spark.executor.extraClassPath")).isEqualTo(System.getProperty("java.class.path"));
  }

  @Test
  void anEmbeddedMasterNeedsNoExecutorClassPath() {
    assertThat(SparkEngine.conf("local[2]").contains("spark.executor.extraClassPath")).isFalse();
  }

  @Test
  void aUsersOwnExecutorClassPathIsKept() {
    System.setProperty("spark.executor.extraClassPath", "/opt/limbic/lib/*");
    try {
      assertThat(SparkEngine.conf("spark://cluster:7077").get("spark.executor.extraClassPath")).isEqualTo("/opt/limbic/lib/*");
    } finally {
      System.clearProperty("spark.executor.extraClassPath");
    }
  }

  @Test
  void executorsGetOnlyTheJdkOptionsSparkNeeds() {
    assertThat(SparkEngine.executorJvmOptions(List.of("--add-opens=java.base/java.nio=ALL-UNNAMED", "-Xmx8g",
        "-Dio.netty.tryReflectionSetAccessible=true", "-agentlib:jdwp=transport=dt_socket")))
        .containsExactly("--add-opens=java.base/java.nio=ALL-UNNAMED", "-Dio.netty.tryReflectionSetAccessible=true");
  }
}
