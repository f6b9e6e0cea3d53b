package org.sitrep.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.sitrep.model.ClaimGroup;
import org.sitrep.store.Workspace;
import scala.Tuple2;

/**
 * sitrep's pipeline as a Spark job: ingest → clean → annotate → extract per document on the executors
 * ({@link ExecutorAnalysis}), claims grouped by block on the executors ({@link ClaimBlocks}), stories and entities
 * across reports on the driver ({@link DriverLinks}); Parquet tables out, and optionally the analyses into a
 * workspace. The same jar runs under {@code spark-submit} on a cluster and in {@code local[*]}.
 */
public final class SparkPipelineJob {

    /** The Parquet tables written under {@code --out}, one folder each. */
    static final List<String> TABLES = List.of("documents", "entities", "places", "claims", "claim_groups", "events",
            "stories", "skipped");

    private SparkPipelineJob() {}

    public static void main(String[] args) {
        if (Arrays.asList(args).contains("--help")) {
            System.out.println(JobOptions.USAGE);
            return;
        }
        JobOptions options;
        try {
            options = JobOptions.parse(Arrays.asList(args));
        } catch (IllegalArgumentException e) {
            System.err.println("sitrep-spark: " + e.getMessage());
            System.exit(2);
            return;
        }
        SparkSession.Builder builder = SparkSession.builder().appName("sitrep");
        if (options.master() != null) {
            builder.master(options.master());
        }
        SparkSession spark = builder.getOrCreate();
        try {
            spark.sparkContext().setLogLevel("WARN");
            JobReport report = run(spark, options);
            System.out.println("sitrep-spark: " + report.summary() + " → " + options.out());
            if (options.bench()) {
                System.out.println("bench: " + report.bench());
            }
        } catch (IllegalArgumentException e) {
            System.err.println("sitrep-spark: " + e.getMessage());
            spark.stop();
            System.exit(2);
        }
        spark.stop();
    }

    static JobReport run(SparkSession spark, JobOptions options) {
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        checkPaths(context, options);
        if (options.bench()) {
            // one task per core, so that every executor JVM has its models before the clock starts
            int cores = context.defaultParallelism();
            context.parallelize(IntStream.range(0, cores).boxed().toList(), cores)
                    .foreachPartition(task -> ExecutorAnalysis.warmUp());
        }
        long start = System.nanoTime();
        long cpuAtStart = processCpuNanos();
        int partitions = options.partitions() > 0 ? options.partitions() : 4 * context.defaultParallelism();
        ExecutorAnalysis.Timers timers = new ExecutorAnalysis.Timers(context.sc().longAccumulator("annotate-ns"),
                context.sc().longAccumulator("extract-ns"));
        // a WARC is one file but thousands of documents: its records are spread before the costly stages
        JavaRDD<AnalyzedDocument> analyzed = CorpusReader.read(context, options.input())
                .repartition(partitions)
                .mapPartitions(records -> ExecutorAnalysis.analyze(records, timers))
                .persist(StorageLevel.MEMORY_AND_DISK());
        JavaRDD<AnalyzedDocument> skipped = analyzed.filter(AnalyzedDocument::skipped);
        // the same article twice (same content hash) is one document, the first in input order
        JavaRDD<AnalyzedDocument> documents = analyzed.filter(row -> !row.skipped())
                .mapToPair(row -> new Tuple2<>(row.id(), row))
                .reduceByKey(AnalyzedDocument::first)
                .values()
                .persist(StorageLevel.MEMORY_AND_DISK());
        long documentCount = documents.count();
        long skippedCount = skipped.count();
        long analyzedAt = System.nanoTime();

        DriverLinks links = DriverLinks.of(documents);
        Broadcast<Map<String, String>> speakerNames = context.broadcast(links.speakerNames());
        Broadcast<TableRows.AcrossReports> acrossReports = context.broadcast(
                new TableRows.AcrossReports(links.acrossReports(), links.speakerNames()));
        JavaRDD<ClaimGroup> groups = ClaimBlocks.groups(documents, speakerNames).persist(StorageLevel.MEMORY_AND_DISK());
        long groupCount = groups.count();
        long linkedAt = System.nanoTime();

        write(spark, options.out(), documents, skipped, groups, links, acrossReports);
        if (options.loadWorkspace() != null) {
            load(documents, options.loadWorkspace());
        }
        long end = System.nanoTime();
        // a session that runs again (a test's, a notebook's) should not keep this run's cache
        groups.unpersist();
        documents.unpersist();
        analyzed.unpersist();
        double annotate = timers.annotate().value();
        double extract = timers.extract().value();
        return new JobReport(spark.sparkContext().master(), context.defaultParallelism(), documentCount, skippedCount,
                links.stories().size(), groupCount, seconds(analyzedAt - start),
                annotate + extract == 0 ? 0 : annotate / (annotate + extract), seconds(linkedAt - analyzedAt),
                seconds(end - linkedAt), seconds(end - start), seconds(processCpuNanos() - cpuAtStart));
    }

    private static void write(SparkSession spark, String out, JavaRDD<AnalyzedDocument> documents,
                              JavaRDD<AnalyzedDocument> skipped, JavaRDD<ClaimGroup> groups, DriverLinks links,
                              Broadcast<TableRows.AcrossReports> acrossReports) {
        JavaPairRDD<String, Row> rows = documents.flatMapToPair(row -> TableRows.of(row, acrossReports.value()).iterator())
                .persist(StorageLevel.MEMORY_AND_DISK());
        table(spark, rowsOf(rows, "documents"), TableRows.DOCUMENTS, out, "documents");
        table(spark, rowsOf(rows, "entities"), TableRows.ENTITIES, out, "entities");
        table(spark, rowsOf(rows, "places"), TableRows.PLACES, out, "places");
        table(spark, rowsOf(rows, "events"), TableRows.EVENTS, out, "events");
        table(spark, groups.map(TableRows::claimGroup), TableRows.CLAIM_GROUPS, out, "claim_groups");
        // each claim with the group it is in, by its provenance (document and span)
        Dataset<Row> groupOf = spark.read().parquet(out + "/claim_groups")
                .select(col("id").as("claim_group_id"), explode(col("claims")).as("claim_key"));
        spark.createDataFrame(rowsOf(rows, "claims"), TableRows.CLAIMS)
                .withColumn("claim_key", concat_ws("", col("document_id"), lit(":"), col("begin"),
                        lit("-"), col("end")))
                .join(groupOf, "claim_key", "left")
                .drop("claim_key")
                .write().parquet(out + "/claims");
        rows.unpersist();
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        table(spark, context.parallelize(links.stories().stream().map(TableRows::story).toList(), 1),
                TableRows.STORIES, out, "stories");
        table(spark, skipped.map(row -> RowFactory.create(row.source(), row.problem())),
                TableRows.SKIPPED, out, "skipped");
    }

    private static JavaRDD<Row> rowsOf(JavaPairRDD<String, Row> rows, String table) {
        return rows.filter(row -> row._1().equals(table)).values();
    }

    private static void table(SparkSession spark, JavaRDD<Row> rows, StructType schema, String out, String name) {
        spark.createDataFrame(rows, schema).write().parquet(out + "/" + name);
    }

    /** The documents into a workspace, as {@code sitrep ingest} stores them, one at a time through the driver. */
    private static void load(JavaRDD<AnalyzedDocument> documents, java.nio.file.Path folder) {
        try (Workspace workspace = Workspace.open(folder)) {
            documents.toLocalIterator().forEachRemaining(row -> workspace.add(row.analysis()));
            workspace.index().commit();
        }
    }

    /** Fails before any work when the input is missing or the output would overwrite an earlier run. */
    private static void checkPaths(JavaSparkContext context, JobOptions options) {
        try {
            Path out = new Path(options.out());
            FileSystem outFs = out.getFileSystem(context.hadoopConfiguration());
            if (outFs.exists(out)) {
                throw new IllegalArgumentException("--out " + options.out() + " already exists; give a new folder "
                        + "(a run never overwrites another's tables)");
            }
            Path in = new Path(options.input());
            FileSystem inFs = in.getFileSystem(context.hadoopConfiguration());
            var matches = inFs.globStatus(in);
            if (matches == null || matches.length == 0) {
                throw new IllegalArgumentException("INPUT " + options.input() + ": no such file or directory");
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot reach " + options.input() + " or " + options.out() + ": "
                    + e.getMessage(), e);
        }
    }

    /** CPU time of this JVM: in local mode driver and executors, which a bench on a shared machine reports beside wall time. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
