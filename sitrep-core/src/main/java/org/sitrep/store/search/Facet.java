package org.sitrep.store.search;

import java.util.Arrays;
import java.util.Locale;

/**
 * What search results can be narrowed by and counted by. Every item of a document (the document itself, its
 * entities, quotes and claims) carries the document's values, so "entity=UNHCR" keeps the quotes and
 * claims of the reports that name UNHCR.
 */
public enum Facet {
    /** The outlet that published the report. */
    OUTLET(false),
    /** Canonical names of the entities the report names. */
    ENTITY(true),
    /** Resolved places, and location-type entities while the place resolver is not there. */
    PLACE(true),
    /** The publication day, ISO 8601 (2016-02-05). */
    DATE(false),
    /** The stories the report belongs to, by id: given by the link stage ({@code Workspace.indexStories}). */
    STORY(true),
    /** What an item is: document, entity, quote or claim. */
    KIND(false);

    private final boolean multiValued;

    Facet(boolean multiValued) {
        this.multiValued = multiValued;
    }

    public String dimension() {
        return name().toLowerCase(Locale.ROOT);
    }

    boolean multiValued() {
        return multiValued;
    }

    public static Facet named(String name) {
        return Arrays.stream(values()).filter(f -> f.dimension().equalsIgnoreCase(name.strip())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown facet '" + name + "'; known: "
                        + Arrays.stream(values()).map(Facet::dimension).toList()));
    }
}
