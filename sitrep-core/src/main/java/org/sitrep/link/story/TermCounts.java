package org.sitrep.link.story;

import java.util.Map;

/**
 * A text as a bag of terms (English stems, stop words dropped) with how often each occurs, and for each stem the
 * form it first had in the text, to write a label a person can read ("tapering", not "taper").
 */
public record TermCounts(Map<String, Integer> counts, Map<String, String> surfaces) {
    public TermCounts {
        counts = Map.copyOf(counts);
        surfaces = Map.copyOf(surfaces);
    }

    public boolean isEmpty() {
        return counts.isEmpty();
    }
}
