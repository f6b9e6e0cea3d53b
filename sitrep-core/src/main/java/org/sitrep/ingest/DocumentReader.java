package org.sitrep.ingest;

/**
 * Reads one decoded article, a whole file or one record's payload, into a raw document: HTML or plain text.
 * {@link ArticleFileReader} picks one for a file; WARC, feed and JSON Lines records use them for their payloads.
 */
public interface DocumentReader {

    /** Whether inputs named like {@code name} (lower case) are this kind of article. */
    boolean accepts(String name);

    /**
     * Reads {@code text} into a raw document.
     *
     * @param source  what the document's provenance names: a file, or an input and its record
     * @param baseUri the address relative links resolve against
     */
    RawDocument read(String source, String baseUri, String text) throws InputProblem;
}
