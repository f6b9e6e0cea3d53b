package org.sitrep.store;

import java.nio.file.Path;

/**
 * Where a workspace keeps its documents: an embedded H2 file under the workspace folder by default, or a
 * server (PostgreSQL) named by a JDBC URL.
 */
public record Database(String jdbcUrl, String user, String password) {

    /**
     * H2 in {@code folder/store.mv.db}. {@code WRITE_DELAY=0} makes every commit reach the file before
     * {@code commit()} returns (H2 otherwise batches writes for up to half a second), so a document a run
     * reported as stored survives a kill -9. The file lock stops two processes writing one workspace.
     */
    public static Database embeddedIn(Path folder) {
        return new Database("jdbc:h2:file:" + folder.toAbsolutePath().resolve("store") + ";WRITE_DELAY=0", "sa", "");
    }

    /** A JDBC URL given by the user; credentials may be in the URL itself ({@code ?user=…&password=…}). */
    public static Database at(String jdbcUrl) {
        if (!jdbcUrl.startsWith("jdbc:h2:") && !jdbcUrl.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("unsupported database URL '" + jdbcUrl
                    + "': sitrep stores into H2 (jdbc:h2:…) or PostgreSQL (jdbc:postgresql://host/db)");
        }
        return new Database(jdbcUrl, null, null);
    }

    public boolean isPostgres() {
        return jdbcUrl.startsWith("jdbc:postgresql:");
    }

    /** The URL without credentials, for messages. */
    public String describe() {
        int query = jdbcUrl.indexOf('?');
        return query < 0 ? jdbcUrl : jdbcUrl.substring(0, query);
    }
}
