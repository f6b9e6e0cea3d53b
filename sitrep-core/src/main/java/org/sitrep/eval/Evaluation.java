package org.sitrep.eval;

import java.io.IOException;
import java.nio.file.Path;

/** One measurement of one stage on real annotated data. Evaluations are registered in {@link Evaluations}. */
public interface Evaluation {

    /** The name users type: {@code sitrep eval NAME}. */
    String name();

    /** One line: what is measured, on which data set. */
    String description();

    /**
     * Runs the evaluation.
     *
     * @param shared the project's {@code ../shared} folder, holding {@code eval/}
     */
    EvaluationReport run(Path shared) throws IOException;
}
