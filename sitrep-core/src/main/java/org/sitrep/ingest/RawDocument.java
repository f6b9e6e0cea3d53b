package org.sitrep.ingest;

/**
 * A document as read from its source, before cleaning.
 *
 * @param text     the article text: the file itself for plain text, the extracted article for HTML
 * @param metadata what the source itself says about the document
 */
public record RawDocument(String source, String text, Metadata metadata) {}
