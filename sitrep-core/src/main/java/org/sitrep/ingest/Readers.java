package org.sitrep.ingest;

import java.nio.file.Path;
import java.util.List;

/** The input formats sitrep reads, in the order they are tried. A new format is one line here. */
public final class Readers {

    private static final List<DocumentReader> ALL = List.of(
            new HtmlReader(),
            new PlainTextReader());

    private Readers() {}

    public static DocumentReader forFile(Path file, String text) {
        for (DocumentReader reader : ALL) {
            if (reader.accepts(file)) {
                return reader;
            }
        }
        // An unknown extension: sniff the content.
        return looksLikeHtml(text) ? ALL.get(0) : new PlainTextReader();
    }

    static boolean looksLikeHtml(String text) {
        String head = text.stripLeading().toLowerCase(java.util.Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<body");
    }
}
