package org.sitrep.model;

import java.util.List;

/**
 * One thing the reports talk about, across reports: the per-document entities found to be the same, and why.
 *
 * @param canonicalName the fullest name any report gives it ("Recep Tayyip Erdogan" over "Tayyip Erdogan")
 * @param aliases       every other name and alias the reports use for it
 * @param members       the per-document entities it joins, in document order
 * @param evidence      one entry per merge: which rule joined which names, found in which documents
 */
public record CrossDocumentEntity(
        String id,
        String canonicalName,
        EntityType type,
        List<String> aliases,
        List<Member> members,
        List<Evidence> evidence) {

    public CrossDocumentEntity {
        aliases = List.copyOf(aliases);
        members = List.copyOf(members);
        evidence = List.copyOf(evidence);
    }

    /** A per-document entity: {@code entityId} is the {@link Entity#id()} within document {@code documentId}. */
    public record Member(String documentId, String entityId) {}

    /**
     * Why two names were taken for one entity.
     *
     * @param names     the two names compared, as written
     * @param documents the documents each name was found in
     * @param reason    the rule's reasoning for this pair, for a reader
     */
    public record Evidence(Rule rule, List<String> names, List<String> documents, String reason) {
        public Evidence {
            names = List.copyOf(names);
            documents = List.copyOf(documents);
        }
    }

    /** The explainable rules entities are merged by. */
    public enum Rule { SAME_NAME, PERSON_NAME_PART, ACRONYM, SHARED_ALIAS, SHARED_DESCRIPTION, SAME_PLACE }
}
