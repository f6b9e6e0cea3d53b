package org.sitrep.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.sitrep.ingest.InputProblem;
import org.sitrep.ingest.Metadata;
import org.sitrep.ingest.RawDocument;
import org.sitrep.model.Document;
import org.sitrep.pipeline.DocumentPreparer;
import org.sitrep.pipeline.Pipeline;

/**
 * Events (DESIGN.md §3 {@code Event}, issue 6) on sitrep's hand-annotated gold set of event sentences
 * ({@link EventsGold}, guidelines in {@code docs/events-annotation-guidelines.md}) from real articles of the
 * geoparsing corpora. Each article goes through the real pipeline; the predicted events whose sentence overlaps an
 * annotated sentence are paired with that sentence's gold events (same type and sub-type first, then same type,
 * then any), and each {@link EventsField} is scored: precision = pairs right / predicted events in annotated
 * sentences (a prediction in a sentence with no gold event is wrong in every field), recall = pairs right / gold
 * events. Predicted events in sentences nobody annotated are not scored.
 */
public final class EventsEvaluation implements Evaluation {

    record Pair(EventsGold.GoldEvent gold, EventsPrediction predicted) {}

    /** One annotated sentence with the events predicted in it and their pairing. */
    record SentenceResult(String split, EventsGold.Sentence gold, List<EventsPrediction> predicted, List<Pair> pairs) {}

    @Override
    public String name() {
        return "events";
    }

    @Override
    public String description() {
        return "events: type, sub-type, actors, place, date, fatalities P/R/F1 on the hand-annotated event sentences"
                + " of GeoVirus, TR-News and GeoWebNews articles";
    }

    @Override
    public EvaluationReport run(Path shared) throws IOException {
        List<EventsGold.Article> gold = EventsGold.load();
        ClaimsArticles articles = new ClaimsArticles(shared);
        Pipeline pipeline = Pipeline.standard();
        DocumentPreparer preparer = new DocumentPreparer();
        List<SentenceResult> results = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (EventsGold.Article article : gold) {
            String text = articles.text(article.corpus(), article.article());
            EventsGold.verify(article, text);
            List<EventsPrediction> predicted = new ArrayList<>();
            try {
                Document document = preparer.prepare(new RawDocument(
                        articles.source(article.corpus(), article.article()), text, Metadata.NONE));
                pipeline.analyze(document).events().forEach(e -> predicted.add(EventsPrediction.of(e, document)));
            } catch (InputProblem problem) {
                problems.add("pipeline refused " + article.key() + ": " + problem.problem());
            }
            results.addAll(sentences(article, predicted));
        }
        return report(results, problems);
    }

    /** Each prediction goes to the first annotated sentence it overlaps, once. */
    static List<SentenceResult> sentences(EventsGold.Article article, List<EventsPrediction> predicted) {
        List<EventsPrediction> left = new ArrayList<>(predicted);
        List<SentenceResult> results = new ArrayList<>();
        for (EventsGold.Sentence sentence : article.sentences()) {
            List<EventsPrediction> in = left.stream().filter(p -> p.overlaps(sentence)).toList();
            left.removeAll(in);
            results.add(new SentenceResult(article.split(), sentence, in, pair(sentence.events(), in)));
        }
        return results;
    }

    /** Greedy pairing inside one sentence: same type and sub-type first, then same type, then in text order. */
    static List<Pair> pair(List<EventsGold.GoldEvent> gold, List<EventsPrediction> predicted) {
        List<Pair> pairs = new ArrayList<>();
        List<EventsGold.GoldEvent> goldLeft = new ArrayList<>(gold);
        List<EventsPrediction> predictedLeft = new ArrayList<>(predicted);
        for (int level = 2; level >= 0; level--) {
            for (EventsGold.GoldEvent g : List.copyOf(goldLeft)) {
                for (EventsPrediction p : List.copyOf(predictedLeft)) {
                    int fit = g.type().equals(p.type()) ? (g.subType().equals(p.subType()) ? 2 : 1) : 0;
                    if (fit >= level && goldLeft.contains(g) && predictedLeft.contains(p)) {
                        pairs.add(new Pair(g, p));
                        goldLeft.remove(g);
                        predictedLeft.remove(p);
                    }
                }
            }
        }
        return pairs;
    }

    static EvaluationReport report(List<SentenceResult> results, List<String> problems) {
        List<Metric> metrics = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (String split : List.of("test", "dev")) {
            List<SentenceResult> in = results.stream().filter(r -> r.split().equals(split)).toList();
            int gold = in.stream().mapToInt(r -> r.gold().events().size()).sum();
            int predicted = in.stream().mapToInt(r -> r.predicted().size()).sum();
            Map<EventsField, Integer> right = new EnumMap<>(EventsField.class);
            for (SentenceResult result : in) {
                for (Pair pair : result.pairs()) {
                    for (EventsField field : EventsField.values()) {
                        right.merge(field, field.right(pair.gold(), pair.predicted()) ? 1 : 0, Integer::sum);
                    }
                }
            }
            for (EventsField field : EventsField.values()) {
                double p = ratio(right.getOrDefault(field, 0), predicted);
                double r = ratio(right.getOrDefault(field, 0), gold);
                metrics.add(new Metric(split + " " + field.label() + " F1", p + r == 0 ? 0 : 2 * p * r / (p + r)));
                metrics.add(new Metric(split + " " + field.label() + " precision", p));
                metrics.add(new Metric(split + " " + field.label() + " recall", r));
            }
            long negatives = in.stream().filter(r -> r.gold().events().isEmpty()).count();
            long falseAlarms = in.stream().filter(r -> r.gold().events().isEmpty() && !r.predicted().isEmpty()).count();
            notes.add(String.format(Locale.ROOT, "%s: %d sentences (%d with no event), %d gold events, %d predicted,"
                    + " %d paired, %d of the sentences with no event got a predicted event", split, in.size(), negatives,
                    gold, predicted, in.stream().mapToInt(r -> r.pairs().size()).sum(), falseAlarms));
        }
        notes.add("pairing: inside an annotated sentence, same type and sub-type first, then same type, then any;"
                + " precision = pairs right / predicted events in annotated sentences, recall = pairs right / gold events");
        notes.add("split: SHA-256 of 'corpus:article' starting 0-4 is dev (develop on it), 5-f is test (report it)");
        notes.addAll(confusions(results.stream().filter(r -> r.split().equals("dev")).toList()));
        notes.addAll(problems);
        notes.add("reproduce: sitrep eval events");
        int events = results.stream().mapToInt(r -> r.gold().events().size()).sum();
        return new EvaluationReport("events", "events gold (hand-annotated GeoVirus, TR-News, GeoWebNews sentences, "
                + events + " events)", "test/dev", results.size(), metrics, notes);
    }

    private static double ratio(int right, int of) {
        return of == 0 ? 0 : (double) right / of;
    }

    /** The commonest type mistakes on dev, to show where to look (never test). */
    private static List<String> confusions(List<SentenceResult> dev) {
        Map<String, Integer> confusions = new TreeMap<>();
        for (SentenceResult result : dev) {
            for (Pair pair : result.pairs()) {
                if (!EventsField.SUBTYPE.right(pair.gold(), pair.predicted())) {
                    confusions.merge("'" + pair.gold().subType() + "' → '" + pair.predicted().subType() + "'", 1,
                            Integer::sum);
                }
            }
        }
        if (confusions.isEmpty()) {
            return List.of();
        }
        StringBuilder line = new StringBuilder("dev sub-type confusions (gold → predicted): ");
        confusions.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(10)
                .forEach(e -> line.append(e.getKey()).append(' ').append(e.getValue()).append("; "));
        return List.of(line.toString().strip());
    }
}
