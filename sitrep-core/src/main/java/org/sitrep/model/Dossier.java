package org.sitrep.model;

import java.time.Instant;
import java.util.List;

/**
 * The situation picture: every document with what was found in it, the stories, the figures compared, and the
 * entities across reports (each joining the per-document entities found to be one), and the events, each report of
 * one event merged.
 */
public record Dossier(
        String schemaVersion,
        Instant generatedAt,
        List<DocumentAnalysis> documents,
        List<Story> stories,
        List<ClaimGroup> claimGroups,
        List<CrossDocumentEntity> crossDocumentEntities,
        List<SkippedInput> skipped,
        List<MergedEvent> events) {

    public static final String SCHEMA_VERSION = "1";

    public Dossier {
        documents = List.copyOf(documents);
        stories = List.copyOf(stories);
        claimGroups = List.copyOf(claimGroups);
        crossDocumentEntities = List.copyOf(crossDocumentEntities);
        skipped = List.copyOf(skipped);
        events = List.copyOf(events);
    }
}
