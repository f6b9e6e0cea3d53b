package org.sitrep.link.claims;

/** How two figures of a group relate. */
enum Agreement {
    /** their intervals overlap and they state the same figure */
    SAME,
    /** their intervals overlap but the figures stated differ, e.g. two lower bounds */
    COMPATIBLE,
    /** a growing count, reported larger later: an update */
    UPDATE,
    /** they cannot both be true */
    CONFLICT;

    static Agreement of(AlignedClaim a, AlignedClaim b) {
        if (Figures.overlap(a.claim().value(), b.claim().value())) {
            return Figures.sameStatedFigure(a.claim().value(), b.claim().value()) ? SAME : COMPATIBLE;
        }
        if (datedApart(a, b)) {
            boolean aLater = a.period().date().isAfter(b.period().date());
            AlignedClaim later = aLater ? a : b;
            AlignedClaim earlier = aLater ? b : a;
            return Figures.above(later.claim().value(), earlier.claim().value()) ? UPDATE : CONFLICT;
        }
        return CONFLICT;
    }

    /** Two cumulative figures of known, different days: compared along time. */
    static boolean datedApart(AlignedClaim a, AlignedClaim b) {
        return a.period().cumulative() && b.period().cumulative() && a.period().date() != null
                && b.period().date() != null && !a.period().date().equals(b.period().date());
    }
}
