package org.sitrep.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Set;

/**
 * The feed entries already taken, kept in a small file (one key a line, appended) so a watch that is stopped and
 * started again takes only entries it has not seen. An entry's key is a hash of its link, or of its text when it has
 * none: a feed that re-orders or re-dates its entries does not make them new.
 */
public final class SeenEntries {

    public static final String FILE_NAME = ".sitrep-seen-entries";

    private final Path file;
    private final Set<String> keys = new HashSet<>();

    private SeenEntries(Path file) {
        this.file = file;
    }

    /** The entries seen so far by watches writing into {@code folder}. */
    public static SeenEntries in(Path folder) {
        SeenEntries seen = new SeenEntries(folder.resolve(FILE_NAME));
        try {
            if (Files.exists(seen.file)) {
                Files.readAllLines(seen.file, StandardCharsets.UTF_8).stream()
                        .map(String::strip).filter(line -> !line.isEmpty()).forEach(seen.keys::add);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + seen.file, e);
        }
        return seen;
    }

    public boolean contains(RawDocument entry) {
        return keys.contains(keyOf(entry));
    }

    /** Marks {@code entry} seen, on disk at once: a crash after this call never takes it again. */
    public void add(RawDocument entry) {
        String key = keyOf(entry);
        if (keys.add(key)) {
            try {
                Files.createDirectories(file.getParent());
                Files.writeString(file, key + "\n", StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + file, e);
            }
        }
    }

    public int size() {
        return keys.size();
    }

    static String keyOf(RawDocument entry) {
        String url = entry.metadata().url();
        return ContentHash.of(url != null && !url.isBlank() ? "url " + url.strip() : "text " + entry.text());
    }
}
