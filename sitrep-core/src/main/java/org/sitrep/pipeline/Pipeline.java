package org.sitrep.pipeline;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.annotate.Annotator;
import org.sitrep.extract.Extractors;
import java.util.stream.Stream;
import org.sitrep.ingest.Ingestor;
import org.sitrep.ingest.Input;
import org.sitrep.ingest.InputProblem;
import org.sitrep.ingest.InputRecord;
import org.sitrep.ingest.Inputs;
import org.sitrep.ingest.Metadata;
import org.sitrep.link.story.DocumentStories;
import org.sitrep.model.Document;
import org.sitrep.model.DocumentAnalysis;
import org.sitrep.model.Dossier;
import org.sitrep.model.SkippedInput;
import org.sitrep.store.DocumentStore;
import org.sitrep.store.InMemoryDocumentStore;

/**
 * The whole pipeline, ingest → clean → annotate → extract → store, then link (stories over the documents stored),
 * as the CLI (and later the server) calls it. An input that cannot be read is skipped with its reason; the others go on.
 */
public final class Pipeline {

    private final DocumentPreparer preparer = new DocumentPreparer();
    private final DocumentStories stories = new DocumentStories();
    private final Extractors extractors;
    private final Annotator annotator;

    public Pipeline(Extractors extractors) {
        this.extractors = extractors;
        this.annotator = new Annotator(extractors.requiredAnnotators());
    }

    public static Pipeline standard() {
        return new Pipeline(Extractors.standard());
    }

    /** Analyses every file under {@code inputs}, with {@code flags} as the metadata of last resort. */
    public Dossier analyze(List<Path> inputs, Metadata flags, Progress progress) {
        return analyze(Inputs.ofPaths(inputs), flags, progress);
    }

    /**
     * Analyses every record of every input (files, WARCs, feeds, JSON Lines, feed URLs), with {@code flags} as the
     * metadata of last resort. A record that cannot be read is skipped with its input and record number.
     */
    public Dossier analyze(Inputs inputs, Metadata flags, Progress progress) {
        Ingestor ingestor = new Ingestor(flags);
        DocumentStore store = new InMemoryDocumentStore();
        List<SkippedInput> skipped = new ArrayList<>();
        progress.started(inputs.size());
        int done = 0;
        for (Input input : inputs.all()) {
            try (Stream<InputRecord> records = ingestor.records(input)) {
                records.forEach(record -> take(record, store, skipped, progress));
            }
            progress.finished(input.name(), ++done, inputs.size());
        }
        progress.done();
        List<DocumentAnalysis> analysed = store.all();
        return new Dossier(Dossier.SCHEMA_VERSION, Instant.now(), analysed, stories.of(analysed), List.of(), skipped);
    }

    private void take(InputRecord record, DocumentStore store, List<SkippedInput> skipped, Progress progress) {
        try {
            switch (record) {
                case InputRecord.Read read -> {
                    Document document = preparer.prepare(read.document());
                    if (!store.contains(document.id())) {
                        store.put(analyze(document));
                    }
                }
                case InputRecord.Skipped skip -> throw skip.problem();
            }
        } catch (InputProblem problem) {
            skipped.add(new SkippedInput(problem.where(), problem.problem()));
            progress.problem(problem.getMessage());
        }
    }

    public DocumentAnalysis analyze(Document document) {
        return extractors.extract(annotator.annotate(document));
    }
}
