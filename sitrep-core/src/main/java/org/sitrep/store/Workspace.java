package org.sitrep.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.sitrep.model.DocumentAnalysis;
import org.sitrep.model.Story;
import org.sitrep.store.search.SearchIndex;

/**
 * An analyst's folder for one crisis: the document store ({@code store.mv.db}, or a PostgreSQL database named
 * by URL) and the search index ({@code index/}) built from it. The store is the record; the index is derived
 * and caught up on opening with whatever a crash left out of it.
 */
public final class Workspace implements AutoCloseable {

    /** Index commits are batched: one per document would cost more than the analysis of a short report. */
    private static final int INDEX_COMMIT_EVERY = 200;

    private final Path folder;
    private final SqlDocumentStore store;
    private final SearchIndex index;
    private final boolean temporary;
    private int sinceCommit;
    /** The stories each document was last indexed with in this process: only changes are indexed again. */
    private final Map<String, Set<String>> indexedStories = new HashMap<>();

    private Workspace(Path folder, SqlDocumentStore store, SearchIndex index, boolean temporary) {
        this.folder = folder;
        this.store = store;
        this.index = index;
        this.temporary = temporary;
    }

    /** The workspace in {@code folder} with its embedded store, created if new. */
    public static Workspace open(Path folder) {
        return open(folder, null, 4);
    }

    /**
     * The workspace in {@code folder}; its documents in {@code database} when given (PostgreSQL), else in the
     * embedded store inside the folder. {@code writers}: how many threads will store at once.
     */
    public static Workspace open(Path folder, Database database, int writers) {
        return open(folder, database, writers, false);
    }

    /** A workspace in a new temporary folder, deleted on closing: {@code sitrep analyze} without one. */
    public static Workspace temporary(int writers) {
        try {
            return open(Files.createTempDirectory("sitrep-workspace"), null, writers, true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary workspace: " + e.getMessage(), e);
        }
    }

    private static Workspace open(Path folder, Database database, int writers, boolean temporary) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the workspace " + folder + ": " + e.getMessage(), e);
        }
        SqlDocumentStore store = SqlDocumentStore.open(database != null ? database : Database.embeddedIn(folder), writers + 1);
        SearchIndex index;
        try {
            index = SearchIndex.open(folder.resolve("index"));
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        Workspace workspace = new Workspace(folder, store, index, temporary);
        workspace.catchUpIndex();
        return workspace;
    }

    /** Indexes stored documents the index lacks (a crash between store commit and index commit). */
    private void catchUpIndex() {
        Set<String> stored = store.ids();
        Set<String> indexed = index.documentIds();
        Set<String> missing = new HashSet<>(stored);
        missing.removeAll(indexed);
        missing.forEach(id -> store.get(id).ifPresent(index::add));
        indexed.stream().filter(id -> !stored.contains(id)).forEach(index::remove);
        if (!missing.isEmpty() || !stored.containsAll(indexed)) {
            index.commit();
        }
    }

    /**
     * Stores the analysis (one transaction) and then indexes it; returns whether it was new. Safe to call from
     * several threads.
     */
    public boolean add(DocumentAnalysis analysis) {
        if (!store.put(analysis)) {
            return false;
        }
        index.add(analysis);
        boolean commitNow;
        synchronized (this) {
            commitNow = ++sinceCommit >= INDEX_COMMIT_EVERY;
            if (commitNow) {
                sinceCommit = 0;
            }
        }
        if (commitNow) {
            index.commit();
        }
        return true;
    }

    /**
     * Gives the search index's {@code story} facet the stories the link stage built over {@code documents}:
     * each document whose stories changed since this process last indexed them is indexed again, then committed,
     * so {@code sitrep search} sees them too.
     */
    public synchronized void indexStories(List<DocumentAnalysis> documents, List<Story> stories) {
        Map<String, Set<String>> storiesOf = new HashMap<>();
        for (Story story : stories) {
            story.members().forEach(member -> storiesOf.computeIfAbsent(member, k -> new HashSet<>()).add(story.id()));
        }
        boolean changed = false;
        for (DocumentAnalysis analysis : documents) {
            String id = analysis.document().id();
            Set<String> now = storiesOf.getOrDefault(id, Set.of());
            if (!now.equals(indexedStories.getOrDefault(id, Set.of()))) {
                index.add(analysis, now);
                indexedStories.put(id, now);
                changed = true;
            }
        }
        if (changed) {
            index.commit();
        }
    }

    public SqlDocumentStore store() {
        return store;
    }

    public SearchIndex index() {
        return index;
    }

    public Path folder() {
        return folder;
    }

    @Override
    public void close() {
        try {
            index.close();
        } finally {
            store.close();
            if (temporary) {
                deleteQuietly(folder);
            }
        }
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }
}
