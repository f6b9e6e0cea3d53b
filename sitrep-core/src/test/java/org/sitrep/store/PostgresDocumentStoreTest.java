package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.ingest.Metadata;
import org.sitrep.pipeline.Progress;
import org.sitrep.pipeline.WorkspaceIngest;
import org.sitrep.store.search.SearchQuery;
import org.sitrep.testing.Corpus;
import org.sitrep.testing.LightAnalyzer;

/**
 * The store contract on a real PostgreSQL server, started by this test from the binaries zonky publishes on
 * Maven Central (PostgreSQL refuses to run as root; zonky runs it in a user namespace, {@code unshare -U},
 * when the tests run as root, as CI does here). Each test gets a database of its own.
 */
class PostgresDocumentStoreTest extends DocumentStoreContract {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres server;
    private Database database;

    @BeforeAll
    static void startServer() throws IOException {
        server = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stopServer() throws IOException {
        server.close();
    }

    @BeforeEach
    void createDatabase() throws SQLException {
        String name = "sitrep_" + DATABASES.incrementAndGet();
        try (Connection db = server.getPostgresDatabase().getConnection(); Statement sql = db.createStatement()) {
            sql.execute("CREATE DATABASE " + name);
        }
        database = Database.at(server.getJdbcUrl("postgres", name));
    }

    @Override
    Database database() {
        return database;
    }

    @Test
    void aWorkspaceKeepsItsDocumentsInPostgresAndItsIndexInTheFolder(@TempDir Path folder) {
        Corpus.write(folder.resolve("inputs"), 20, 3);
        try (Workspace workspace = Workspace.open(folder.resolve("workspace"), database, 2)) {
            var run = new WorkspaceIngest(new LightAnalyzer(0), 2)
                    .run(List.of(folder.resolve("inputs")), Metadata.NONE, workspace, Progress.silent());
            assertThat(run.added()).isEqualTo(20);
        }
        try (Workspace again = Workspace.open(folder.resolve("workspace"), database, 2)) {
            var rerun = new WorkspaceIngest(new LightAnalyzer(0), 2)
                    .run(List.of(folder.resolve("inputs")), Metadata.NONE, again, Progress.silent());
            assertThat(rerun.added()).isZero();
            assertThat(rerun.alreadyStored()).isEqualTo(20);
            assertThat(again.store().count("documents")).isEqualTo(20);
            assertThat(again.index().search(SearchQuery.of("Aleppo")).totalHits()).isPositive();
        }
    }
}
