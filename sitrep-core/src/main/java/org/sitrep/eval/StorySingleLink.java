package org.sitrep.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.link.story.DocumentFrequencies;
import org.sitrep.link.story.TermCounts;
import org.sitrep.link.story.TextTerms;

/**
 * The plain baseline the story clusterer is read against: streaming single-link clustering on TF-IDF cosine. A new
 * document joins (and so merges) the stories of every earlier document whose cosine with it reaches the threshold.
 * Exact, not candidate-limited: every earlier document sharing a term is compared, through an inverted list.
 * Earlier documents keep the weights they had on arrival (idf of the stream then); no time, no entities.
 */
final class StorySingleLink {

    private final double threshold;
    private final TextTerms textTerms = new TextTerms();
    private final DocumentFrequencies frequencies = new DocumentFrequencies();
    private final Map<String, List<Posting>> postings = new HashMap<>();
    private final Map<String, String> parent = new HashMap<>();

    private record Posting(String document, double weight) {}

    StorySingleLink(double threshold) {
        this.threshold = threshold;
    }

    void add(String id, String text) {
        TermCounts terms = textTerms.of(text);
        frequencies.add(terms);
        Map<String, Double> weights = new HashMap<>();
        terms.counts().forEach((term, count) -> weights.put(term, frequencies.weight(term, count)));
        double norm = Math.sqrt(weights.values().stream().mapToDouble(w -> w * w).sum());
        Map<String, Double> dots = new HashMap<>();
        weights.forEach((term, weight) -> {
            for (Posting posting : postings.getOrDefault(term, List.of())) {
                dots.merge(posting.document(), weight / norm * posting.weight(), Double::sum);
            }
        });
        parent.put(id, id);
        dots.forEach((other, cosine) -> {
            if (cosine >= threshold) {
                parent.put(root(other), root(id));
            }
        });
        weights.forEach((term, weight) -> postings.computeIfAbsent(term, t -> new ArrayList<>())
                .add(new Posting(id, weight / norm)));
    }

    Map<String, String> clusters() {
        Map<String, String> clusters = new HashMap<>();
        parent.keySet().forEach(id -> clusters.put(id, root(id)));
        return clusters;
    }

    private String root(String id) {
        String at = id;
        while (!parent.get(at).equals(at)) {
            String up = parent.get(at);
            parent.put(at, parent.get(up));
            at = up;
        }
        return at;
    }
}
