package org.sitrep.model;

import java.util.List;

/**
 * Something the reports talk about, with every mention of it in one document (later: across documents).
 *
 * @param aliases      other names it goes by here: an acronym, a surname, "the Observatory"
 * @param descriptions how the text describes it ("a Britain-based monitor")
 * @param placeId      the gazetteer id of the place it names, when it is a place and was resolved
 */
public record Entity(
        String id,
        String canonicalName,
        EntityType type,
        List<String> aliases,
        List<Span> mentions,
        List<String> descriptions,
        String placeId) {

    public Entity {
        aliases = List.copyOf(aliases);
        mentions = List.copyOf(mentions);
        descriptions = List.copyOf(descriptions);
    }
}
