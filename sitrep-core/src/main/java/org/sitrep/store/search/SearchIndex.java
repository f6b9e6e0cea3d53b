package org.sitrep.store.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.sitrep.model.DocumentAnalysis;

/**
 * The workspace's full-text index (Lucene): documents, entities, quotes and claims, with facets and
 * highlighted snippets. It is derived from the store: a document is indexed after its store transaction
 * commits, and {@code Workspace} indexes on opening whatever a crash left unindexed, so the index never
 * holds what the store does not.
 */
public final class SearchIndex implements AutoCloseable {

    /**
     * Lucene warns at start-up that the Java vector API is not enabled; sitrep's index has no vector fields,
     * so the warning is noise on every command. Held here so the logger (and its level) is not collected.
     */
    private static final java.util.logging.Logger VECTORIZATION_LOG = quietVectorizationLog();

    private static final int FACET_VALUES = 10;
    private static final int SNIPPET_CHARACTERS = 240;

    private final Directory directory;
    private final IndexWriter writer; // null when opened for reading only
    private final SearcherManager searchers;
    private final Analyzer analyzer = new StandardAnalyzer();
    private final FacetsConfig config = IndexedItems.facetsConfig();
    private IndexReader facetReader;
    private SortedSetDocValuesReaderState facetState;

    private SearchIndex(Directory directory, IndexWriter writer) throws IOException {
        this.directory = directory;
        this.writer = writer;
        this.searchers = writer != null ? new SearcherManager(writer, null) : new SearcherManager(directory, null);
    }

    private static java.util.logging.Logger quietVectorizationLog() {
        java.util.logging.Logger log = java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");
        log.setLevel(java.util.logging.Level.SEVERE);
        return log;
    }

    /** Opens the index in {@code folder} for writing, creating it if needed; one writer per folder. */
    public static SearchIndex open(Path folder) {
        try {
            Files.createDirectories(folder);
            Directory directory = FSDirectory.open(folder);
            IndexWriterConfig config = new IndexWriterConfig(new StandardAnalyzer());
            config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
            IndexWriter writer = new IndexWriter(directory, config);
            writer.commit(); // an empty index is a valid one for readers
            return new SearchIndex(directory, writer);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the search index in " + folder + ": " + e.getMessage(), e);
        }
    }

    /** Opens an existing index for searching only: works beside a run that is writing (it sees its last commit). */
    public static SearchIndex openForReading(Path folder) {
        try {
            if (!DirectoryReader.indexExists(FSDirectory.open(folder))) {
                throw new IllegalArgumentException("no search index in " + folder + ": is it a sitrep workspace?");
            }
            return new SearchIndex(FSDirectory.open(folder), null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the search index in " + folder + ": " + e.getMessage(), e);
        }
    }

    /** Indexes a stored document's items, replacing any it had (indexing twice is harmless). */
    public void add(DocumentAnalysis analysis) {
        add(analysis, Set.of());
    }

    /**
     * Indexes a stored document's items with the stories it belongs to (the {@link Facet#STORY} facet), replacing
     * any it had: the link stage calls this again when a document's stories change.
     */
    public void add(DocumentAnalysis analysis, Set<String> stories) {
        writable();
        try {
            writer.updateDocuments(new Term(IndexedItems.ID, analysis.document().id()),
                    IndexedItems.of(analysis, stories, config));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot index " + analysis.document().id() + ": " + e.getMessage(), e);
        }
    }

    public void remove(String documentId) {
        writable();
        try {
            writer.deleteDocuments(new Term(IndexedItems.ID, documentId));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes what was added durable; after a crash the index is as of its last commit. */
    public void commit() {
        writable();
        try {
            writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot commit the search index: " + e.getMessage(), e);
        }
    }

    private void writable() {
        if (writer == null) {
            throw new IllegalStateException("the search index was opened for reading only");
        }
    }

    /** The ids of the documents in the index. */
    public Set<String> documentIds() {
        return withSearcher(searcher -> {
            Set<String> ids = new HashSet<>();
            TopDocs all = searcher.search(new TermQuery(new Term(IndexedItems.KIND, "document")), Integer.MAX_VALUE);
            StoredFields stored = searcher.storedFields();
            for (ScoreDoc hit : all.scoreDocs) {
                ids.add(stored.document(hit.doc, Set.of(IndexedItems.ID)).get(IndexedItems.ID));
            }
            return ids;
        });
    }

    public SearchResult search(SearchQuery query) {
        Query text = parse(query.text());
        return withSearcher(searcher -> {
            if (searcher.getIndexReader().numDocs() == 0) {
                return new SearchResult(0, List.of(), Map.of());
            }
            DrillDownQuery narrowed = new DrillDownQuery(config, text);
            query.filters().forEach(filter -> narrowed.add(filter.facet().dimension(), filter.value()));
            FacetsCollectorManager.FacetsResult found =
                    FacetsCollectorManager.search(searcher, narrowed, query.limit(), new FacetsCollectorManager());
            TopDocs top = found.topDocs();
            SortedSetDocValuesFacetCounts counts =
                    new SortedSetDocValuesFacetCounts(facetState(searcher.getIndexReader()), found.facetsCollector());
            UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
                    .withFormatter(new DefaultPassageFormatter("«", "»", " … ", false))
                    .withMaxLength(Integer.MAX_VALUE - 1)
                    .withBreakIterator(() -> java.text.BreakIterator.getSentenceInstance(java.util.Locale.ROOT))
                    .build();
            String[] snippets = highlighter.highlight(IndexedItems.TEXT, text, top, 2);
            List<SearchHit> hits = new ArrayList<>();
            StoredFields stored = searcher.storedFields();
            for (int i = 0; i < top.scoreDocs.length; i++) {
                Document item = stored.document(top.scoreDocs[i].doc);
                hits.add(new SearchHit(item.get(IndexedItems.KIND), item.get(IndexedItems.ID), item.get(IndexedItems.TITLE),
                        item.get(IndexedItems.OUTLET), item.get(IndexedItems.PUBLISHED),
                        item.getField(IndexedItems.BEGIN).numericValue().intValue(),
                        item.getField(IndexedItems.END).numericValue().intValue(),
                        shorten(snippets[i] != null ? snippets[i] : item.get(IndexedItems.TEXT)), top.scoreDocs[i].score));
            }
            Map<Facet, List<SearchResult.FacetCount>> facets = new EnumMap<>(Facet.class);
            for (Facet facet : Facet.values()) {
                facets.put(facet, facetCounts(counts, facet));
            }
            return new SearchResult(top.totalHits.value(), hits, facets);
        });
    }

    private Query parse(String text) {
        if (text == null || text.isBlank() || text.strip().equals("*")) {
            return new MatchAllDocsQuery();
        }
        try {
            return new QueryParser(IndexedItems.TEXT, analyzer).parse(text);
        } catch (ParseException e) {
            throw new IllegalArgumentException("cannot understand the query '" + text + "': " + e.getMessage(), e);
        }
    }

    private static List<SearchResult.FacetCount> facetCounts(SortedSetDocValuesFacetCounts counts, Facet facet)
            throws IOException {
        FacetResult result;
        try {
            result = counts.getTopChildren(FACET_VALUES, facet.dimension());
        } catch (IllegalArgumentException notIndexedYet) {
            return List.of(); // no item has a value for this facet (no dated report, no story yet)
        }
        if (result == null) {
            return List.of();
        }
        List<SearchResult.FacetCount> values = new ArrayList<>();
        for (LabelAndValue value : result.labelValues) {
            values.add(new SearchResult.FacetCount(value.label, value.value.intValue()));
        }
        return values;
    }

    /** The facet ordinals of a reader are costly to build (a pass over the values): once per reader. */
    private synchronized SortedSetDocValuesReaderState facetState(IndexReader reader) throws IOException {
        if (facetReader != reader) {
            facetState = new DefaultSortedSetDocValuesReaderState(reader, config);
            facetReader = reader;
        }
        return facetState;
    }

    /** Text longer than a snippet (an unhighlighted document) is cut at a word boundary. */
    private static String shorten(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        if (flat.length() <= SNIPPET_CHARACTERS * 2) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', SNIPPET_CHARACTERS);
        return flat.substring(0, cut > 0 ? cut : SNIPPET_CHARACTERS) + " …";
    }

    private interface SearcherWork<T> {
        T run(IndexSearcher searcher) throws IOException;
    }

    private <T> T withSearcher(SearcherWork<T> work) {
        try {
            searchers.maybeRefreshBlocking();
            IndexSearcher searcher = searchers.acquire();
            try {
                return work.run(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("search failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            searchers.close();
            if (writer != null) {
                writer.close(); // commits
            }
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the search index: " + e.getMessage(), e);
        }
    }
}
