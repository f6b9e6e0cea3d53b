package org.sitrep.link.story;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A story's label, as an analyst would scan a list of stories: the entities most of its members name, then its
 * most telling terms (highest centroid weight), as first written.
 */
final class StoryLabel {

    static final int ENTITIES = 3;
    static final int WORDS = 6;

    /**
     * Words of reporting, in every news story: with few documents their idf cannot yet tell that they say nothing
     * about the story, so they are kept out of labels (they still count for similarity).
     */
    static final Set<String> REPORTING = Set.of("said", "says", "say", "told", "tell", "according", "report",
            "reported", "reports", "reuters", "afp", "ap", "news", "also", "would", "could", "one", "two", "year");

    private StoryLabel() {}

    static String of(StoryState story, DocumentFrequencies frequencies) {
        Set<String> parts = new LinkedHashSet<>();
        story.entityCounts.keySet().stream()
                .sorted(Comparator.comparing((String key) -> -story.entityCounts.get(key))
                        .thenComparing(key -> -story.entityProminence.get(key))
                        .thenComparing(Comparator.naturalOrder()))
                .limit(ENTITIES)
                .forEach(key -> parts.add(story.entityNames.get(key)));
        List<Map.Entry<String, Double>> terms = new ArrayList<>(story.termMass.entrySet());
        terms.sort(Comparator.comparingDouble((Map.Entry<String, Double> e) -> -e.getValue() * frequencies.idf(e.getKey()))
                .thenComparing(Map.Entry.comparingByKey()));
        Set<String> lowerParts = new LinkedHashSet<>();
        parts.forEach(part -> lowerParts.add(part.toLowerCase(Locale.ROOT)));
        for (Map.Entry<String, Double> term : terms) {
            if (parts.size() >= WORDS) {
                break;
            }
            String word = story.surfaces.getOrDefault(term.getKey(), term.getKey());
            if (REPORTING.contains(word.toLowerCase(Locale.ROOT))) {
                continue;
            }
            // An entity already in the label ("Plosser") need not come back as a word ("plosser").
            if (lowerParts.stream().noneMatch(part -> part.contains(word.toLowerCase(Locale.ROOT)))) {
                parts.add(word);
                lowerParts.add(word.toLowerCase(Locale.ROOT));
            }
        }
        return String.join(", ", parts);
    }
}
