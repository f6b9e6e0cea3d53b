package org.sitrep.model;

import java.util.List;

/**
 * Where a group's figures were first seen and who repeated them: each report that gives one, earliest publication
 * first; reports of unknown date come after the dated ones, since nothing says when they appeared.
 *
 * @param firstSeen the document that gave a figure of the group first, or null when no report's date is known
 * @param reasoning how the order and the repeats were decided, in words
 */
public record Lineage(String firstSeen, List<Sighting> sightings, String reasoning) {

    public Lineage {
        sightings = List.copyOf(sightings);
    }

    /**
     * One report's figure in the group.
     *
     * @param published the report's publication day (ISO 8601), or null when unknown
     * @param source    the independent source the figure counts for
     * @param repeats   the document of an earlier sighting this one repeats (same source or shared origin), or null
     *                  when it is the first of its source
     * @param why       why it counts as a repeat, or null
     */
    public record Sighting(String documentId, String outlet, String published, String source, Span span,
                           String repeats, String why) {}
}
