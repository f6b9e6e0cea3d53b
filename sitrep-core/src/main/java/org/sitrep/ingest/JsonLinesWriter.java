package org.sitrep.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Appends documents to a JSON Lines file in the format {@link JsonLinesInputReader} reads (text plus metadata): how
 * {@code sitrep watch} keeps the entries it took until the workspace store takes them.
 */
public final class JsonLinesWriter {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;

    public JsonLinesWriter(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    /** Appends {@code document} as one line, flushed before returning. */
    public void append(RawDocument document) {
        ObjectNode line = JSON.createObjectNode();
        line.put("id", ContentHash.of(document.text()));
        Metadata metadata = document.metadata();
        putIfPresent(line, "published", metadata.published());
        putIfPresent(line, "outlet", metadata.outlet());
        putIfPresent(line, "url", metadata.url());
        putIfPresent(line, "title", metadata.title());
        putIfPresent(line, "language", metadata.language());
        line.put("text", document.text());
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, JSON.writeValueAsString(line) + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static void putIfPresent(ObjectNode line, String key, String value) {
        if (value != null) {
            line.put(key, value);
        }
    }
}
