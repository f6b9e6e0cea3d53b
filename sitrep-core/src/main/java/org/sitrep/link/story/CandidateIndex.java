package org.sitrep.link.story;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * An in-memory Lucene index of the documents clustered so far, asked for the few documents most like a new one
 * (BM25 over its most telling terms and its entities, within a time window), so the clusterer never compares a
 * document with every earlier one: this is what keeps the cost per document flat as the stream grows.
 */
final class CandidateIndex implements AutoCloseable {

    /** Position in {@link #ids}, as doc values: reading stored fields for every hit was a third of the cost. */
    private static final String ORDINAL = "ordinal";
    private static final String TERMS = "terms";
    private static final String ENTITIES = "entity";
    private static final String TIME = "time";
    private static final String UNDATED = "undated";

    /**
     * Documents added since the searcher was last reopened, matched by a plain scan. Reopening a near-real-time
     * reader flushes a segment: after every document that was most of the cost of clustering, so the reader is
     * reopened once per {@code REOPEN_EVERY} documents and at most that many are scanned.
     */
    static final int REOPEN_EVERY = 64;

    /**
     * Lucene warns on java.util.logging, once per JVM, that the incubating Vector API is not enabled; this index
     * does no vector search, so the warning would only puzzle a user of the command line. Held here so that the
     * logger, and the level set on it, are not garbage-collected.
     */
    private static final java.util.logging.Logger VECTORIZATION_LOG = quiet("org.apache.lucene.internal.vectorization");

    private record Pending(String id, Set<String> terms, Set<String> entities, Instant time) {}

    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final IndexWriter writer;
    private final List<Pending> pending = new ArrayList<>();
    private final List<String> ids = new ArrayList<>();
    private DirectoryReader reader;

    private static java.util.logging.Logger quiet(String name) {
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
        logger.setLevel(java.util.logging.Level.SEVERE);
        return logger;
    }

    CandidateIndex() {
        try {
            // Terms arrive already analysed (stems without spaces): the index only splits them on spaces.
            IndexWriterConfig config = new IndexWriterConfig(new WhitespaceAnalyzer()).setSimilarity(new BM25Similarity())
                    .setUseCompoundFile(false);
            writer = new IndexWriter(directory, config);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open an in-memory index", e);
        }
    }

    void add(String id, TermCounts terms, Collection<String> entities, Instant time) {
        Document doc = new Document();
        doc.add(new NumericDocValuesField(ORDINAL, ids.size()));
        StringBuilder text = new StringBuilder();
        terms.counts().forEach((term, count) -> text.append((term + ' ').repeat(count)));
        doc.add(new TextField(TERMS, text.toString(), Field.Store.NO));
        entities.forEach(entity -> doc.add(new StringField(ENTITIES, entity, Field.Store.NO)));
        if (time != null) {
            doc.add(new LongPoint(TIME, time.toEpochMilli()));
        } else {
            doc.add(new StringField(UNDATED, "yes", Field.Store.NO));
        }
        try {
            writer.addDocument(doc);
            ids.add(id);
            pending.add(new Pending(id, terms.counts().keySet(), Set.copyOf(entities), time));
            if (pending.size() >= REOPEN_EVERY) {
                reopen();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot add to an in-memory index", e);
        }
    }

    /**
     * The ids of at most {@code limit} indexed documents most like the query terms (weights as boosts) and
     * entities, published within {@code window} of {@code time} (or undated), best first; then the few documents
     * added since the last reopen that share a query term or entity.
     */
    List<String> similar(Map<String, Double> queryTerms, Collection<String> entities, double entityBoost,
                         Instant time, Duration window, int limit) {
        if (queryTerms.isEmpty() && entities.isEmpty()) {
            return List.of();
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        queryTerms.forEach((term, weight) -> query.add(
                new BoostQuery(new TermQuery(new Term(TERMS, term)), weight.floatValue()), BooleanClause.Occur.SHOULD));
        entities.forEach(entity -> query.add(new BoostQuery(new TermQuery(new Term(ENTITIES, entity)),
                (float) entityBoost), BooleanClause.Occur.SHOULD));
        query.setMinimumNumberShouldMatch(1);
        if (time != null) {
            long at = time.toEpochMilli();
            BooleanQuery.Builder when = new BooleanQuery.Builder()
                    .add(LongPoint.newRangeQuery(TIME, at - window.toMillis(), at + window.toMillis()), BooleanClause.Occur.SHOULD)
                    .add(new TermQuery(new Term(UNDATED, "yes")), BooleanClause.Occur.SHOULD);
            query.add(when.build(), BooleanClause.Occur.FILTER);
        }
        List<String> found = new ArrayList<>();
        if (reader != null) {
            try {
                IndexSearcher searcher = new IndexSearcher(reader);
                searcher.setSimilarity(new BM25Similarity());
                ScoreDoc[] hits = searcher.search(query.build(), limit).scoreDocs;
                List<LeafReaderContext> leaves = reader.leaves();
                for (ScoreDoc hit : hits) {
                    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(hit.doc, leaves));
                    NumericDocValues ordinals = DocValues.getNumeric(leaf.reader(), ORDINAL);
                    if (ordinals.advanceExact(hit.doc - leaf.docBase)) {
                        found.add(ids.get((int) ordinals.longValue()));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot search an in-memory index", e);
            }
        }
        for (Pending recent : pending) {
            boolean inWindow = time == null || recent.time() == null
                    || Math.abs(Duration.between(recent.time(), time).toMillis()) <= window.toMillis();
            boolean shares = queryTerms.keySet().stream().anyMatch(recent.terms()::contains)
                    || entities.stream().anyMatch(recent.entities()::contains);
            if (inWindow && shares) {
                found.add(recent.id());
            }
        }
        return found;
    }

    /** Makes every document added so far searchable through Lucene and empties the scanned buffer. */
    private void reopen() throws IOException {
        if (reader == null) {
            reader = DirectoryReader.open(writer);
        } else {
            DirectoryReader newer = DirectoryReader.openIfChanged(reader, writer);
            if (newer != null) {
                reader.close();
                reader = newer;
            }
        }
        pending.clear();
    }

    @Override
    public void close() {
        try {
            if (reader != null) {
                reader.close();
            }
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close an in-memory index", e);
        }
    }
}
