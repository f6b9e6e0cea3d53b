package org.sitrep.pipeline;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.annotate.Annotator;
import org.sitrep.extract.Extractors;
import org.sitrep.ingest.InputFiles;
import org.sitrep.ingest.InputProblem;
import org.sitrep.ingest.Ingestor;
import org.sitrep.ingest.Metadata;
import org.sitrep.ingest.RawDocument;
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
        List<Path> files = InputFiles.expand(inputs);
        Ingestor ingestor = new Ingestor(flags);
        DocumentStore store = new InMemoryDocumentStore();
        List<SkippedInput> skipped = new ArrayList<>();
        progress.started(files.size());
        int done = 0;
        for (Path file : files) {
            try {
                RawDocument raw = ingestor.read(file);
                Document document = preparer.prepare(raw);
                if (!store.contains(document.id())) {
                    store.put(analyze(document));
                }
            } catch (InputProblem problem) {
                skipped.add(new SkippedInput(problem.source(), problem.problem()));
                progress.problem(problem.getMessage());
            }
            progress.finished(file.toString(), ++done, files.size());
        }
        progress.done();
        List<DocumentAnalysis> analysed = store.all();
        return new Dossier(Dossier.SCHEMA_VERSION, Instant.now(), analysed, stories.of(analysed), List.of(), skipped);
    }

    public DocumentAnalysis analyze(Document document) {
        return extractors.extract(annotator.annotate(document));
    }
}
