package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Document;
import org.sitrep.model.DocumentAnalysis;
import org.sitrep.model.Entity;
import org.sitrep.testing.Samples;

/**
 * What every store must do, whichever database is under it: run once per database by the subclasses
 * ({@link H2DocumentStoreTest}, {@link PostgresDocumentStoreTest}).
 */
abstract class DocumentStoreContract {

    static final List<String> TABLES =
            List.of("documents", "removed_spans", "entities", "entity_mentions", "times", "places", "quotes", "claims");

    /** The database this test's stores open: the same one each time within a test, a fresh one per test. */
    abstract Database database();

    SqlDocumentStore open() {
        return SqlDocumentStore.open(database(), 4);
    }

    @Test
    void aStoredAnalysisReadsBackEqualAfterTheStoreIsClosedAndOpenedAgain() {
        List<DocumentAnalysis> samples = Samples.dated().documents();
        try (SqlDocumentStore store = open()) {
            samples.forEach(store::put);
        }
        try (SqlDocumentStore store = open()) {
            for (DocumentAnalysis sample : samples) {
                assertThat(store.get(sample.document().id())).contains(sample);
            }
            assertThat(store.all()).containsExactlyElementsOf(samples);
            DocumentAnalysis afp = Samples.document(Samples.dated(), Samples.AFP);
            assertThat(store.count("entities")).isEqualTo(samples.stream().mapToLong(a -> a.entities().size()).sum());
            assertThat(store.count("claims")).isEqualTo(samples.stream().mapToLong(a -> a.claims().size()).sum());
            assertThat(store.count("quotes")).isEqualTo(samples.stream().mapToLong(a -> a.quotes().size()).sum());
            assertThat(store.count("removed_spans")).isEqualTo(samples.stream().mapToLong(a -> a.document().removed().size()).sum());
            assertThat(afp.claims()).isNotEmpty();
        }
    }

    @Test
    void theSameContentIsStoredOnceAndAChangedContentFromTheSameSourceIsItsNextVersion() {
        DocumentAnalysis afp = Samples.document(Samples.dated(), Samples.AFP);
        Document changed = withText(afp.document(), "changed-id", afp.document().cleanText() + " Updated.");
        try (SqlDocumentStore store = open()) {
            assertThat(store.put(afp)).isTrue();
            assertThat(store.put(afp)).isFalse();
            assertThat(store.put(DocumentAnalysis.empty(changed))).isTrue();

            String source = DocumentStore.sourceKey(afp.document());
            assertThat(store.versions(source)).containsExactly(
                    new DocumentStore.DocumentVersion(afp.document().id(), 1),
                    new DocumentStore.DocumentVersion("changed-id", 2));
            assertThat(store.count("documents")).isEqualTo(2);
            assertThat(store.count("entities")).isEqualTo(afp.entities().size());
        }
    }

    @Test
    void latestHoldsEachSourceOnceAsItsNewestVersionReads() {
        List<DocumentAnalysis> samples = Samples.dated().documents();
        DocumentAnalysis afp = Samples.document(Samples.dated(), Samples.AFP);
        DocumentAnalysis updated = DocumentAnalysis.empty(
                withText(afp.document(), "updated-id", afp.document().cleanText() + " Updated."));
        try (SqlDocumentStore store = open()) {
            samples.forEach(store::put);
            store.put(updated);

            assertThat(store.all()).hasSize(samples.size() + 1);
            assertThat(store.latest()).hasSize(samples.size()).contains(updated).doesNotContain(afp);
            assertThat(store.latestIds()).isEqualTo(store.latest().stream().map(a -> a.document().id()).toList());
        }
    }

    @Test
    void aDocumentThatFailsHalfWayLeavesNoRowAtAll() {
        DocumentAnalysis afp = Samples.document(Samples.dated(), Samples.AFP);
        // The third entity cannot be written (no type): the document row and the first two entities were
        // already inserted in the transaction when it fails.
        List<Entity> entities = new ArrayList<>(afp.entities().subList(0, 2));
        Entity bad = afp.entities().get(2);
        entities.add(new Entity(bad.id(), bad.canonicalName(), null, bad.aliases(), bad.mentions(), bad.descriptions(), null));
        try (SqlDocumentStore store = open()) {
            assertThatThrownBy(() -> store.put(afp.withEntities(entities))).isInstanceOf(RuntimeException.class);

            assertThat(store.contains(afp.document().id())).isFalse();
            TABLES.forEach(table -> assertThat(store.count(table)).as(table).isZero());
            assertThat(store.put(afp)).isTrue(); // and the document can be stored whole afterwards
        }
    }

    @Test
    void writersOnSeveralThreadsStoreEveryDocumentOnceAndNumberVersionsWithoutGaps() throws Exception {
        DocumentAnalysis afp = Samples.document(Samples.dated(), Samples.AFP);
        List<DocumentAnalysis> versions = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            versions.add(DocumentAnalysis.empty(withText(afp.document(), "v" + i, "Version " + i + ".")));
        }
        try (SqlDocumentStore store = open()) {
            var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
            try {
                // every version twice, from different threads: the second of each pair must be a no-op
                List<java.util.concurrent.Future<Boolean>> puts = new ArrayList<>();
                for (DocumentAnalysis version : versions) {
                    puts.add(pool.submit(() -> store.put(version)));
                    puts.add(pool.submit(() -> store.put(version)));
                }
                long added = 0;
                for (var put : puts) {
                    added += put.get() ? 1 : 0;
                }
                assertThat(added).isEqualTo(versions.size());
            } finally {
                pool.shutdown();
            }
            assertThat(store.versions(DocumentStore.sourceKey(afp.document())))
                    .extracting(DocumentStore.DocumentVersion::version)
                    .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, versions.size()).boxed().toList());
        }
    }

    static Document withText(Document d, String id, String cleanText) {
        return new Document(id, d.source(), d.url(), d.outlet(), d.wireAgency(), d.wireSignals(), d.byline(),
                d.dateline(), d.credits(), d.published(), d.language(), d.title(), cleanText, cleanText, List.of(),
                d.ingestedAt());
    }

}
