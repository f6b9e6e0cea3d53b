package org.sitrep.model;

import java.util.List;

/**
 * A place name in a document and what it was resolved to.
 *
 * @param resolved   null when no candidate was good enough: an honest "could not place this"
 * @param confidence in [0, 1]
 */
public record PlaceMention(Span span, Place resolved, double confidence, List<Place> candidates) {
    public PlaceMention {
        candidates = List.copyOf(candidates);
    }
}
