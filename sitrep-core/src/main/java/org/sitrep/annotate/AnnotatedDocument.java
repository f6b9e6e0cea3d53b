package org.sitrep.annotate;

import edu.stanford.nlp.pipeline.CoreDocument;
import org.sitrep.model.Document;

/** A cleaned document with CoreNLP's annotations over its clean text (offsets match the clean text). */
public record AnnotatedDocument(Document document, CoreDocument nlp) {}
