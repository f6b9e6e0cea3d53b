package org.sitrep.ingest;

import java.io.InputStream;

/** Reads one input format into records. Formats are registered in {@link Readers}; a new format is one class. */
public interface InputReader {

    /** Whether inputs named like {@code name} (a lower-case file name or a URL's last path segment) are this format. */
    boolean accepts(String name);

    /** Whether content beginning with {@code head} (the first bytes, as ISO-8859-1) is this format. */
    boolean recognizes(String head);

    /** Opens {@code in}, the content of {@code input}; the returned source closes {@code in} when it is closed. */
    RecordSource open(Input input, InputStream in) throws InputProblem;
}
