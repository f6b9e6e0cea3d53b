package org.sitrep.ingest;

/**
 * One record read from an input: a document, or the reason that record was skipped. A text or HTML file is one
 * record; a WARC, a feed or a JSON Lines file is many, and a bad one skips only itself.
 */
public sealed interface InputRecord {

    record Read(RawDocument document) implements InputRecord {}

    record Skipped(InputProblem problem) implements InputRecord {}
}
