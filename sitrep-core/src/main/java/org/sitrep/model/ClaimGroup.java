package org.sitrep.model;

import java.util.List;

/**
 * Claims about the same measure, thing, place and period, and whether the sources agree.
 *
 * @param object  the thing counted, normalised ("people" for "civilians", "Syrians", "refugees"…), or null
 * @param place   the place the figures apply to, or null when none of them gives one
 * @param period  when the figures hold: a day or time ("2016-02-05"), the sentence's words for a time off the
 *                calendar ("“Friday” (unanchored)", "“the past two days” (a span)"), or for counts that only grow
 *                the span of dates compared ("growing count, 2016-02-05 to 2016-02-08")
 * @param sources the independent sources, as shown; {@code independentSources} is their count
 * @param lineage who gave the figures first and who repeated them
 */
public record ClaimGroup(
        String id,
        String measure,
        String object,
        String place,
        String period,
        List<Claim> claims,
        Verdict verdict,
        int independentSources,
        List<String> sources,
        String reasoning,
        Lineage lineage) {

    public ClaimGroup {
        claims = List.copyOf(claims);
        sources = List.copyOf(sources);
    }

    public enum Verdict { CORROBORATED, CONSISTENT, CONFLICTING, SINGLE_SOURCE }
}
