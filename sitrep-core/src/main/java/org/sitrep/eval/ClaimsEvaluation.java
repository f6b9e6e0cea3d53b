package org.sitrep.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.sitrep.ingest.InputProblem;
import org.sitrep.ingest.Metadata;
import org.sitrep.ingest.RawDocument;
import org.sitrep.model.Document;
import org.sitrep.pipeline.DocumentPreparer;
import org.sitrep.pipeline.Pipeline;

/**
 * Quantitative claims (DESIGN.md §3 {@code Claim}, §6 bar: exact-match F1 ≥ 0.85) on sitrep's own hand-annotated
 * gold set ({@link ClaimsGold}, guidelines in {@code docs/claims-annotation-guidelines.md}) over real news articles
 * of the geoparsing corpora in {@code ../shared/eval/geoparsing/} (GeoVirus, TR-News, GeoWebNews). Each article
 * goes through the real pipeline ({@link DocumentPreparer} then {@link Pipeline#standard()}); predicted figures are
 * paired with gold figures by span overlap ({@link ClaimsMatcher}) and each {@link ClaimsField} is scored per split.
 *
 * <p>The gold was written by this project, unlike the other evaluations' data: the guidelines and the article
 * choice are documented so the annotation can be checked and extended. {@code dev} articles are for developing
 * the extractor, {@code test} articles are the reported figure.
 */
public final class ClaimsEvaluation implements Evaluation {

    /** One article's gold figures and what the pipeline predicted for it. */
    record ArticleResult(ClaimsGold.Article gold, List<ClaimsFigure> predicted, List<ClaimsMatcher.Pair> pairs) {}

    @Override
    public String name() {
        return "claims";
    }

    @Override
    public String description() {
        return "quantitative claims: figure, value, qualifier, measure, attribution P/R/F1 on the hand-annotated"
                + " claims gold over GeoVirus, TR-News and GeoWebNews articles";
    }

    @Override
    public EvaluationReport run(Path shared) throws IOException {
        List<ClaimsGold.Article> gold = ClaimsGold.load();
        ClaimsArticles articles = new ClaimsArticles(shared);
        Map<ClaimsGold.Article, String> texts = new LinkedHashMap<>();
        for (ClaimsGold.Article article : gold) {
            String text = articles.text(article.corpus(), article.article());
            ClaimsArticles.verify(article, text);
            texts.put(article, text);
        }
        Pipeline pipeline = Pipeline.standard();
        DocumentPreparer preparer = new DocumentPreparer();
        List<ArticleResult> results = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (var entry : texts.entrySet()) {
            ClaimsGold.Article article = entry.getKey();
            List<ClaimsFigure> predicted = new ArrayList<>();
            try {
                RawDocument raw = new RawDocument(articles.source(article.corpus(), article.article()),
                        entry.getValue(), Metadata.NONE);
                Document document = preparer.prepare(raw);
                pipeline.analyze(document).claims().forEach(c -> predicted.add(ClaimsPrediction.of(c, document)));
            } catch (InputProblem problem) {
                // Scored as an article with no predictions: the clean stage must not throw a real article away.
                notes.add("pipeline refused " + article.key() + ": " + problem.problem());
            }
            results.add(new ArticleResult(article, predicted, ClaimsMatcher.match(article.claims(), predicted)));
        }
        return report(results, notes);
    }

    static EvaluationReport report(List<ArticleResult> results, List<String> problems) {
        List<Metric> metrics = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (String split : List.of("test", "dev")) {
            List<ArticleResult> in = results.stream().filter(r -> r.gold().split().equals(split)).toList();
            ClaimsScore score = score(in);
            for (ClaimsField field : ClaimsField.values()) {
                String prefix = split + " " + field.label() + " ";
                metrics.add(new Metric(prefix + "F1", score.f1(field)));
                metrics.add(new Metric(prefix + "precision", score.precision(field)));
                metrics.add(new Metric(prefix + "recall", score.recall(field)));
            }
            notes.add(String.format(Locale.ROOT, "%s: %d articles, %d gold figures, %d predicted, %d matched, %d exact",
                    split, in.size(), score.gold(), score.predicted(), score.right(ClaimsField.DETECTION),
                    score.right(ClaimsField.EXACT)));
        }
        ClaimsScore all = score(results);
        if (all.predicted() == 0) {
            notes.add("the pipeline predicted no claims at all: is a claims extractor registered in"
                    + " Extractors.standard()?");
        }
        notes.add(String.format(Locale.ROOT, "bar (DESIGN.md §6): test exact F1 >= 0.85; now %.4f",
                score(results.stream().filter(r -> r.gold().split().equals("test")).toList()).f1(ClaimsField.EXACT)));
        notes.add("matching: a predicted figure pairs with a gold figure whose span (raw article offsets) overlaps it,"
                + " one to one, largest overlap first; precision = pairs right / predicted, recall = pairs right / gold");
        notes.add("value: same bounds (relative tolerance 1e-6) and closedness, same vagueness; vague gold (thousands"
                + " → [2000, ∞)) compares the lower bound only; attribution: names equal ignoring case, one inside the"
                + " other, or both empty; exact = value, qualifier, measure and attribution all right");
        notes.add("split: SHA-256 of 'corpus:article' starting 0-4 is dev (develop on it), 5-f is test (report it)");
        List<ArticleResult> dev = results.stream().filter(r -> r.gold().split().equals("dev")).toList();
        notes.addAll(confusions(dev, ClaimsField.MEASURE, ClaimsFigure::measure));
        notes.addAll(confusions(dev, ClaimsField.QUALIFIER, ClaimsFigure::qualifier));
        notes.addAll(confusions(dev, ClaimsField.ATTRIBUTION, ClaimsFigure::source));
        notes.addAll(devErrors(dev));
        notes.addAll(problems);
        notes.add("reproduce: sitrep eval claims");
        return new EvaluationReport("claims", "claims gold (hand-annotated GeoVirus, TR-News, GeoWebNews articles, "
                + results.stream().mapToInt(r -> r.gold().claims().size()).sum() + " figures)",
                "test/dev", results.size(), metrics, notes);
    }

    static ClaimsScore score(List<ArticleResult> results) {
        ClaimsScore score = new ClaimsScore();
        results.forEach(r -> score.add(r.gold().claims(), r.predicted(), r.pairs()));
        return score;
    }

    /**
     * Every dev figure missed or not exactly right, one line each with the fields that differ (gold → predicted),
     * so that a rule can be traced to the sentence it fails on. Dev only: test errors are never shown.
     */
    static List<String> devErrors(List<ArticleResult> dev) {
        List<String> lines = new ArrayList<>();
        for (ArticleResult result : dev) {
            for (ClaimsMatcher.Pair pair : result.pairs()) {
                ClaimsFigure gold = pair.gold();
                ClaimsFigure predicted = pair.predicted();
                StringBuilder line = new StringBuilder();
                for (ClaimsField field : List.of(ClaimsField.VALUE, ClaimsField.QUALIFIER, ClaimsField.MEASURE,
                        ClaimsField.ATTRIBUTION)) {
                    if (!field.right(gold, predicted)) {
                        line.append(' ').append(field.label()).append(' ').append(shown(field, gold)).append(" → ")
                                .append(shown(field, predicted)).append(';');
                    }
                }
                if (!line.isEmpty()) {
                    lines.add("dev error " + result.gold().key() + " @" + gold.begin() + " '" + gold.text() + "':" + line);
                }
            }
            List<ClaimsFigure> paired = result.pairs().stream().map(ClaimsMatcher.Pair::gold).toList();
            result.gold().claims().stream().filter(figure -> !paired.contains(figure)).forEach(figure -> lines.add(
                    "dev error " + result.gold().key() + " @" + figure.begin() + " '" + figure.text() + "': missed;"));
        }
        return lines;
    }

    private static String shown(ClaimsField field, ClaimsFigure figure) {
        return switch (field) {
            case VALUE -> (figure.lowClosed() ? "[" : "(") + figure.low() + ", " + figure.high()
                    + (figure.highClosed() ? "]" : ")") + (figure.vague() ? " vague" : "");
            case QUALIFIER -> "'" + figure.qualifier() + "'";
            case MEASURE -> figure.measure();
            default -> "'" + figure.source() + "'";
        };
    }

    /** The commonest mistakes in one field on dev, to show the extractor's author where to look (never test). */
    static List<String> confusions(List<ArticleResult> dev, ClaimsField field, Function<ClaimsFigure, String> value) {
        Map<String, Integer> confusions = new TreeMap<>();
        for (ArticleResult result : dev) {
            for (ClaimsMatcher.Pair pair : result.pairs()) {
                if (!field.right(pair.gold(), pair.predicted())) {
                    confusions.merge("'" + value.apply(pair.gold()) + "' → '" + value.apply(pair.predicted()) + "'", 1,
                            Integer::sum);
                }
            }
        }
        if (confusions.isEmpty()) {
            return List.of();
        }
        StringBuilder line = new StringBuilder("dev " + field.label() + " confusions (gold → predicted): ");
        confusions.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(10)
                .forEach(e -> line.append(e.getKey()).append(' ').append(e.getValue()).append("; "));
        return List.of(line.toString().strip());
    }
}
