package org.sitrep.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.ingest.Inputs;
import org.sitrep.ingest.Metadata;
import org.sitrep.model.ClaimGroup;
import org.sitrep.model.DocumentAnalysis;
import org.sitrep.model.Dossier;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.Progress;
import org.sitrep.store.Workspace;

class SparkPipelineJobTest {

    private final SparkSession spark = LocalSpark.session();

    @Test
    void onTheSamplesTheJobFindsTheStoriesClaimsAndVerdictsOfSitrepAnalyze(@TempDir Path dir) {
        Path samples = LocalSpark.shared().resolve("samples");
        Path out = dir.resolve("out");
        JobReport report = SparkPipelineJob.run(spark, options(samples.toString(), out, dir.resolve("workspace")));

        Dossier expected = singleMachine(samples);
        assertThat(report.documents()).isEqualTo(expected.documents().size()).isEqualTo(2);
        assertSameAsSingleMachine(out, expected);
        // the two reports agree on some figures: the comparison is not of empty tables
        assertThat(expected.claimGroups()).anyMatch(g -> g.independentSources() > 1);
        // each entity names its entity across reports, as the dossier resolves them
        Set<String> across = spark.read().parquet(out + "/entities").where("across_reports_id is not null")
                .collectAsList().stream().map(row -> row.getAs("entity_id") + " → " + row.getAs("across_reports_name"))
                .collect(Collectors.toSet());
        assertThat(across).isNotEmpty().isEqualTo(expected.crossDocumentEntities().stream()
                .flatMap(e -> e.members().stream().map(m -> m.entityId() + " → " + e.canonicalName()))
                .collect(Collectors.toSet()));
        // --load-workspace: the analyses are in the store, as `sitrep ingest` would have put them
        try (Workspace workspace = Workspace.open(dir.resolve("workspace"))) {
            for (DocumentAnalysis analysis : expected.documents()) {
                assertThat(workspace.store().get(analysis.document().id())).get()
                        .satisfies(stored -> assertThat(stored.claims()).isEqualTo(analysis.claims()));
            }
        }
    }

    @Test
    void onAGeneratedCrawlOfShortRealArticlesTheParquetTablesMatchTheSingleMachinePipeline(@TempDir Path dir)
            throws Exception {
        Path crawl = ShortArticleCrawl.write(ShortArticleCrawl.articles(LocalSpark.shared().resolve("eval/geoparsing"),
                200, 2), dir.resolve("eval-articles.warc.gz"));
        Path out = dir.resolve("out");
        JobReport report = SparkPipelineJob.run(spark, new JobOptions(crawl.toUri().toString(), out.toString(), null,
                0, null, false));

        Dossier expected = singleMachine(crawl);
        assertThat(report.documents()).isEqualTo(expected.documents().size()).isGreaterThan(180);
        assertSameAsSingleMachine(out, expected);
        // every table is there, and every extraction row carries its provenance
        for (String table : SparkPipelineJob.TABLES) {
            assertThat(Files.isDirectory(out.resolve(table))).as(table).isTrue();
        }
        long entities = expected.documents().stream().mapToLong(d -> d.entities().size()).sum();
        assertThat(spark.read().parquet(out + "/entities").count()).isEqualTo(entities);
        assertThat(spark.read().parquet(out + "/places").where("document_id is null or begin is null").count())
                .isZero();
        long events = expected.documents().stream().mapToLong(d -> d.events().size()).sum();
        assertThat(spark.read().parquet(out + "/events").count()).isEqualTo(events);
    }

    @Test
    void aGzippedJsonLinesFeedIsReadAsTheCliReadsItAndABadLineIsSkippedWithItsPlace(@TempDir Path dir)
            throws Exception {
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        List<String> lines = new java.util.ArrayList<>();
        for (var article : ShortArticleCrawl.articles(LocalSpark.shared().resolve("eval/geoparsing"), 3, 3)) {
            lines.add(json.writeValueAsString(Map.of("url", article.url(), "published", "2016-02-05",
                    "title", article.title() == null ? "Untitled" : article.title(), "text", article.text())));
        }
        lines.add("not a JSON object");
        Path feed = dir.resolve("feed.jsonl.gz");
        try (var out = new java.io.PrintStream(new java.util.zip.GZIPOutputStream(Files.newOutputStream(feed)), true,
                java.nio.charset.StandardCharsets.UTF_8)) {
            lines.forEach(out::println);
        }
        Path out = dir.resolve("out");
        JobReport report = SparkPipelineJob.run(spark, options(feed.toString(), out, null));

        Dossier expected = singleMachine(feed);
        assertThat(report.documents()).isEqualTo(3);
        assertThat(report.skipped()).isEqualTo(expected.skipped().size()).isEqualTo(1);
        assertSameAsSingleMachine(out, expected);
        assertThat(spark.read().parquet(out + "/documents").where("published = '2016-02-05'").count()).isEqualTo(3);
        Row skipped = spark.read().parquet(out + "/skipped").first();
        assertThat(skipped.<String>getAs("source")).contains("feed.jsonl.gz").contains("4");
        assertThat(skipped.<String>getAs("problem")).isEqualTo(expected.skipped().getFirst().problem());
    }

    @Test
    void aMissingInputOrAnEarlierRunsOutputIsAClearErrorBeforeAnyWork(@TempDir Path dir) throws Exception {
        assertThatThrownBy(() -> SparkPipelineJob.run(spark, options(dir.resolve("nowhere").toString(),
                dir.resolve("out"), null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nowhere")
                .hasMessageContaining("no such file");
        Files.createDirectories(dir.resolve("taken"));
        assertThatThrownBy(() -> SparkPipelineJob.run(spark, options(LocalSpark.shared().resolve("samples").toString(),
                dir.resolve("taken"), null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("taken")
                .hasMessageContaining("already exists");
        assertThatThrownBy(() -> JobOptions.parse(List.of("in", "--out", "o", "--partitions", "zero")))
                .hasMessageContaining("--partitions").hasMessageContaining("zero");
    }

    private static JobOptions options(String input, Path out, Path workspace) {
        return new JobOptions(input, out.toString(), null, 0, workspace, false);
    }

    private static Dossier singleMachine(Path input) {
        return Pipeline.standard().withWorkers(2).analyze(Inputs.expand(List.of(input.toString())), Metadata.NONE,
                Progress.silent());
    }

    private void assertSameAsSingleMachine(Path out, Dossier expected) {
        // stories: the same members, in the same order, under the same ids
        Map<String, List<String>> stories = new TreeMap<>();
        for (Row row : spark.read().parquet(out + "/stories").collectAsList()) {
            stories.put(row.getAs("id"), row.getList(row.fieldIndex("members")));
        }
        assertThat(stories).isEqualTo(expected.stories().stream()
                .collect(Collectors.toMap(s -> s.id(), s -> s.members(), (a, b) -> a, TreeMap::new)));

        // claims: the same per document, by provenance
        Map<String, Set<String>> claims = new TreeMap<>();
        for (Row row : spark.read().parquet(out + "/claims").collectAsList()) {
            claims.computeIfAbsent(row.getAs("document_id"), k -> new java.util.TreeSet<>())
                    .add(row.getAs("begin") + "-" + row.getAs("end") + " " + row.getAs("text") + " " + row.getAs("measure"));
        }
        Map<String, Set<String>> expectedClaims = new TreeMap<>();
        for (DocumentAnalysis analysis : expected.documents()) {
            for (var claim : analysis.claims()) {
                expectedClaims.computeIfAbsent(analysis.document().id(), k -> new java.util.TreeSet<>())
                        .add(claim.span().begin() + "-" + claim.span().end() + " " + claim.asWritten() + " "
                                + claim.measure());
            }
        }
        assertThat(claims).isEqualTo(expectedClaims);

        // claim groups: the same groups (claims by provenance), verdicts, sources and reasoning
        Map<String, String> groups = new HashMap<>();
        for (Row row : spark.read().parquet(out + "/claim_groups").collectAsList()) {
            groups.put(row.getAs("id"), row.getAs("verdict") + " " + row.getAs("independent_sources") + " "
                    + row.getList(row.fieldIndex("claims")) + " " + row.getAs("reasoning"));
        }
        Map<String, String> expectedGroups = new HashMap<>();
        for (ClaimGroup g : expected.claimGroups()) {
            expectedGroups.put(g.id(), g.verdict() + " " + g.independentSources() + " "
                    + g.claims().stream().map(TableRows::claimKey).toList() + " " + g.reasoning());
        }
        assertThat(groups).isEqualTo(expectedGroups);
        // each grouped claim's row names its group
        long grouped = expected.claimGroups().stream().mapToLong(g -> g.claims().size()).sum();
        assertThat(spark.read().parquet(out + "/claims").where("claim_group_id is not null").count()).isEqualTo(grouped);
    }
}
