package org.sitrep.ingest;

import java.nio.file.Path;

/**
 * An input, or one record of it, that cannot be read as a news article. The message names the input, the record
 * when the input holds many ("record 3" of a WARC, "line 7" of a JSON Lines file, "entry 2" of a feed) and the problem.
 */
public class InputProblem extends Exception {
    private final String source;
    private final String record;
    private final String problem;

    public InputProblem(Path source, String problem) {
        this(source.toString(), problem, null);
    }

    public InputProblem(String source, String problem, Throwable cause) {
        this(source, null, problem, cause);
    }

    /** A problem with one record of a many-record input; {@code record} says which ("line 7"), or is null. */
    public InputProblem(String source, String record, String problem, Throwable cause) {
        super(where(source, record) + ": " + problem, cause);
        this.source = source;
        this.record = record;
        this.problem = problem;
    }

    /** The same problem, said of record {@code record} of input {@code source}: a payload's problem made the record's. */
    public InputProblem of(String source, String record) {
        return new InputProblem(source, record, problem, this);
    }

    /** The input: a file or a URL. */
    public String source() {
        return source;
    }

    /** Which record of the input ("record 3", "line 7"), or null when the problem is the whole input. */
    public String record() {
        return record;
    }

    /** The input and, when there is one, the record: what a skipped list shows. */
    public String where() {
        return where(source, record);
    }

    public String problem() {
        return problem;
    }

    private static String where(String source, String record) {
        return record == null ? source : source + ", " + record;
    }
}
