package org.sitrep.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.sitrep.ingest.Metadata;
import org.sitrep.model.DocumentAnalysis;
import org.sitrep.model.Dossier;
import org.sitrep.model.Entity;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.Progress;
import org.sitrep.store.Workspace;
import org.sitrep.store.search.Facet;
import org.sitrep.store.search.SearchIndex;
import org.sitrep.store.search.SearchQuery;

/**
 * The workspace at scale: a base corpus is analysed once by the real pipeline, then {@code documents}
 * documents are recombined from its sentences and their extractions ({@link RecombinedCorpus}) and added to
 * a fresh workspace by {@code workers} threads through {@link Workspace#add} — the store transaction and
 * the index update of a real ingest, without reading, cleaning and CoreNLP. Then the size on disk, and the
 * latency of searches (words and names from the corpus, half of them narrowed by a facet) on the closed and
 * reopened index, as {@code sitrep search} opens it.
 */
public final class StoreBenchmark {

    private static final int WARMUP_QUERIES = 100;

    private final List<Path> base;
    private final int documents;
    private final int workers;
    private final int queries;
    private final Path folder;
    private double closeSeconds;
    private long peakStoreBytes;

    public StoreBenchmark(List<Path> base, int documents, int workers, int queries, Path folder) {
        this.base = List.copyOf(base);
        this.documents = documents;
        this.workers = workers;
        this.queries = queries;
        this.folder = folder;
    }

    public record Result(int baseDocuments, int sentences, int documents, int workers, double ingestSeconds,
                         double closeSeconds, long peakStoreBytes, long storeBytes, long indexBytes,
                         long extractionRows, int queries, double p50Millis, double p99Millis, double meanHits) {
        public String render() {
            return String.format(Locale.ROOT, """
                    store benchmark: %d documents recombined from %d sentences of %d analysed article(s); %d core(s); %s
                    ingest into the workspace (H2 store, one transaction per document, + Lucene index), %d worker(s): \
                    %.0f docs/s (%d in %.1f s)
                    closing the workspace (H2 compacts its file): %.1f s
                    size on disk: store %.1f MiB (%.1f MiB at most during the run), index %.1f MiB                     (%.1f KiB per document); %d extraction rows
                    search (%d queries after %d warm-up, reopened index): p50 %.2f ms, p99 %.2f ms, %.0f hits on average
                    """, documents, sentences, baseDocuments, Runtime.getRuntime().availableProcessors(),
                    System.getProperty("java.version"), workers, documents / ingestSeconds, documents, ingestSeconds,
                    closeSeconds, storeBytes / 1048576.0, peakStoreBytes / 1048576.0, indexBytes / 1048576.0, (storeBytes + indexBytes) / 1024.0 / documents,
                    extractionRows, queries, WARMUP_QUERIES, p50Millis, p99Millis, meanHits);
        }
    }

    public Result run() throws Exception {
        Dossier analysed = Pipeline.standard().analyze(base, Metadata.NONE, Progress.to(System.err));
        RecombinedCorpus corpus = new RecombinedCorpus(analysed.documents());
        Files.createDirectories(folder);
        double ingestSeconds;
        long rows = 0;
        Workspace workspace = Workspace.open(folder, null, workers);
        try {
            ingestSeconds = ingest(corpus, workspace);
            for (String table : List.of("entities", "entity_mentions", "times", "quotes", "claims")) {
                rows += workspace.store().count(table);
            }
        } finally {
            long closing = System.nanoTime();
            workspace.close();
            closeSeconds = (System.nanoTime() - closing) / 1e9;
        }
        long storeBytes = size(folder.resolve("store.mv.db"));
        long indexBytes = size(folder.resolve("index"));
        List<SearchQuery> searches = searches(analysed.documents());
        double[] millis = new double[queries];
        long hits = 0;
        try (SearchIndex index = SearchIndex.openForReading(folder.resolve("index"))) {
            for (int i = 0; i < WARMUP_QUERIES; i++) {
                index.search(searches.get(i % searches.size()));
            }
            for (int i = 0; i < queries; i++) {
                long start = System.nanoTime();
                hits += index.search(searches.get((i * 31) % searches.size())).totalHits();
                millis[i] = (System.nanoTime() - start) / 1e6;
            }
        }
        Arrays.sort(millis);
        return new Result(analysed.documents().size(), corpus.sentences(), documents, workers, ingestSeconds,
                closeSeconds, peakStoreBytes, storeBytes, indexBytes, rows, queries, percentile(millis, 0.50), percentile(millis, 0.99),
                (double) hits / queries);
    }

    private double ingest(RecombinedCorpus corpus, Workspace workspace) throws Exception {
        AtomicInteger next = new AtomicInteger();
        Progress progress = Progress.to(System.err);
        progress.started(documents);
        AtomicInteger done = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        long start = System.nanoTime();
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int w = 0; w < workers; w++) {
                running.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < documents; i = next.getAndIncrement()) {
                        workspace.add(corpus.document(i));
                        int finished = done.incrementAndGet();
                        if (finished % 500 == 0 || finished == documents) {
                            synchronized (progress) {
                                peakStoreBytes = Math.max(peakStoreBytes, size(folder.resolve("store.mv.db")));
                                progress.finished("document " + finished, finished, documents);
                            }
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> worker : running) {
                worker.get();
            }
            workspace.index().commit();
        } finally {
            pool.shutdown();
        }
        progress.done();
        return (System.nanoTime() - start) / 1e9;
    }

    /** Names and words as an analyst would type them; every second one narrowed by an outlet or a kind. */
    private static List<SearchQuery> searches(List<DocumentAnalysis> analysed) {
        List<String> terms = new ArrayList<>(List.of("refugees", "border", "\"air strikes\"", "aid AND convoy",
                "displaced OR fled", "ceasefire", "Russian", "civilians killed", "hospital", "talks"));
        analysed.forEach(a -> a.entities().stream().map(Entity::canonicalName).limit(20)
                .forEach(name -> terms.add("\"" + name.replace("\"", "") + "\"")));
        List<String> outlets = List.of("AFP", "Reuters", "Al Jazeera", "BBC");
        List<String> kinds = List.of("quote", "claim", "document");
        Random random = new Random(42);
        List<SearchQuery> searches = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            SearchQuery query = new SearchQuery(terms.get(random.nextInt(terms.size())), List.of(), 10);
            if (i % 4 == 1) {
                query = query.narrowedTo(Facet.OUTLET, outlets.get(random.nextInt(outlets.size())));
            } else if (i % 4 == 3) {
                query = query.narrowedTo(Facet.KIND, kinds.get(random.nextInt(kinds.size())));
            }
            searches.add(query);
        }
        return searches;
    }

    /** The value at quantile {@code p} of {@code sorted} (nearest rank). */
    static double percentile(double[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }

    private static long size(Path path) {
        try (Stream<Path> files = Files.walk(path)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
