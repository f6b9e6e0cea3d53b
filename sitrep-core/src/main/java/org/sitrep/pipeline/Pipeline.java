package org.sitrep.pipeline;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.sitrep.annotate.Annotator;
import org.sitrep.extract.Extractors;
import org.sitrep.ingest.Inputs;
import org.sitrep.ingest.Metadata;
import org.sitrep.link.claims.ClaimGroups;
import org.sitrep.link.entities.CrossDocumentEntities;
import org.sitrep.link.events.MergedEvents;
import org.sitrep.link.story.DocumentStories;
import org.sitrep.model.Document;
import org.sitrep.model.DocumentAnalysis;
import org.sitrep.model.Dossier;
import org.sitrep.store.Workspace;

/**
 * The whole pipeline, ingest → clean → annotate → extract → store, then link (stories, entities across reports, and figures
 * compared across reports, over the documents stored), as the CLI (and later the server) calls it. An input that cannot be read is skipped with its reason; the others go on.
 */
public final class Pipeline implements DocumentAnalyzer {

    private final DocumentStories stories = new DocumentStories();
    private final Extractors extractors;
    private final Annotator annotator;
    private final int workers;

    public Pipeline(Extractors extractors) {
        this(extractors, new Annotator(extractors.requiredAnnotators()), WorkspaceIngest.defaultWorkers());
    }

    private Pipeline(Extractors extractors, Annotator annotator, int workers) {
        this.extractors = extractors;
        this.annotator = annotator;
        this.workers = workers;
    }

    /** The same pipeline analysing {@code count} documents at once (default: one per core). */
    public Pipeline withWorkers(int count) {
        return new Pipeline(extractors, annotator, count);
    }

    public static Pipeline standard() {
        return new Pipeline(Extractors.standard());
    }

    /**
     * Analyses every file under {@code inputs}, with {@code flags} as the metadata of last resort, in a
     * temporary workspace: the dossier holds the inputs' documents, in input order.
     */
    public Dossier analyze(List<Path> inputs, Metadata flags, Progress progress) {
        return analyze(Inputs.ofPaths(inputs), flags, progress);
    }

    /**
     * Analyses every record of every input (files, folders, WARCs, feeds, JSON Lines, feed URLs) in a temporary
     * workspace, with {@code flags} as the metadata of last resort. A record that cannot be read is skipped with its
     * input and record number.
     */
    public Dossier analyze(Inputs inputs, Metadata flags, Progress progress) {
        try (Workspace workspace = Workspace.temporary(workers)) {
            return analyze(inputs, flags, progress, workspace);
        }
    }

    /** As {@link #analyze(Inputs, Metadata, Progress)}, adding to (and reusing the analyses in) {@code workspace}. */
    public Dossier analyze(Inputs inputs, Metadata flags, Progress progress, Workspace workspace) {
        IngestReport run = ingest(inputs, flags, progress, workspace);
        List<DocumentAnalysis> documents = run.documentIds().stream()
                .map(id -> workspace.store().get(id).orElseThrow(() -> new IllegalStateException(
                        "document " + id + " was stored but cannot be read back")))
                .toList();
        var entities = CrossDocumentEntities.of(documents);
        // a speaker two reports name differently is one source once resolved
        return new Dossier(Dossier.SCHEMA_VERSION, Instant.now(), documents, stories.of(documents),
                ClaimGroups.of(documents, entities::nameOf), entities.entities(), run.skipped(),
                MergedEvents.of(documents, entities::nameOf));
    }

    /** Adds every record of {@code inputs} to {@code workspace}; documents it already holds are not redone. */
    public IngestReport ingest(Inputs inputs, Metadata flags, Progress progress, Workspace workspace) {
        return new WorkspaceIngest(this, workers).run(inputs, flags, workspace, progress);
    }

    @Override
    public DocumentAnalysis analyze(Document document) {
        return extractors.extract(annotator.annotate(document));
    }
}
