package org.sitrep.ingest;

/** Plain-text articles: the text is the article; metadata comes from a sidecar or flags. */
public final class PlainTextReader implements DocumentReader {

    @Override
    public boolean accepts(String name) {
        return name.endsWith(".txt") || name.endsWith(".text") || !name.contains(".");
    }

    @Override
    public RawDocument read(String source, String baseUri, String text) {
        return new RawDocument(source, text, Metadata.NONE);
    }
}
