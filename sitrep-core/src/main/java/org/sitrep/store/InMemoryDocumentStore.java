package org.sitrep.store;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitrep.model.DocumentAnalysis;

/** A store for one run, in the order documents arrived. The persistent workspace store comes later. */
public final class InMemoryDocumentStore implements DocumentStore {

    private final Map<String, DocumentAnalysis> byId = new LinkedHashMap<>();

    @Override
    public synchronized boolean put(DocumentAnalysis analysis) {
        return byId.putIfAbsent(analysis.document().id(), analysis) == null;
    }

    @Override
    public synchronized boolean contains(String documentId) {
        return byId.containsKey(documentId);
    }

    @Override
    public synchronized Optional<DocumentAnalysis> get(String documentId) {
        return Optional.ofNullable(byId.get(documentId));
    }

    @Override
    public synchronized List<DocumentAnalysis> all() {
        return List.copyOf(byId.values());
    }
}
