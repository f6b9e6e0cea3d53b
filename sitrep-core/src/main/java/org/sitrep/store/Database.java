package org.sitrep.store;

import java.nio.file.Path;

/**
 * Where a workspace keeps its documents: an embedded H2 file under the workspace folder by default, or a
 * server (PostgreSQL) named by a JDBC URL.
 */
public record Database(String jdbcUrl, String user, String password) {

    /**
     * H2 in {@code folder/store.mv.db}. H2 appends every commit to its file and compacts in the background;
     * {@code MAX_COMPACT_TIME} lets closing spend up to 10 s compacting what a run left (3,000 documents: a
     * 337 MiB file becomes 78 MiB). The file lock stops two processes writing one workspace.
     */
    public static Database embeddedIn(Path folder) {
        return new Database("jdbc:h2:file:" + folder.toAbsolutePath().resolve("store") + ";MAX_COMPACT_TIME=10000", "sa", "");
    }

    /** A JDBC URL given by the user; credentials may be in the URL itself ({@code ?user=…&password=…}). */
    public static Database at(String jdbcUrl) {
        if (!jdbcUrl.startsWith("jdbc:h2:") && !jdbcUrl.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("unsupported database URL '" + jdbcUrl
                    + "': sitrep stores into H2 (jdbc:h2:…) or PostgreSQL (jdbc:postgresql://host/db)");
        }
        return new Database(jdbcUrl, null, null);
    }

    public boolean isH2() {
        return jdbcUrl.startsWith("jdbc:h2:");
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
