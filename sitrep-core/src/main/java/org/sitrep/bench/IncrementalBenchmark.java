package org.sitrep.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.sitrep.ingest.Inputs;
import org.sitrep.ingest.Metadata;
import org.sitrep.model.DocumentAnalysis;
import org.sitrep.model.Dossier;
import org.sitrep.pipeline.IngestReport;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.Progress;
import org.sitrep.pipeline.WorkspaceDossier;
import org.sitrep.report.ClaimGroupRows;
import org.sitrep.store.Workspace;

/**
 * Incremental latency (DESIGN §7): how long a new article takes, warm, from arriving to its figures standing in the
 * linked dossier that {@code sitrep serve} shows. A workspace is filled with a base corpus analysed by the real
 * pipeline and with documents recombined from it up to the size asked ({@link RecombinedCorpus}); then each arriving
 * article is ingested alone (clean, annotate, extract, store, index) and the workspace linked again (stories,
 * entities across reports, figures compared, events), as serve does after an ingest job, until the article's
 * figures are rows of the figures table. Wall time per stage, per arrival.
 */
public final class IncrementalBenchmark {

    private final List<Path> base;
    private final Path arrivals;
    private final int size;
    private final int count;

    /**
     * @param base     articles analysed into the workspace first
     * @param arrivals a folder of articles (not in the base), taken in name order
     * @param size     documents the workspace holds when articles arrive
     * @param count    articles timed
     */
    public IncrementalBenchmark(List<Path> base, Path arrivals, int size, int count) {
        this.base = List.copyOf(base);
        this.arrivals = arrivals;
        this.size = size;
        this.count = count;
    }

    /** One article's way into the dossier, in milliseconds of wall time. */
    public record Arrival(String name, double ingestMillis, double linkMillis, double rowsMillis, int figures) {
        double totalMillis() {
            return ingestMillis + linkMillis + rowsMillis;
        }
    }

    public record Result(int documents, List<Arrival> arrivals) {
        public String render() {
            StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                    "incremental latency: an article arriving in a workspace of %,d documents, warm; wall ms%n", documents));
            out.append(String.format(Locale.ROOT, "  %-44s %10s %10s %10s %10s %8s%n", "article", "ingest", "link",
                    "rows", "total", "figures"));
            for (Arrival a : arrivals) {
                out.append(String.format(Locale.ROOT, "  %-44.44s %10.0f %10.0f %10.0f %10.0f %8d%n", a.name(),
                        a.ingestMillis(), a.linkMillis(), a.rowsMillis(), a.totalMillis(), a.figures()));
            }
            out.append(String.format(Locale.ROOT, "  median: ingest %.0f ms (clean, annotate, extract, store, index), "
                            + "link %.0f ms, rows %.0f ms; total %.0f ms (max %.0f ms); goal: under 1,000 ms%n",
                    median(Arrival::ingestMillis), median(Arrival::linkMillis), median(Arrival::rowsMillis),
                    median(Arrival::totalMillis), arrivals.stream().mapToDouble(Arrival::totalMillis).max().orElse(0)));
            return out.toString();
        }

        private double median(java.util.function.ToDoubleFunction<Arrival> stage) {
            double[] values = arrivals.stream().mapToDouble(stage).sorted().toArray();
            return values.length == 0 ? 0 : values[values.length / 2];
        }
    }

    public Result run() throws java.io.IOException {
        List<Path> articles;
        try (Stream<Path> files = Files.list(arrivals)) {
            articles = files.filter(Files::isRegularFile).sorted(Comparator.comparing(Path::toString))
                    .limit(count + 1L).toList();
        }
        if (articles.size() < 2) {
            throw new IllegalArgumentException("too few articles to arrive in " + arrivals + ": " + articles.size());
        }
        Pipeline pipeline = Pipeline.standard();
        try (Workspace workspace = Workspace.temporary(Runtime.getRuntime().availableProcessors())) {
            pipeline.ingest(Inputs.ofPaths(base), Metadata.NONE, Progress.to(System.err), workspace);
            List<DocumentAnalysis> analysed = workspace.store().latest();
            RecombinedCorpus corpus = new RecombinedCorpus(analysed);
            for (int i = analysed.size(); i < size; i++) {
                workspace.add(corpus.document(i));
            }
            WorkspaceDossier dossier = new WorkspaceDossier(workspace);
            dossier.get();
            // the first arrival warms the single-article path and is not counted
            arrive(pipeline, workspace, dossier, articles.getFirst());
            List<Arrival> timed = new ArrayList<>();
            for (Path article : articles.subList(1, articles.size())) {
                timed.add(arrive(pipeline, workspace, dossier, article));
                System.err.printf(Locale.ROOT, "incremental: %d of %d arrived%n", timed.size(), articles.size() - 1);
            }
            return new Result(workspace.store().latestIds().size(), timed);
        }
    }

    private static Arrival arrive(Pipeline pipeline, Workspace workspace, WorkspaceDossier dossier, Path article) {
        long start = System.nanoTime();
        IngestReport report = pipeline.ingest(Inputs.ofPaths(List.of(article)), Metadata.NONE, Progress.silent(),
                workspace);
        long ingested = System.nanoTime();
        dossier.refresh();
        Dossier linked = dossier.get();
        long linkedAt = System.nanoTime();
        Set<String> added = Set.copyOf(report.documentIds());
        int figures = (int) ClaimGroupRows.of(linked).stream().flatMap(row -> row.members().stream())
                .filter(member -> added.contains(member.from().document().id())).count();
        long rowsAt = System.nanoTime();
        return new Arrival(article.getFileName().toString(), (ingested - start) / 1e6, (linkedAt - ingested) / 1e6,
                (rowsAt - linkedAt) / 1e6, figures);
    }
}
