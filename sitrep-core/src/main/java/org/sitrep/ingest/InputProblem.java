package org.sitrep.ingest;

import java.nio.file.Path;

/** An input that cannot be read as a news article; the message names the file and the problem. */
public class InputProblem extends Exception {
    private final String source;
    private final String problem;

    public InputProblem(Path source, String problem) {
        this(source.toString(), problem, null);
    }

    public InputProblem(String source, String problem, Throwable cause) {
        super(source + ": " + problem, cause);
        this.source = source;
        this.problem = problem;
    }

    public String source() {
        return source;
    }

    public String problem() {
        return problem;
    }
}
