package org.sitrep.pipeline;

import java.time.Instant;
import java.util.List;
import org.sitrep.link.claims.ClaimGroups;
import org.sitrep.link.entities.CrossDocumentEntities;
import org.sitrep.link.events.MergedEvents;
import org.sitrep.link.story.DocumentStories;
import org.sitrep.model.DocumentAnalysis;
import org.sitrep.model.Dossier;
import org.sitrep.model.SkippedInput;
import org.sitrep.store.Workspace;

/**
 * The dossier of everything a workspace holds (each source as its latest version reads), linked (stories, entities across reports, figures compared) from
 * the stored analyses. Linking reads every document, so the dossier is kept until {@link #refresh()} is called
 * (after an ingest adds documents): readers share one immutable dossier between refreshes. Each link also gives
 * the search index's {@code story} facet the stories it built.
 */
public final class WorkspaceDossier {

    private final Workspace workspace;
    private volatile Dossier current;

    public WorkspaceDossier(Workspace workspace) {
        this.workspace = workspace;
    }

    /** The dossier as of the last refresh, built on first use. */
    public Dossier get() {
        Dossier dossier = current;
        if (dossier == null) {
            synchronized (this) {
                if (current == null) {
                    current = link(workspace.store().latest(), List.of());
                    workspace.indexStories(current.documents(), current.stories());
                }
                dossier = current;
            }
        }
        return dossier;
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
        var entities = CrossDocumentEntities.of(documents);
        // a speaker two reports name differently is one source once resolved
        return new Dossier(Dossier.SCHEMA_VERSION, Instant.now(), documents, new DocumentStories().of(documents),
                ClaimGroups.of(documents, entities::nameOf), entities.entities(), skipped,
                MergedEvents.of(documents, entities::nameOf));
    }
}
