package org.sitrep.link.claims;

import org.sitrep.extract.claim.Measure;

/**
 * The blocking key of a claim group: claims are grouped by hashing this key, so no claim is compared with the
 * corpus, only with the claims of its own block. The unit keeps "half the population" apart from head counts;
 * increments ("another 10,000") are kept apart from totals.
 */
record GroupKey(Measure measure, String thing, String unit, boolean projection, boolean increment, String period,
                String place) {

    static GroupKey of(AlignedClaim claim) {
        return new GroupKey(claim.measure(), claim.thing(), claim.claim().unit() == null ? "" : claim.claim().unit(),
                claim.projection(), claim.isIncrement(), claim.period().groupingKey(), claim.place().key());
    }

    GroupKey withoutPlace() {
        return new GroupKey(measure, thing, unit, projection, increment, period, null);
    }

    boolean placed() {
        return place != null;
    }
}
