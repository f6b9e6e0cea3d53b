package org.sitrep.store;

import java.util.List;
import java.util.Optional;
import org.sitrep.model.DocumentAnalysis;

/** Keeps analysed documents by id; the same article (same content hash) is stored once. */
public interface DocumentStore {

    /** Stores the analysis unless a document with its id is there; returns whether it was new. */
    boolean put(DocumentAnalysis analysis);

    boolean contains(String documentId);

    Optional<DocumentAnalysis> get(String documentId);

    List<DocumentAnalysis> all();
}
