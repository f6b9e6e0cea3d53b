package org.sitrep.link.claims;

import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.sitrep.extract.claim.Measure;
import org.sitrep.model.Claim;
import org.sitrep.model.Document;
import org.sitrep.model.Speaker;

/** A claim with what it is compared on: measure, thing counted, place, period and source. */
record AlignedClaim(Claim claim, Document document, Measure measure, String thing, PlaceKey place, Period period,
                    Source source, String increment) {

    /** Hedges that make a figure a projection ("could see as many as 600,000"): compared only with projections. */
    private static final Set<String> PROJECTION_HEDGES = Set.of("expected", "worst_case");

    static Optional<AlignedClaim> of(Claim claim, Document document, Function<Speaker, String> speakerNames,
                                     Spokespeople spokespeople) {
        if (claim.value() == null) {
            return Optional.empty();
        }
        String increment = Increments.marker(claim, document).orElse(null);
        return MeasureKinds.comparable(claim.measure()).map(measure -> new AlignedClaim(claim, document, measure,
                CountedThings.of(claim.object(), measure), PlaceKey.of(claim.place()),
                Period.of(measure, claim.time(), document.published(), increment != null),
                Source.of(claim, document, speakerNames, spokespeople), increment));
    }

    AlignedClaim withSource(Source credited) {
        return new AlignedClaim(claim, document, measure, thing, place, period, credited, increment);
    }

    /** "another 10,000": counts what came on top of another figure, see {@link Increments}. */
    boolean isIncrement() {
        return increment != null;
    }

    boolean projection() {
        return claim.hedges().stream().anyMatch(PROJECTION_HEDGES::contains);
    }

    /** How the figure is cited in a verdict's reasoning: “more than 2.5 million” (Reuters, 2016-02-08). */
    String cited() {
        return "“" + claim.asWritten() + "” (" + source.cited() + ", " + period.shown() + ")";
    }
}
