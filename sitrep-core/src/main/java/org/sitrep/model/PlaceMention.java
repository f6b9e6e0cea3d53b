package org.sitrep.model;

import java.util.List;

/**
 * A place name in a document and what it was resolved to.
 *
 * @param resolved   null when no candidate was good enough: an honest "could not place this"
 * @param confidence in [0, 1]
 * @param relation   when the text places something relative to this place ("5 km from", "north of"), or null
 */
public record PlaceMention(Span span, Place resolved, double confidence, List<Place> candidates,
                           PlaceRelation relation) {
    public PlaceMention {
        candidates = List.copyOf(candidates);
    }

    public PlaceMention(Span span, Place resolved, double confidence, List<Place> candidates) {
        this(span, resolved, confidence, candidates, null);
    }
}
