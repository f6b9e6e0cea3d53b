package org.sitrep.pipeline;

import java.time.Instant;
import org.sitrep.clean.Cleaner;
import org.sitrep.ingest.ContentHash;
import org.sitrep.ingest.InputProblem;
import org.sitrep.ingest.Metadata;
import org.sitrep.ingest.RawDocument;
import org.sitrep.model.Document;
import org.sitrep.model.PublicationDate;

/** Turns a raw document into a clean {@link Document}: cleaning, metadata, the content-hash id. */
public final class DocumentPreparer {

    private final Cleaner cleaner = new Cleaner();

    public Document prepare(RawDocument raw) throws InputProblem {
        Metadata metadata = raw.metadata();
        Cleaner.Result clean = cleaner.clean(raw.text(), metadata.title());
        if (clean.cleanText().isBlank()) {
            throw new InputProblem(raw.source(), "nothing left after cleaning: no article text", null);
        }
        PublicationDate published = null;
        if (metadata.published() != null) {
            try {
                published = PublicationDate.parse(metadata.published(), "metadata");
            } catch (IllegalArgumentException e) {
                throw new InputProblem(raw.source(), "bad publication date: " + e.getMessage(), e);
            }
        }
        return new Document(
                ContentHash.of(raw.text()),
                raw.source(),
                metadata.url(),
                metadata.outlet(),
                clean.wireAgency(),
                clean.wireSignals(),
                clean.byline(),
                clean.dateline(),
                clean.credits(),
                published,
                metadata.language() != null ? metadata.language() : "en",
                clean.title(),
                raw.text(),
                clean.cleanText(),
                clean.removed(),
                Instant.now());
    }
}
