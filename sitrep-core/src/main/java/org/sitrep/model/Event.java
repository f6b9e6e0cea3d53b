package org.sitrep.model;

import java.util.List;

/**
 * Something that happened, in a taxonomy compatible with ACLED plus humanitarian types ({@code docs/event-taxonomy.md}):
 * a proposed row for a conflict-data coder, with the sentence that supports it.
 *
 * @param associatedActors ACLED's {@code assoc_actor_1}: who backed or joined actor 1 ("backed by Russian air strikes")
 * @param place            where it happened, or null when the text does not say
 * @param time             when it happened, or null; an unanchored date ("Friday" with no publication date) is kept
 *                         as written, with {@code timePrecision} 0
 * @param geoPrecision     ACLED's geo_precision: 1 a town or point, 2 near or relative to it, 3 a region or
 *                         country; 0 when there is no resolved place
 * @param timePrecision    ACLED's time_precision: 1 a day, 2 a week or a few days, 3 a month or more; 0 when
 *                         there is no anchored date
 * @param fatalities       the figures of people killed the sentence gives for it, each with who claims it
 * @param attribution      who reports it: the speaker of the quote holding it, else the outlet (and wire agency)
 * @param evidence         the sentences that report it
 */
public record Event(
        String type,
        String subType,
        Actor actor1,
        Actor actor2,
        List<Actor> associatedActors,
        PlaceMention place,
        TimeRef time,
        int geoPrecision,
        int timePrecision,
        List<Claim> fatalities,
        Attribution attribution,
        List<Span> evidence,
        List<String> documentIds) {

    /** sitrep's sub-type when territory changed hands and the text does not say who took it: a coder decides. */
    public static final String TERRITORY_ACTOR_NOT_NAMED = "Territory taken (actor not named)";

    public Event {
        associatedActors = List.copyOf(associatedActors);
        fatalities = List.copyOf(fatalities);
        evidence = List.copyOf(evidence);
        documentIds = List.copyOf(documentIds);
    }

    /** The number killed: the sum of the fatality figures' lower bounds, or null when no figure is given. */
    public Long fatalityCount() {
        if (fatalities.isEmpty()) {
            return null;
        }
        return fatalities.stream().mapToLong(claim -> claim.value() == null || claim.value().low() == null
                ? 0 : Math.round(claim.value().low())).sum();
    }
}
