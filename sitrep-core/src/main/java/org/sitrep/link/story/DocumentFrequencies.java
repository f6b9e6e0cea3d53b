package org.sitrep.link.story;

import java.util.HashMap;
import java.util.Map;

/**
 * How many documents seen so far contain each term: the inverse document frequency of a stream, which changes as
 * documents arrive (nothing is known of the corpus in advance).
 */
public final class DocumentFrequencies {

    private final Map<String, Integer> frequencies = new HashMap<>();
    private int documents;

    public void add(TermCounts terms) {
        documents++;
        terms.counts().keySet().forEach(term -> frequencies.merge(term, 1, Integer::sum));
    }

    public int documents() {
        return documents;
    }

    /** Smoothed idf, ln((N + 1) / (df + 1)) + 1: never zero, so a term in every document still counts a little. */
    public double idf(String term) {
        return Math.log((documents + 1.0) / (frequencies.getOrDefault(term, 0) + 1.0)) + 1.0;
    }

    /** A term's weight in one document: sublinear term frequency (1 + ln tf) times idf, as in SMART ltc. */
    public double weight(String term, int count) {
        return (1.0 + Math.log(count)) * idf(term);
    }
}
