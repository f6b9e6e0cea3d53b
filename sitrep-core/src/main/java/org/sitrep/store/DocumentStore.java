package org.sitrep.store;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sitrep.model.Document;
import org.sitrep.model.DocumentAnalysis;

/**
 * Keeps analysed documents by id (a hash of their content), so the same article is stored once. A source
 * (a URL, or a file path without one) whose content changes gets a new version; old versions are kept.
 */
public interface DocumentStore extends AutoCloseable {

    /**
     * Stores the analysis, all of it or nothing, unless a document with its id is there; returns whether it
     * was new. A new content under a known source becomes that source's next version.
     */
    boolean put(DocumentAnalysis analysis);

    boolean contains(String documentId);

    Optional<DocumentAnalysis> get(String documentId);

    /** Every stored document, every version, in the order they were stored. */
    List<DocumentAnalysis> all();

    /**
     * Each source's latest version, in the order they were stored: what the situation picture is made of, so an
     * article updated after it was first stored counts once, as it now reads.
     */
    List<DocumentAnalysis> latest();

    /** The ids of {@link #latest()}, in the same order, without reading the analyses. */
    List<String> latestIds();

    /** The ids of every stored document. */
    Set<String> ids();

    /** The versions stored for a source key (see {@link #sourceKey}), oldest first. */
    List<DocumentVersion> versions(String sourceKey);

    @Override
    void close();

    /** What versions are counted by: the document's URL where it has one, else where it was read from. */
    static String sourceKey(Document document) {
        return document.url() != null && !document.url().isBlank() ? document.url() : document.source();
    }

    /** One stored content of a source. */
    record DocumentVersion(String documentId, int version) {}
}
