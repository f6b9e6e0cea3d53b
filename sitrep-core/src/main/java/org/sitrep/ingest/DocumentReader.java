package org.sitrep.ingest;

import java.nio.file.Path;

/** Reads one kind of input file. Readers are registered in {@link Readers}. */
public interface DocumentReader {

    /** Whether this reader handles files like {@code file} (by name; content is checked on read). */
    boolean accepts(Path file);

    /** Reads the decoded text of {@code file} into a raw document. */
    RawDocument read(Path file, String text) throws InputProblem;
}
