package org.sitrep.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.sitrep.model.DocumentAnalysis;

/**
 * The workspace store on a SQL database: H2 embedded by default, PostgreSQL as a server. The schema is
 * brought up to date by Flyway on opening (scripts in {@code db/migration}); each document and all its
 * extractions are written in one transaction, so a crash leaves either the whole document or none of it.
 */
public final class SqlDocumentStore implements DocumentStore {

    /** SQLSTATE of a unique-key violation, the same in H2 and PostgreSQL. */
    private static final String UNIQUE_VIOLATION = "23505";
    /**
     * Writers of one process take a source's lock (one of {@link #SOURCE_LOCKS}, by the source key's hash) before
     * numbering its next version, so they never race for it; two processes writing one source at once still can,
     * and a few retries, each after a short random pause, settle that.
     */
    private static final int ATTEMPTS = 8;
    private static final int SOURCE_LOCKS = 64;
    private final java.util.concurrent.locks.ReentrantLock[] sourceLocks = newLocks();

    private final Database database;
    private final HikariDataSource pool;

    private SqlDocumentStore(Database database, HikariDataSource pool) {
        this.database = database;
        this.pool = pool;
    }

    /** Opens (creating or migrating as needed) the store; {@code connections} should cover the writers. */
    public static SqlDocumentStore open(Database database, int connections) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(database.jdbcUrl());
        if (database.user() != null) {
            config.setUsername(database.user());
            config.setPassword(database.password());
        }
        config.setMaximumPoolSize(Math.max(2, connections));
        config.setPoolName("sitrep-store");
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new StoreException("cannot open the store at " + database.describe() + ": " + rootMessage(e), e);
        }
        try {
            Flyway.configure().dataSource(pool).locations("classpath:db/migration").load().migrate();
        } catch (RuntimeException e) {
            pool.close();
            throw new StoreException("cannot bring the store at " + database.describe() + " up to date: "
                    + rootMessage(e), e);
        }
        return new SqlDocumentStore(database, pool);
    }

    private static java.util.concurrent.locks.ReentrantLock[] newLocks() {
        var locks = new java.util.concurrent.locks.ReentrantLock[SOURCE_LOCKS];
        for (int i = 0; i < locks.length; i++) {
            locks[i] = new java.util.concurrent.locks.ReentrantLock();
        }
        return locks;
    }

    @Override
    public boolean put(DocumentAnalysis analysis) {
        String sourceKey = DocumentStore.sourceKey(analysis.document());
        var lock = sourceLocks[Math.floorMod(sourceKey.hashCode(), SOURCE_LOCKS)];
        lock.lock();
        try {
            return putNumbered(analysis, sourceKey);
        } finally {
            lock.unlock();
        }
    }

    private boolean putNumbered(DocumentAnalysis analysis, String sourceKey) {
        String id = analysis.document().id();
        for (int attempt = 1; ; attempt++) {
            try (Connection db = pool.getConnection()) {
                db.setAutoCommit(false);
                try {
                    if (exists(db, id)) {
                        db.rollback();
                        return false;
                    }
                    AnalysisRows.insert(db, analysis, sourceKey, nextVersion(db, sourceKey));
                    db.commit();
                    if (database.isH2()) {
                        checkpoint(db);
                    }
                    return true;
                } catch (SQLException | RuntimeException e) {
                    db.rollback();
                    throw e;
                }
            } catch (SQLException e) {
                // Another writer stored the same document, or took the version number, first: look again.
                if (!isUniqueViolation(e) || attempt == ATTEMPTS) {
                    throw new StoreException("cannot store document " + id + ": " + e.getMessage(), e);
                }
                pauseBeforeRetry(attempt);
            }
        }
    }

    /** A few milliseconds, growing and random, so that two processes racing for one number stop meeting. */
    private static void pauseBeforeRetry(int attempt) {
        try {
            Thread.sleep(java.util.concurrent.ThreadLocalRandom.current().nextLong(1, 5L << attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while storing a document", e);
        }
    }

    /**
     * H2 writes commits to its file in the background, up to half a second later: a document a run reported
     * stored could be lost to a kill -9 (the kill test saw it). A checkpoint writes them now. Turning the
     * delay off instead (WRITE_DELAY=0) also stops H2's background compaction: 20,000 documents then made a
     * 2.5 GB file.
     */
    private static void checkpoint(Connection db) throws SQLException {
        try (var sql = db.createStatement()) {
            sql.execute("CHECKPOINT");
        }
    }

    private static boolean exists(Connection db, String id) throws SQLException {
        try (PreparedStatement query = db.prepareStatement("SELECT 1 FROM documents WHERE id = ?")) {
            query.setString(1, id);
            try (ResultSet row = query.executeQuery()) {
                return row.next();
            }
        }
    }

    private static int nextVersion(Connection db, String sourceKey) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(
                "SELECT COALESCE(MAX(version), 0) + 1 FROM documents WHERE source_key = ?")) {
            query.setString(1, sourceKey);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }

    private static boolean isUniqueViolation(SQLException e) {
        for (SQLException next = e; next != null; next = next.getNextException()) {
            if (UNIQUE_VIOLATION.equals(next.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean contains(String documentId) {
        return query("SELECT 1 FROM documents WHERE id = ?", documentId, row -> true).size() == 1;
    }

    @Override
    public Optional<DocumentAnalysis> get(String documentId) {
        return query("SELECT analysis_json, raw_text, clean_text FROM documents WHERE id = ?", documentId,
                SqlDocumentStore::analysis).stream().findFirst();
    }

    @Override
    public List<DocumentAnalysis> all() {
        return query("SELECT analysis_json, raw_text, clean_text FROM documents ORDER BY stored_seq", null,
                SqlDocumentStore::analysis);
    }

    @Override
    public List<DocumentAnalysis> latest() {
        return query("SELECT analysis_json, raw_text, clean_text" + LATEST, null, SqlDocumentStore::analysis);
    }

    @Override
    public List<String> latestIds() {
        return query("SELECT id" + LATEST, null, row -> row.getString(1));
    }

    /** Each source's newest version, in the order stored. */
    private static final String LATEST = """
             FROM documents d
            WHERE version = (SELECT MAX(version) FROM documents v WHERE v.source_key = d.source_key)
            ORDER BY stored_seq""";

    @Override
    public Set<String> ids() {
        return new HashSet<>(query("SELECT id FROM documents", null, row -> row.getString(1)));
    }

    @Override
    public List<DocumentVersion> versions(String sourceKey) {
        return query("SELECT id, version FROM documents WHERE source_key = ? ORDER BY version", sourceKey,
                row -> new DocumentVersion(row.getString(1), row.getInt(2)));
    }

    /** How many rows each table holds: for checks and the benchmark. */
    public long count(String table) {
        if (!table.matches("[a-z_]+")) {
            throw new IllegalArgumentException("not a table name: " + table);
        }
        return query("SELECT COUNT(*) FROM " + table, null, row -> row.getLong(1)).get(0);
    }

    private static DocumentAnalysis analysis(ResultSet row) throws SQLException {
        return AnalysisJson.read(row.getString(1), row.getString(2), row.getString(3));
    }

    private interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    private <T> List<T> query(String sql, String parameter, RowReader<T> reader) {
        try (Connection db = pool.getConnection(); PreparedStatement query = db.prepareStatement(sql)) {
            if (parameter != null) {
                query.setString(1, parameter);
            }
            List<T> rows = new ArrayList<>();
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    rows.add(reader.read(row));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new StoreException("cannot read the store at " + database.describe() + ": " + e.getMessage(), e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }

    @Override
    public void close() {
        pool.close();
    }
}
