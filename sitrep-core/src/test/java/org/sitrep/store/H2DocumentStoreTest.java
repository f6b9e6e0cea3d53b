package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on the embedded H2 file in a workspace folder, the default. */
class H2DocumentStoreTest extends DocumentStoreContract {

    @TempDir
    Path folder;

    @Override
    Database database() {
        return Database.embeddedIn(folder);
    }

    @Test
    void anUnknownOrUnreachableDatabaseIsRefusedWithTheReason() {
        assertThatThrownBy(() -> Database.at("jdbc:mysql://localhost/sitrep"))
                .hasMessageContaining("jdbc:postgresql://");
        assertThatThrownBy(() -> SqlDocumentStore.open(Database.at("jdbc:postgresql://127.0.0.1:1/none"), 2))
                .isInstanceOf(StoreException.class).hasMessageContaining("jdbc:postgresql://127.0.0.1:1/none");
    }
}
