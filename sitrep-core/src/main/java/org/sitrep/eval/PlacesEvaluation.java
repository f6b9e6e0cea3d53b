package org.sitrep.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.sitrep.extract.place.gazetteer.Distances;
import org.sitrep.extract.place.PlaceResolver;
import org.sitrep.extract.place.Resolution;
import org.sitrep.extract.place.Toponym;
import org.sitrep.extract.place.gazetteer.Gazetteer;

/**
 * Toponym resolution and recognition on the geoparsing corpora (GeoWebNews, TR-News, GeoVirus; Gritta et al.
 * 2019). On gold spans: each article's gold toponyms go to {@link PlaceResolver} together (so the document
 * context is the gold names), scored by error distance ({@link PlacesScore}), beside the population-prior
 * baseline (the most populous candidate of the same gazetteer). End to end: CoreNLP and the place extractor on
 * the text, scored by {@link PlacesEndToEnd}.
 *
 * <p>The corpora have no split of their own: an article is {@code dev} (the part weights and thresholds were
 * set on) when SHA-256 of {@code corpus#index} starts with 0-7, {@code test} otherwise (held out).
 * The end-to-end run costs about a second of CoreNLP per article; {@code -Dsitrep.places.e2e=N} caps the
 * number of test articles (0 skips it).
 */
public final class PlacesEvaluation implements Evaluation {

    @Override
    public String name() {
        return "places";
    }

    @Override
    public String description() {
        return "place resolution (accuracy@161 km, error km, AUC) and recognition P/R/F1 on GeoWebNews, TR-News, GeoVirus";
    }

    @Override
    public EvaluationReport run(Path shared) throws IOException {
        PlacesGold.Corpora corpora = PlacesGold.read(shared);
        long start = System.nanoTime();
        PlaceResolver resolver = new PlaceResolver(Gazetteer.standard());
        double loadSeconds = (System.nanoTime() - start) / 1e9;
        List<Metric> metrics = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Map<String, Predicate<PlacesGold.Article>> splits = new LinkedHashMap<>();
        splits.put("test", a -> a.split().equals("test"));
        splits.put("dev", a -> a.split().equals("dev"));
        for (var split : splits.entrySet()) {
            List<PlacesGold.Article> articles = corpora.articles().stream().filter(split.getValue()).toList();
            for (String corpus : List.of("all", "GeoWebNews", "TR-News", "GeoVirus")) {
                List<PlacesGold.Article> in = articles.stream()
                        .filter(a -> corpus.equals("all") || a.corpus().equals(corpus)).toList();
                String prefix = split.getKey() + " " + corpus + " gold spans ";
                add(metrics, prefix + "sitrep ", goldSpanErrors(resolver, in, false));
                add(metrics, prefix + "population ", goldSpanErrors(resolver, in, true));
                if (!corpus.equals("GeoVirus")) {
                    metrics.add(new Metric(prefix + "sitrep same GeoNames id", sameIdShare(resolver, in)));
                }
            }
        }
        int cap = Integer.getInteger("sitrep.places.e2e", Integer.MAX_VALUE);
        if (cap > 0) {
            List<PlacesGold.Article> test = corpora.articles().stream().filter(a -> a.split().equals("test"))
                    .limit(cap).toList();
            PlacesEndToEnd.Result e2e = PlacesEndToEnd.run(test);
            metrics.add(new Metric("test end-to-end recognition F1", e2e.f1()));
            metrics.add(new Metric("test end-to-end recognition precision", e2e.precision()));
            metrics.add(new Metric("test end-to-end recognition recall", e2e.recall()));
            add(metrics, "test end-to-end found toponyms ", e2e.errors());
            notes.add(String.format(Locale.ROOT, "end to end: %d test articles, %.1f s CoreNLP+extraction"
                    + " (%.2f s/article, of which places %.1f ms/article); a gold toponym is found when a predicted"
                    + " span overlaps it", e2e.articles(), e2e.seconds(), e2e.seconds() / Math.max(1, e2e.articles()),
                    1000 * e2e.placeSeconds() / Math.max(1, e2e.articles())));
        }
        long devArticles = corpora.articles().stream().filter(a -> a.split().equals("dev")).count();
        notes.add("articles: " + corpora.articles().size() + " (dev " + devArticles + ", test "
                + (corpora.articles().size() - devArticles) + "); gold toponyms not at their offsets, dropped: "
                + corpora.misplaced());
        notes.add("split: dev = SHA-256(corpus#index) starts 0-7 (tuned on), test = 8-f (held out)");
        notes.add("population = baseline: most populous candidate of the same gazetteer; unresolved = 20,039 km");
        notes.add(String.format(Locale.ROOT, "gazetteer: %d entries, loaded in %.2f s", resolver.gazetteer().size(),
                loadSeconds));
        notes.add("same GeoNames id: where the gold names a GeoNames entry (GeoWebNews, TR-News), the share resolved"
                + " to it; the corpora put countries and provinces at different points, which 161 km can miss");
        notes.add("published figures for these corpora: Gritta et al. 2019, 'A Pragmatic Guide to Geoparsing"
                + " Evaluation' (whole corpora, their own gazetteer and splits; not directly comparable)");
        return new EvaluationReport("places", "geoparsing (GeoWebNews, TR-News, GeoVirus)", "test/dev",
                corpora.articles().size(), metrics, notes);
    }

    private static void add(List<Metric> metrics, String prefix, List<Double> errors) {
        PlacesScore s = PlacesScore.of(errors);
        metrics.add(new Metric(prefix + "accuracy@161km", s.accuracy161()));
        metrics.add(new Metric(prefix + "AUC", s.auc()));
        metrics.add(new Metric(prefix + "median km", s.medianKm()));
        metrics.add(new Metric(prefix + "mean km", s.meanKm()));
        metrics.add(new Metric(prefix + "toponyms", s.toponyms()));
    }

    /** Error in km of each gold toponym resolved on its gold span; NaN when unresolved. */
    static List<Double> goldSpanErrors(PlaceResolver resolver, List<PlacesGold.Article> articles, boolean baseline) {
        List<Double> errors = new ArrayList<>();
        for (PlacesGold.Article article : articles) {
            List<Toponym> toponyms = article.toponyms().stream()
                    .map(t -> Toponym.gold(t.begin(), t.end(), t.name())).toList();
            List<Resolution> resolved = baseline ? toponyms.stream().map(resolver::mostPopulous).toList()
                    : resolver.resolve(toponyms);
            for (int i = 0; i < toponyms.size(); i++) {
                errors.add(error(resolver.gazetteer(), resolved.get(i), article.toponyms().get(i)));
            }
        }
        return errors;
    }

    /**
     * Among gold toponyms that name a GeoNames id, the share resolved to that very entry: correctness apart from
     * where a corpus puts a country's or a province's point (GeoWebNews, TR-News and GeoVirus each differ).
     */
    static double sameIdShare(PlaceResolver resolver, List<PlacesGold.Article> articles) {
        int withId = 0;
        int same = 0;
        for (PlacesGold.Article article : articles) {
            List<Toponym> toponyms = article.toponyms().stream()
                    .map(t -> Toponym.gold(t.begin(), t.end(), t.name())).toList();
            List<Resolution> resolved = resolver.resolve(toponyms);
            for (int i = 0; i < toponyms.size(); i++) {
                String gold = article.toponyms().get(i).geonamesId();
                if (gold.isEmpty()) {
                    continue;
                }
                withId++;
                if (resolved.get(i).isResolved() && resolver.gazetteer().id(resolved.get(i).resolved()).equals(gold)) {
                    same++;
                }
            }
        }
        return withId == 0 ? 0 : same / (double) withId;
    }

    static double error(Gazetteer gazetteer, Resolution resolution, PlacesGold.Toponym gold) {
        if (!resolution.isResolved()) {
            return Double.NaN;
        }
        int e = resolution.resolved();
        return Distances.km(gazetteer.latitude(e), gazetteer.longitude(e), gold.latitude(), gold.longitude());
    }
}
