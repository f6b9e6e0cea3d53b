package org.sitrep.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.sitrep.annotate.AnnotatedDocument;
import org.sitrep.annotate.Annotator;
import org.sitrep.eval.AttributionScore.Predicted;
import org.sitrep.eval.BratAttributions.Fragments;
import org.sitrep.extract.Extractors;
import org.sitrep.extract.entity.EntityExtractor;
import org.sitrep.extract.quote.AttributedQuote;
import org.sitrep.extract.quote.QuoteExtractor;
import org.sitrep.extract.quote.ReportedSpeech;
import org.sitrep.model.Document;
import org.sitrep.model.DocumentAnalysis;
import org.sitrep.model.Span;

/**
 * Quotes and their attribution on PolNeAR (Newell, Margolin, Ruths, LREC 2018; no licence: read at run time from
 * {@code ../shared}, never copied into the repository). Each article's text goes, as it is (offsets must stay those
 * of the annotation), through the entity and quote extractors; every attribution they find (an indirect quote, or
 * a direct one with the cue outside it, or a quote carried over from the previous speaker) is one prediction, with
 * source, cue and content spans, scored by {@link AttributionScore}.
 *
 * <p>Developed on {@code train/} only; reported on {@code dev/} (84 articles). Where several annotators annotated
 * an article, the annotation file whose annotator suffix sorts first is the gold. Stock CoreNLP quote attribution
 * ({@link AttributionBaseline}) needs coref and takes several seconds an article, so it runs on the first
 * {@value #BASELINE_ARTICLES} dev articles in file-name order, and sitrep is scored on the same articles beside it.
 */
public final class AttributionEvaluation implements Evaluation {

    static final String DATA = "eval/attribution-polnear";
    static final int BASELINE_ARTICLES = 20;

    @Override
    public String name() {
        return "attribution";
    }

    @Override
    public String description() {
        return "quotes and speaker attribution: source/cue/content P/R/F1 and speaker accuracy on PolNeAR dev,"
                + " beside stock CoreNLP quote attribution";
    }

    @Override
    public EvaluationReport run(Path shared) throws IOException {
        Path dev = shared.resolve(DATA).resolve("dev");
        List<Article> articles = articles(dev, Integer.MAX_VALUE);
        AttributionScore all = new AttributionScore();
        AttributionScore firstN = new AttributionScore();
        long start = System.nanoTime();
        for (int i = 0; i < articles.size(); i++) {
            Article article = articles.get(i);
            List<Predicted> predicted = predict(article);
            all.add(article.text(), article.gold(), predicted);
            if (i < BASELINE_ARTICLES) {
                firstN.add(article.text(), article.gold(), predicted);
            }
        }
        double sitrepSeconds = (System.nanoTime() - start) / 1e9;
        AttributionScore stock = new AttributionScore();
        AttributionBaseline baseline = new AttributionBaseline();
        start = System.nanoTime();
        for (Article article : articles.subList(0, Math.min(BASELINE_ARTICLES, articles.size()))) {
            stock.add(article.text(), article.gold(), baseline.predict(article.text()));
        }
        double stockSeconds = (System.nanoTime() - start) / 1e9;
        List<Metric> metrics = new ArrayList<>(all.metrics("sitrep ", true));
        int n = Math.min(BASELINE_ARTICLES, articles.size());
        metrics.addAll(firstN.metrics("first" + n + " sitrep ", true));
        metrics.addAll(stock.metrics("first" + n + " stock ", false));
        List<String> notes = List.of(
                "gold: PolNeAR dev, one annotation per article (the annotator suffix that sorts first);"
                        + " gold attributions " + all.overlap[2].gold + ", with a source " + all.overlap[0].gold,
                "sitrep: EntityExtractor + QuoteExtractor (tokenize..ner, depparse) on the raw article text; "
                        + String.format(java.util.Locale.ROOT, "%.1f s for %d articles (annotation included)",
                        sitrepSeconds, articles.size()),
                "stock: CoreNLP 4.5.10 tokenize,ssplit,pos,lemma,ner,depparse,coref,quote with quote.attributeQuotes="
                        + "true; QuotationsAnnotation spans as content, speaker (else canonical speaker) as source;"
                        + " no cue; first " + n + " dev articles by file name, "
                        + String.format(java.util.Locale.ROOT, "%.1f s", stockSeconds),
                "exact = same span after trimming non-alphanumerics at both edges; overlap = shares a letter or"
                        + " digit, one gold span per prediction; speaker accuracy = predicted source overlaps the gold"
                        + " source, over gold attributions with a source whose content a prediction overlaps ("
                        + all.speakerTotal() + " for sitrep on all dev)",
                "bars (issue): speaker accuracy >= 0.85, content F1 >= 0.75 (overlap)");
        return new EvaluationReport("attribution", "PolNeAR v1.0.0 dev", "dev", articles.size(), metrics, notes);
    }

    /** One article: its text and its gold attributions. */
    public record Article(String name, String text, List<BratAttributions.Gold> gold) {}

    /** The articles of one PolNeAR split folder (text/ and attributions/), in file-name order. */
    public static List<Article> articles(Path split, int limit) throws IOException {
        Map<String, Path> annotationByArticle = new TreeMap<>();
        try (Stream<Path> files = Files.list(split.resolve("attributions"))) {
            files.filter(f -> f.toString().endsWith(".ann")).sorted().forEach(f -> {
                String name = f.getFileName().toString();
                String article = name.substring(0, name.lastIndexOf('_'));
                annotationByArticle.putIfAbsent(article, f); // sorted: the first annotator suffix wins
            });
        }
        List<Article> articles = new ArrayList<>();
        for (var entry : annotationByArticle.entrySet()) {
            Path text = split.resolve("text").resolve(entry.getKey() + ".txt");
            if (!Files.exists(text) || articles.size() >= limit) {
                continue;
            }
            articles.add(new Article(entry.getKey(), Files.readString(text, StandardCharsets.UTF_8),
                    BratAttributions.parse(Files.readString(entry.getValue(), StandardCharsets.UTF_8))));
        }
        return articles;
    }

    /** sitrep's attributions in one article, as spans. */
    public static List<Predicted> predict(Article article) {
        Document document = new Document(article.name(), article.name(), null, null, null, List.of(), null, null,
                List.of(), null, "en", null, article.text(), article.text(), List.of(), Instant.EPOCH);
        QuoteExtractor quotes = new QuoteExtractor();
        EntityExtractor entities = new EntityExtractor();
        AnnotatedDocument annotated = new Annotator(new Extractors(List.of(entities, quotes)).requiredAnnotators())
                .annotate(document);
        DocumentAnalysis soFar = entities.extract(annotated, DocumentAnalysis.empty(document));
        return predictions(article.text(), quotes.attributedQuotes(annotated, soFar));
    }

    /**
     * One prediction per attribution: its content widened to the direct quotes it introduces ("“…,” he said"
     * is one attribution, its content the quote), and to the quotes that carry it on in the same paragraph
     * ("“…,” said X. “…”": PolNeAR annotates one attribution with its content in two pieces); a quote carried
     * over into a later paragraph is a prediction of content and speaker with no cue of its own.
     */
    static List<Predicted> predictions(String text, List<AttributedQuote> quotes) {
        Map<ReportedSpeech, int[]> contentOf = new LinkedHashMap<>();
        List<Predicted> predicted = new ArrayList<>();
        for (AttributedQuote quote : quotes) {
            int[] carried = quote.carriedOver() ? contentOf.get(quote.attribution()) : null;
            if (carried != null && carried[1] <= quote.quoted().begin()
                    && text.substring(carried[1], quote.quoted().begin()).indexOf('\n') < 0) {
                carried[1] = Math.max(carried[1], quote.quoted().end());
                continue;
            }
            if (quote.carriedOver()) {
                predicted.add(new Predicted(null, null, fragments(quote.quoted()),
                        fragments(quote.attribution().source().span())));
                continue;
            }
            int[] range = contentOf.computeIfAbsent(quote.attribution(),
                    a -> new int[] {a.content().begin(), a.content().end()});
            if (quote.direct()) {
                range[0] = Math.min(range[0], quote.quoted().begin());
                range[1] = Math.max(range[1], quote.quoted().end());
            }
        }
        Map<ReportedSpeech, Boolean> seen = new HashMap<>();
        for (var entry : contentOf.entrySet()) {
            ReportedSpeech a = entry.getKey();
            if (seen.put(a, true) == null) {
                predicted.add(new Predicted(fragments(a.source().span()), fragments(a.cueSpan()),
                        Fragments.of(entry.getValue()[0], entry.getValue()[1])));
            }
        }
        return predicted;
    }

    private static Fragments fragments(Span span) {
        return Fragments.of(span.begin(), span.end());
    }
}
