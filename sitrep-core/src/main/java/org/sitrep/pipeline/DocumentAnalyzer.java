package org.sitrep.pipeline;

import org.sitrep.model.Document;
import org.sitrep.model.DocumentAnalysis;

/** The costly part of the pipeline, annotate → extract, for one clean document; called from several threads. */
@FunctionalInterface
public interface DocumentAnalyzer {
    DocumentAnalysis analyze(Document document);
}
