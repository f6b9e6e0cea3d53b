package org.sitrep.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SparkOnThisJdkTest {
  @Test
  void aLocalSessionWritesAndReadsParquet(@TempDir Path dir) {
    SparkSession spark = SparkSession.builder().master("local[2]").appName("smoke").getOrCreate();
    String out = dir.resolve("t").toString();
    spark.range(100).write().parquet(out);
    assertThat(spark.read().parquet(out).count()).isEqualTo(100);
  }
}
