package org.sitrep.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.sitrep.link.story.StoryClusterer;
import org.sitrep.link.story.StoryInput;
import org.sitrep.link.story.StorySettings;

/**
 * Story clustering (DESIGN.md §6 bar: B-cubed F1 ≥ 0.90) on the UCI News Aggregator sample in
 * {@code ../shared/eval/story-clustering/}: 4,210 headlines of 57 gold stories, fed one by one in timestamp order to
 * {@link StoryClusterer} as text and time only (no annotations), scored with {@link StoryBCubed}.
 *
 * <p>Split by gold story: SHA-256 of the story id starting 0-7 is {@code dev} (thresholds were tuned on it), 8-f
 * is {@code test} (reported). A split by story keeps each story whole on one side; a split by time would cut most
 * stories in two, since they run less than a day in a 36-hour sample. The whole stream is always clustered, so
 * each part meets the other's headlines as confusers; each part is scored on its own headlines.
 */
public final class StoryEvaluation implements Evaluation {

    /** Single-link thresholds tried on dev for the baseline. */
    static final double[] SINGLE_LINK = {0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8};

    @Override
    public String name() {
        return "stories";
    }

    @Override
    public String description() {
        return "story clustering: B-cubed P/R/F1 and stories found on the UCI News Aggregator headlines, streamed";
    }

    @Override
    public EvaluationReport run(Path shared) throws IOException {
        List<StoryHeadlines.Headline> headlines = StoryHeadlines.load(shared);
        Gold split = Gold.of(headlines);
        Map<String, String> gold = split.stories();
        List<String> dev = split.dev();
        List<String> test = split.test();
        List<Metric> metrics = new ArrayList<>();
        List<String> notes = new ArrayList<>();

        long started = System.nanoTime();
        Map<String, String> sitrep = cluster(headlines, StorySettings.defaults());
        double seconds = (System.nanoTime() - started) / 1e9;
        add(metrics, notes, "sitrep", gold, sitrep, dev, test);

        Map<String, String> singletons = new HashMap<>();
        headlines.forEach(h -> singletons.put(h.id(), h.id()));
        add(metrics, notes, "all-singletons", gold, singletons, dev, test);

        double bestThreshold = bestOnDev(SINGLE_LINK, t -> singleLink(headlines, t), gold, dev);
        add(metrics, notes, String.format(Locale.ROOT, "single-link cosine>=%.1f", bestThreshold), gold,
                singleLink(headlines, bestThreshold), dev, test);

        StorySettings tuned = StorySettings.defaults();
        Map<String, StorySettings> ablations = new java.util.LinkedHashMap<>();
        ablations.put("without time damping (time scale 10 years)", tuned.withTimeScale(Duration.ofDays(3650)));
        ablations.put("without merging (merge threshold above any cosine)", tuned.withMerge(2.0));
        for (var ablation : ablations.entrySet()) {
            Map<String, String> predicted = cluster(headlines, ablation.getValue());
            notes.add(String.format(Locale.ROOT, "sitrep %s: test B3 F1 %.4f, dev %.4f", ablation.getKey(),
                    StoryBCubed.score(gold, predicted, test).f1(), StoryBCubed.score(gold, predicted, dev).f1()));
        }
        notes.add(String.format(Locale.ROOT, "bar (DESIGN.md §6): test B-cubed F1 >= 0.90; now %.4f",
                StoryBCubed.score(gold, sitrep, test).f1()));
        notes.add(String.format(Locale.ROOT, "sitrep clustered %d headlines in %.2f s (%.0f headlines/s), settings %s",
                headlines.size(), seconds, headlines.size() / seconds, StorySettings.defaults()));
        notes.add("split: SHA-256(gold story id) starting 0-7 = dev (tuned on), 8-f = test (reported); the whole stream"
                + " is clustered once, each part scored on its own headlines");
        notes.add("single-link: exact streaming TF-IDF cosine single link, threshold chosen on dev from "
                + java.util.Arrays.toString(SINGLE_LINK));
        notes.add("these are StorySettings.defaults(), tuned on dev; the pipeline clusters full articles with"
                + " StorySettings.forArticles() (time scale 30 days, join 0.2, merge 0.3: best on dev without time among"
                + " 0.2/0.3, 0.3/0.4, 0.4/0.5; not tuned on articles: no dated full-text story data yet)");
        notes.add("reproduce: sitrep eval stories");
        return new EvaluationReport("stories", "UCI News Aggregator sample (" + headlines.size() + " headlines, "
                + new HashSet<>(gold.values()).size() + " stories)", "test/dev", headlines.size(), metrics, notes);
    }

    /** Each headline's gold story, and the headlines of the dev and test parts. */
    record Gold(Map<String, String> stories, List<String> dev, List<String> test) {
        static Gold of(List<StoryHeadlines.Headline> headlines) {
            Map<String, String> stories = new HashMap<>();
            List<String> dev = new ArrayList<>();
            List<String> test = new ArrayList<>();
            for (StoryHeadlines.Headline headline : headlines) {
                stories.put(headline.id(), headline.story());
                (split(headline.story()).equals("dev") ? dev : test).add(headline.id());
            }
            return new Gold(stories, dev, test);
        }
    }

    static Map<String, String> cluster(List<StoryHeadlines.Headline> headlines, StorySettings settings) {
        try (StoryClusterer clusterer = new StoryClusterer(settings)) {
            headlines.forEach(h -> clusterer.add(StoryInput.ofText(h.id(), h.title(), h.time())));
            return clusterer.storyIds();
        }
    }

    static Map<String, String> singleLink(List<StoryHeadlines.Headline> headlines, double threshold) {
        StorySingleLink singleLink = new StorySingleLink(threshold);
        headlines.forEach(h -> singleLink.add(h.id(), h.title()));
        return singleLink.clusters();
    }

    static double bestOnDev(double[] values, Function<Double, Map<String, String>> run, Map<String, String> gold,
                            List<String> dev) {
        double best = values[0];
        double bestF1 = -1;
        for (double value : values) {
            double f1 = StoryBCubed.score(gold, run.apply(value), dev).f1();
            if (f1 > bestF1) {
                bestF1 = f1;
                best = value;
            }
        }
        return best;
    }

    private static void add(List<Metric> metrics, List<String> notes, String system, Map<String, String> gold,
                            Map<String, String> predicted, List<String> dev, List<String> test) {
        for (var split : List.of(Map.entry("test", test), Map.entry("dev", dev))) {
            StoryBCubed score = StoryBCubed.score(gold, predicted, split.getValue());
            String prefix = split.getKey() + " " + system + " ";
            metrics.add(new Metric(prefix + "B3 F1", score.f1()));
            metrics.add(new Metric(prefix + "B3 precision", score.precision()));
            metrics.add(new Metric(prefix + "B3 recall", score.recall()));
            notes.add(String.format(Locale.ROOT, "%s %s: %d stories found for %d gold stories (%d headlines)",
                    split.getKey(), system, count(predicted, split.getValue()), count(gold, split.getValue()),
                    split.getValue().size()));
        }
    }

    /** How many distinct clusters the given items fall into. */
    static int count(Map<String, String> clusters, List<String> items) {
        return (int) items.stream().map(clusters::get).distinct().count();
    }

    /** {@code dev} or {@code test}, by the gold story id's SHA-256 (as {@link CleanEvaluation#split}). */
    static String split(String story) {
        return CleanEvaluation.split(story);
    }

    /** For developing the clusterer: dev F1 of a grid of settings around the defaults (never test). */
    public static String explore(Path shared) throws IOException {
        List<StoryHeadlines.Headline> headlines = StoryHeadlines.load(shared);
        Map<String, String> gold = Gold.of(headlines).stories();
        List<String> dev = Gold.of(headlines).dev();
        StringBuilder out = new StringBuilder();
        List<Map.Entry<String, Double>> results = new ArrayList<>();
        for (double join : new double[] {0.08, 0.10, 0.12}) {
            for (double mergeAbove : new double[] {0, 0.1}) {
                for (Duration scale : List.of(Duration.ofMinutes(30), Duration.ofHours(1))) {
                    StorySettings settings = StorySettings.defaults().withJoin(join).withMerge(join + mergeAbove)
                            .withTimeScale(scale);
                    Map<String, String> predicted = cluster(headlines, settings);
                    StoryBCubed score = StoryBCubed.score(gold, predicted, dev);
                    String line = String.format(Locale.ROOT, "join %.2f merge %.2f scale %s: dev F1 %.4f P %.4f R %.4f stories %d%n",
                            join, join + mergeAbove, scale, score.f1(), score.precision(), score.recall(), count(predicted, dev));
                    out.append(line);
                    results.add(Map.entry(line, score.f1()));
                }
            }
        }
        results.sort(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()));
        out.append("best:\n");
        results.stream().limit(5).forEach(e -> out.append(e.getKey()));
        return out.toString();
    }
}
