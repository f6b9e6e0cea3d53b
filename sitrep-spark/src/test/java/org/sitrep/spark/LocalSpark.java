package org.sitrep.spark;

import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;

/** One local[2] session for every test class of the module's one test JVM, as the core shares its CoreNLP. */
final class LocalSpark {

    private static SparkSession session;

    private LocalSpark() {}

    static synchronized SparkSession session() {
        if (session == null) {
            session = SparkSession.builder().master("local[2]").appName("sitrep-test")
                    .config("spark.ui.enabled", "false")
                    .config("spark.sql.shuffle.partitions", "4")
                    .getOrCreate();
            session.sparkContext().setLogLevel("ERROR");
        }
        return session;
    }

    static Path shared() {
        return Path.of(System.getProperty("sitrep.shared", "../../shared"));
    }
}
