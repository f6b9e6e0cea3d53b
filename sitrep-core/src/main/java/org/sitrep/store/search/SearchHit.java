package org.sitrep.store.search;

/**
 * One item found: a document, or an entity, quote or claim in one, with where it stands in the document's
 * clean text ({@code begin}, {@code end}; the whole text for a document) and a snippet whose matching
 * words are marked «like this».
 *
 * @param published ISO 8601 day, or null when the report is undated
 */
public record SearchHit(
        String kind,
        String documentId,
        String title,
        String outlet,
        String published,
        int begin,
        int end,
        String snippet,
        float score) {}
