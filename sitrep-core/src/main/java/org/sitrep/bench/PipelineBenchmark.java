package org.sitrep.bench;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Properties;
import org.sitrep.annotate.AnnotatedDocument;
import org.sitrep.annotate.Annotator;
import org.sitrep.extract.Extractors;
import org.sitrep.extract.place.gazetteer.Gazetteer;
import org.sitrep.ingest.InputFiles;
import org.sitrep.ingest.InputProblem;
import org.sitrep.ingest.Ingestor;
import org.sitrep.ingest.Metadata;
import org.sitrep.model.Document;
import org.sitrep.pipeline.DocumentPreparer;

/**
 * Times sitrep's pipeline (clean → annotate → extract) on a corpus, and a stock CoreNLP pipeline doing
 * tokenize..ner, depparse, coref and quote on the same clean text, in the same JVM, after warm-up.
 * Peak heap is the summed peak of the heap pools during each timed phase (reset between phases).
 */
public final class PipelineBenchmark {

    static final String STOCK_ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote";

    private final List<Path> corpus;
    private final int warmup;
    private final int repeat;
    private final boolean withStock;

    public PipelineBenchmark(List<Path> corpus, int warmup, int repeat, boolean withStock) {
        this.corpus = List.copyOf(corpus);
        this.warmup = warmup;
        this.repeat = repeat;
        this.withStock = withStock;
    }

    /** One timed phase: how many articles and tokens in how long, and the peak heap it used. */
    public record Phase(String name, int articles, long tokens, double seconds, long peakHeapBytes,
                        double annotateSeconds, double extractSeconds, Map<String, Double> annotatorShares,
                        Map<String, Double> extractorShares) {
        double articlesPerSecond() {
            return articles / seconds;
        }

        double tokensPerSecond() {
            return tokens / seconds;
        }
    }

    /** Loading the place gazetteer, once per JVM: its time and the heap it keeps. */
    public record GazetteerLoad(int entries, double seconds, long heapBytes) {}

    public record Result(int corpusArticles, int repeat, Phase sitrep, Phase stock, GazetteerLoad gazetteer) {
        public String render() {
            StringBuilder out = new StringBuilder();
            out.append(String.format(Locale.ROOT, "corpus: %d article(s) × %d passes after warm-up; %d core(s); %s%n",
                    corpusArticles, repeat, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version")));
            out.append(String.format(Locale.ROOT, "gazetteer: %,d entries loaded in %.2f s, %d MiB of heap%n",
                    gazetteer.entries(), gazetteer.seconds(), gazetteer.heapBytes() >> 20));
            line(out, sitrep);
            if (sitrep.annotateSeconds() > 0) {
                double extractShare = sitrep.extractSeconds() / sitrep.seconds();
                double annotateShare = sitrep.annotateSeconds() / sitrep.seconds();
                out.append(String.format(Locale.ROOT, "  sitrep stage shares: annotate %.1f%%, extract %.1f%%, ingest+clean %.1f%%%n",
                        100 * annotateShare, 100 * extractShare, 100 * (1 - annotateShare - extractShare)));
                out.append("  annotate, by CoreNLP annotator (share of the pipeline): ").append(percents(sitrep.annotatorShares()))
                        .append(System.lineSeparator());
                out.append("  extract, by extractor (share of the pipeline): ").append(percents(sitrep.extractorShares()))
                        .append(System.lineSeparator());
            }
            if (stock != null) {
                line(out, stock);
                out.append(String.format(Locale.ROOT, "ratio sitrep/stock articles per second: %.2f×%n",
                        sitrep.articlesPerSecond() / stock.articlesPerSecond()));
            }
            return out.toString();
        }

        private static String percents(Map<String, Double> shares) {
            return shares.entrySet().stream()
                    .map(e -> String.format(Locale.ROOT, "%s %.1f%%", e.getKey(), 100 * e.getValue()))
                    .collect(java.util.stream.Collectors.joining(", "));
        }

        private static void line(StringBuilder out, Phase phase) {
            out.append(String.format(Locale.ROOT, "%-40s %7.2f articles/s  %8.0f tokens/s  peak heap %5d MiB  (%d articles in %.1f s)%n",
                    phase.name(), phase.articlesPerSecond(), phase.tokensPerSecond(), phase.peakHeapBytes() >> 20,
                    phase.articles(), phase.seconds()));
        }
    }

    public Result run() throws InputProblem {
        List<Path> files = InputFiles.expand(corpus);
        Ingestor ingestor = new Ingestor(Metadata.NONE);
        DocumentPreparer preparer = new DocumentPreparer();
        List<Document> documents = new ArrayList<>();
        for (Path file : files) {
            documents.add(preparer.prepare(ingestor.read(file)));
        }
        GazetteerLoad gazetteer = loadGazetteer();
        Extractors extractors = Extractors.standard();
        Annotator annotator = new Annotator(extractors.requiredAnnotators());
        for (int i = 0; i < warmup; i++) {
            documents.forEach(doc -> extractors.extract(annotator.annotate(doc)));
        }
        resetPeaks();
        Map<String, Double> annotatorSecondsBefore = annotator.secondsByAnnotator();
        Map<String, Long> extractorNanos = new LinkedHashMap<>();
        long start = System.nanoTime();
        long annotateNanos = 0;
        long extractNanos = 0;
        long tokens = 0;
        for (int i = 0; i < repeat; i++) {
            for (Path file : files) {
                long t0 = System.nanoTime();
                Document doc = preparer.prepare(ingestor.read(file));
                long t1 = System.nanoTime();
                AnnotatedDocument annotated = annotator.annotate(doc);
                long t2 = System.nanoTime();
                extractors.extract(annotated, extractorNanos);
                extractNanos += System.nanoTime() - t2;
                annotateNanos += t2 - t1;
                tokens += annotated.nlp().tokens().size();
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Map<String, Double> annotatorShares = new LinkedHashMap<>();
        annotator.secondsByAnnotator().forEach((name, total) -> annotatorShares.put(
                name.replace("Annotator", "").toLowerCase(Locale.ROOT),
                (total - annotatorSecondsBefore.getOrDefault(name, 0.0)) / seconds));
        Map<String, Double> extractorShares = new LinkedHashMap<>();
        extractorNanos.forEach((name, nanos) -> extractorShares.put(name, nanos / 1e9 / seconds));
        Phase sitrep = new Phase("sitrep (clean, " + String.join(",", annotator.annotators().stream().sorted().toList())
                .replace("lemma,ner,pos,ssplit,tokenize", "tokenize..ner") + ", extract)",
                repeat * files.size(), tokens, seconds, peakHeap(), annotateNanos / 1e9, extractNanos / 1e9,
                annotatorShares, extractorShares);
        Phase stock = withStock ? stock(documents) : null;
        return new Result(files.size(), repeat, sitrep, stock, gazetteer);
    }

    /** Loads the gazetteer first thing, so that its time and heap are its own (the place extractor then reuses it). */
    private static GazetteerLoad loadGazetteer() {
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        long before = runtime.totalMemory() - runtime.freeMemory();
        long start = System.nanoTime();
        Gazetteer gazetteer = Gazetteer.standard();
        double seconds = (System.nanoTime() - start) / 1e9;
        System.gc();
        long after = runtime.totalMemory() - runtime.freeMemory();
        return new GazetteerLoad(gazetteer.size(), seconds, Math.max(0, after - before));
    }

    private Phase stock(List<Document> documents) {
        Properties props = new Properties();
        props.setProperty("annotators", STOCK_ANNOTATORS);
        StanfordCoreNLP stock = new StanfordCoreNLP(props);
        for (int i = 0; i < warmup; i++) {
            documents.forEach(doc -> stock.annotate(new CoreDocument(doc.cleanText())));
        }
        resetPeaks();
        long tokens = 0;
        long start = System.nanoTime();
        for (int i = 0; i < repeat; i++) {
            for (Document doc : documents) {
                CoreDocument annotated = new CoreDocument(doc.cleanText());
                stock.annotate(annotated);
                tokens += annotated.tokens().size();
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Phase("stock CoreNLP (" + STOCK_ANNOTATORS + ")", repeat * documents.size(), tokens, seconds,
                peakHeap(), 0, 0, Map.of(), Map.of());
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed())
                .sum();
    }
}
