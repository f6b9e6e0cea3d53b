package org.sitrep.model;

import java.time.Instant;
import java.util.List;

/** The situation picture: every document with what was found in it, the stories, the figures compared. */
public record Dossier(
        String schemaVersion,
        Instant generatedAt,
        List<DocumentAnalysis> documents,
        List<Story> stories,
        List<ClaimGroup> claimGroups,
        List<SkippedInput> skipped) {

    public static final String SCHEMA_VERSION = "1";

    public Dossier {
        documents = List.copyOf(documents);
        stories = List.copyOf(stories);
        claimGroups = List.copyOf(claimGroups);
        skipped = List.copyOf(skipped);
    }
}
