package org.sitrep.pipeline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.link.claims.ClaimGroups;
import org.sitrep.link.entities.CrossDocumentEntities;
import org.sitrep.link.events.MergedEvents;
import org.sitrep.link.origin.OriginPrints;
import org.sitrep.link.origin.SharedOrigins;
import org.sitrep.link.story.DocumentStories;
import org.sitrep.link.story.StreamingStories;
import org.sitrep.model.DocumentAnalysis;
import org.sitrep.model.Dossier;
import org.sitrep.model.SkippedInput;
import org.sitrep.model.Story;
import org.sitrep.store.Workspace;

/**
 * The dossier of everything a workspace holds (each source as its latest version reads), linked (stories, entities
 * across reports, figures compared) from the stored analyses. Linking reads every document, so the dossier is kept
 * until {@link #refresh()} is called (after an ingest adds documents): readers share one immutable dossier between
 * refreshes. A refresh reads only the new analyses, feeds only them to the stories when they arrive in
 * publication order, and hashes only their paragraphs for shared origins. Each link also gives the search index's {@code story} facet the stories it built.
 */
public final class WorkspaceDossier {

    private final Workspace workspace;
    private volatile Dossier current;
    /** The analyses the last link read, by id: a refresh reads from the store only what is new since. */
    private Map<String, DocumentAnalysis> read = Map.of();
    /** Stories kept between links: articles arriving in publication order join them without re-clustering all. */
    private final StreamingStories stories = new StreamingStories();
    /** Each report's paragraphs hashed for shared origins, kept between links like the stories. */
    private final OriginPrints prints = new OriginPrints();

    public WorkspaceDossier(Workspace workspace) {
        this.workspace = workspace;
    }

    /** The dossier as of the last refresh, built on first use. */
    public Dossier get() {
        Dossier dossier = current;
        if (dossier == null) {
            synchronized (this) {
                if (current == null) {
                    List<DocumentAnalysis> documents = latestDocuments();
                    prints.retainOnly(read.keySet());
                    current = link(documents, List.of(), stories.of(documents), SharedOrigins.of(documents, prints));
                    workspace.indexStories(current.documents(), current.stories());
                }
                dossier = current;
            }
        }
        return dossier;
    }

    /**
     * Each source's latest version: the analyses read before are reused, the others read from the store (all of
     * them in one query the first time), so linking again after an ingest does not read the whole workspace.
     */
    private List<DocumentAnalysis> latestDocuments() {
        if (read.isEmpty()) {
            List<DocumentAnalysis> all = workspace.store().latest();
            Map<String, DocumentAnalysis> byId = new HashMap<>();
            all.forEach(analysis -> byId.put(analysis.document().id(), analysis));
            read = byId;
            return all;
        }
        Map<String, DocumentAnalysis> byId = new HashMap<>();
        List<DocumentAnalysis> documents = new ArrayList<>();
        for (String id : workspace.store().latestIds()) {
            DocumentAnalysis analysis = read.get(id);
            if (analysis == null) {
                analysis = workspace.store().get(id).orElseThrow(() -> new IllegalStateException(
                        "document " + id + " is listed in the store but cannot be read"));
            }
            byId.put(id, analysis);
            documents.add(analysis);
        }
        read = byId;
        return documents;
    }

    /** Forgets the dossier, so the next {@link #get()} links the workspace's documents again. */
    public synchronized void refresh() {
        current = null;
    }

    /**
     * The link stage over {@code documents}: stories, entities across reports, the figures compared, and the
     * events several reports tell merged into one.
     */
    public static Dossier link(List<DocumentAnalysis> documents, List<SkippedInput> skipped) {
        return link(documents, skipped, new DocumentStories().of(documents), SharedOrigins.of(documents));
    }

    private static Dossier link(List<DocumentAnalysis> documents, List<SkippedInput> skipped, List<Story> stories,
                                SharedOrigins origins) {
        var entities = CrossDocumentEntities.of(documents);
        // a speaker two reports name differently is one source once resolved
        return new Dossier(Dossier.SCHEMA_VERSION, Instant.now(), documents, stories,
                ClaimGroups.of(documents, entities::nameOf, origins), entities.entities(), skipped,
                MergedEvents.of(documents, entities::nameOf));
    }
}
