package org.sitrep.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.zip.GZIPInputStream;
import net.dankito.readability4j.extended.Readability4JExtended;
import org.jsoup.nodes.Element;
import org.sitrep.clean.Cleaner;
import org.sitrep.ingest.HtmlText;
import org.sitrep.ingest.Ingestor;
import org.sitrep.ingest.InputProblem;
import org.sitrep.ingest.Metadata;
import org.sitrep.ingest.RawDocument;
import org.sitrep.model.RemovalReason;
import org.sitrep.model.RemovedSpan;

/**
 * Boilerplate removal on the article-extraction benchmark (Scrapinghub, MIT): each page goes through real ingest
 * of an HTML file ({@link Ingestor}: decoding, {@code HtmlReader}, page metadata) and then the clean stage
 * ({@link Cleaner}), and the text is scored against the gold article body with the benchmark's shingle metric
 * ({@link ShingleScore}). HTML extraction alone and readability4j alone (the extraction sitrep started from) are
 * scored beside it.
 *
 * <p>The benchmark has no split of its own. Pages are split by key: SHA-256 of the key whose first hex digit is
 * 0-7 is {@code dev} (the part the extraction was tuned on), 8-f is {@code test} (held out).
 */
public final class CleanEvaluation implements Evaluation {

    static final String DATA = "eval/article-extraction";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One page and what each pipeline made of it. */
    public record PageResult(
            String key, String split, String url, String gold, String extracted, String cleaned,
            Cleaner.Result cleaning, String readability) {}

    @Override
    public String name() {
        return "clean";
    }

    @Override
    public String description() {
        return "HTML article extraction and the clean stage: shingle P/R/F1 on the article-extraction benchmark";
    }

    @Override
    public EvaluationReport run(Path shared) throws IOException {
        List<PageResult> pages = pages(shared, true);
        List<Metric> metrics = new ArrayList<>();
        Map<String, Predicate<PageResult>> splits = new java.util.LinkedHashMap<>();
        splits.put("test", p -> p.split().equals("test"));
        splits.put("dev", p -> p.split().equals("dev"));
        splits.put("all", p -> true);
        Map<String, Function<PageResult, String>> pipelines = new java.util.LinkedHashMap<>();
        pipelines.put("extract+clean", PageResult::cleaned);
        pipelines.put("extract", PageResult::extracted);
        pipelines.put("readability4j", PageResult::readability);
        List<String> notes = new ArrayList<>();
        StringBuilder counts = new StringBuilder("pages: ");
        for (var split : splits.entrySet()) {
            List<PageResult> in = pages.stream().filter(split.getValue()).toList();
            counts.append(split.getKey()).append(' ').append(in.size()).append(split.getKey().equals("all") ? "" : ", ");
            for (var pipeline : pipelines.entrySet()) {
                ShingleScore.Summary s = score(in, pipeline.getValue());
                String prefix = split.getKey() + " " + pipeline.getKey() + " ";
                metrics.add(new Metric(prefix + "F1", s.f1()));
                metrics.add(new Metric(prefix + "precision", s.precision()));
                metrics.add(new Metric(prefix + "recall", s.recall()));
            }
        }
        notes.add(counts.toString());
        notes.add("split: dev = SHA-256(key) starts 0-7 (tuned on), test = 8-f (held out), all = both");
        notes.add("extract+clean = Ingestor (HtmlReader.articleText) then Cleaner.clean(text, page title).cleanText();"
                + " extract = HtmlReader alone; readability4j = Readability4JExtended article content alone");
        notes.add("metric: scrapinghub/article-extraction-benchmark evaluate.py — \\w+ tokens, 4-token shingles,"
                + " per-page P/R means, F1 of the means");
        notes.add("published F1 on the full 181 pages (not this 121-page subset): trafilatura 2.0.0 0.958,"
                + " go-trafilatura 0.960, Readability.js 0.947, newspaper4k 0.949, readability-lxml 0.922,"
                + " goose3 0.896, boilerpipe 0.860; best Rust port 0.970");
        long empty = pages.stream().filter(p -> p.extracted().isBlank()).count();
        if (empty > 0) {
            notes.add("pages where extraction found no text: " + empty);
        }
        notes.addAll(cleanerRuleEffects(pages));
        return new EvaluationReport("clean", "article-extraction (Scrapinghub benchmark, " + pages.size() + " pages)",
                "dev/test/all", pages.size(), metrics, notes);
    }

    /** Mean scores of one pipeline's texts over the given pages. */
    public static ShingleScore.Summary score(List<PageResult> pages, Function<PageResult, String> text) {
        return ShingleScore.summarise(pages.stream().map(p -> ShingleScore.page(p.gold(), text.apply(p))).toList());
    }

    /**
     * For each removal reason of the Cleaner, how F1 over all pages would change if its cuts were put back:
     * a positive change means the rule cuts article text the gold keeps.
     */
    static List<String> cleanerRuleEffects(List<PageResult> pages) {
        double base = score(pages, PageResult::cleaned).f1();
        Map<RemovalReason, Integer> cuts = new EnumMap<>(RemovalReason.class);
        pages.forEach(p -> p.cleaning().removed().forEach(r -> cuts.merge(r.reason(), 1, Integer::sum)));
        List<String> notes = new ArrayList<>();
        for (var reason : cuts.entrySet()) {
            if (reason.getKey() == RemovalReason.BLANK_SPACE) {
                continue;
            }
            double without = score(pages, p -> keepingCuts(p, reason.getKey())).f1();
            notes.add(String.format(Locale.ROOT, "Cleaner %s: %d cuts; all-pages F1 %+.4f if they were kept",
                    reason.getKey(), reason.getValue(), without - base));
        }
        return notes;
    }

    /** The clean text with the cuts of one reason put back. */
    private static String keepingCuts(PageResult page, RemovalReason reason) {
        String raw = page.extracted();
        StringBuilder out = new StringBuilder();
        int position = 0;
        for (RemovedSpan span : page.cleaning().removed()) {
            if (span.reason() != reason) {
                out.append(raw, position, span.begin());
                position = span.end();
            }
        }
        return out.append(raw.substring(position)).toString();
    }

    /** Every page of the benchmark, sorted by key, through each pipeline. */
    public static List<PageResult> pages(Path shared, boolean withReadability) throws IOException {
        Path data = shared.resolve(DATA);
        JsonNode truth = JSON.readTree(data.resolve("ground-truth.json").toFile());
        Map<String, JsonNode> sorted = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = truth.fields(); it.hasNext(); ) {
            var entry = it.next();
            sorted.put(entry.getKey(), entry.getValue());
        }
        Path work = Files.createTempDirectory("sitrep-eval-clean");
        List<PageResult> results = new ArrayList<>();
        try {
            for (var entry : sorted.entrySet()) {
                String key = entry.getKey();
                byte[] bytes = gunzip(data.resolve("html").resolve(key + ".html.gz"));
                Path file = work.resolve(key + ".html");
                Files.write(file, bytes);
                String extracted = "";
                String title = null;
                try {
                    RawDocument raw = new Ingestor(Metadata.NONE).read(file);
                    extracted = raw.text();
                    title = raw.metadata().title();
                } catch (InputProblem e) {
                    // No article found: an empty prediction, as the benchmark scores it.
                } finally {
                    Files.deleteIfExists(file);
                }
                Cleaner.Result cleaning = new Cleaner().clean(extracted, title);
                String readability = withReadability ? readabilityAlone(bytes, file.toUri().toString()) : "";
                results.add(new PageResult(key, split(key), entry.getValue().path("url").asText(null),
                        entry.getValue().path("articleBody").asText(""), extracted, cleaning.cleanText(), cleaning,
                        readability));
            }
        } finally {
            Files.deleteIfExists(work);
        }
        results.sort(Comparator.comparing(PageResult::key));
        return results;
    }

    /** The baseline: readability4j's article content as text, with no further extraction rules. */
    private static String readabilityAlone(byte[] bytes, String url) {
        String html;
        try {
            html = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            html = new String(bytes, java.nio.charset.Charset.forName("windows-1252"));
        }
        Element content = new Readability4JExtended(url, html).parse().getArticleContent();
        return content == null ? "" : HtmlText.of(content);
    }

    /** {@code dev} when SHA-256 of the key starts with a hex digit 0-7, else {@code test}. */
    public static String split(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).charAt(0) < '8' ? "dev" : "test";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static byte[] gunzip(Path file) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return in.readAllBytes();
        }
    }
}
