package org.sitrep.model;

import java.util.List;

/** Claims about the same measure, thing, place and period, and whether the sources agree. */
public record ClaimGroup(
        String id,
        String measure,
        String object,
        String place,
        List<Claim> claims,
        Verdict verdict,
        int independentSources,
        String reasoning) {

    public ClaimGroup {
        claims = List.copyOf(claims);
    }

    public enum Verdict { CORROBORATED, CONSISTENT, CONFLICTING, SINGLE_SOURCE }
}
