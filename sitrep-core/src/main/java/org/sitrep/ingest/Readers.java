package org.sitrep.ingest;

import java.util.List;

/**
 * The input formats sitrep reads. A format is chosen by the input's name; a name that says nothing (a feed URL, a
 * file without extension) is recognized by its first bytes. A new format is one line here.
 */
public final class Readers {

    private static final List<InputReader> ALL = List.of(
            new WarcInputReader(),
            new FeedInputReader(),
            new JsonLinesInputReader(),
            new ArticleFileReader()); // last: it takes any content as text or HTML

    private Readers() {}

    /** The reader for an input named {@code name} (lower case) whose content begins with {@code head}. */
    public static InputReader forInput(String name, String head) {
        for (InputReader reader : ALL) {
            if (reader.accepts(name)) {
                return reader;
            }
        }
        for (InputReader reader : ALL) {
            if (reader.recognizes(head)) {
                return reader;
            }
        }
        throw new IllegalStateException("the article reader recognizes everything");
    }
}
