package org.sitrep.spark;

import java.io.Serializable;
import java.util.Comparator;
import org.sitrep.model.DocumentAnalysis;
import org.sitrep.store.AnalysisJson;

/**
 * One document's analysis between the job's stages: the store's JSON of it and its two texts (as the store keeps
 * them, {@link AnalysisJson}), where it came from, or why it was skipped ({@code problem}, with {@code id} null).
 */
record AnalyzedDocument(String file, long number, String source, String id, String json, String rawText,
                        String cleanText, String problem) implements Serializable {

    /** The run's input order: files by name, records in file order; the CLI orders its documents so too. */
    static final Comparator<AnalyzedDocument> INPUT_ORDER =
            Comparator.comparing(AnalyzedDocument::file).thenComparingLong(AnalyzedDocument::number);

    static AnalyzedDocument of(ReadRecord record, DocumentAnalysis analysis) {
        var document = analysis.document();
        return new AnalyzedDocument(record.file(), record.number(), document.source(), document.id(),
                AnalysisJson.write(analysis), document.rawText(), document.cleanText(), null);
    }

    static AnalyzedDocument skipped(ReadRecord record, String source, String problem) {
        return new AnalyzedDocument(record.file(), record.number(), source, null, null, null, null, problem);
    }

    boolean skipped() {
        return problem != null;
    }

    DocumentAnalysis analysis() {
        return AnalysisJson.read(json, rawText, cleanText);
    }

    /** The earlier in input order of two copies of one document (same content hash): the CLI keeps the first. */
    static AnalyzedDocument first(AnalyzedDocument a, AnalyzedDocument b) {
        return INPUT_ORDER.compare(a, b) <= 0 ? a : b;
    }
}
