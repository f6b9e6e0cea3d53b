package org.sitrep.extract;

import java.util.Set;
import org.sitrep.annotate.AnnotatedDocument;
import org.sitrep.model.DocumentAnalysis;

/**
 * One extractor with one job. It states the CoreNLP annotators it needs, so the pipeline is built with
 * exactly those, and returns the analysis with its own findings added (it never changes others').
 * Extractors are registered, in order, in {@link Extractors}.
 */
public interface Extractor {

    String name();

    /** CoreNLP annotator names this extractor reads, e.g. "ner". */
    Set<String> requiredAnnotators();

    DocumentAnalysis extract(AnnotatedDocument document, DocumentAnalysis soFar);
}
