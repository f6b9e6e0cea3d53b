package org.sitrep.model;

import java.util.List;

/**
 * A quantitative claim: "up to 20,000 people have gathered at the Bab al-Salama border crossing".
 *
 * @param qualifier as written: "up to", "at least", "about"…; empty when bare
 * @param measure   what kind of quantity: killed, displaced, stranded, air strikes, distance…
 * @param object    what is counted: people, civilians, refugees, villages…
 */
public record Claim(
        Span span,
        String asWritten,
        Interval value,
        String qualifier,
        String unit,
        String measure,
        String object,
        PlaceMention place,
        TimeRef time,
        Attribution attribution,
        List<String> hedges) {

    public Claim {
        hedges = List.copyOf(hedges);
    }
}
