package org.sitrep.ingest;

import java.nio.file.Path;

/** Plain-text articles: the text is the article; metadata comes from a sidecar or flags. */
public final class PlainTextReader implements DocumentReader {

    @Override
    public boolean accepts(Path file) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return name.endsWith(".txt") || name.endsWith(".text") || !name.contains(".");
    }

    @Override
    public RawDocument read(Path file, String text) {
        return new RawDocument(file.toString(), text, Metadata.NONE);
    }
}
