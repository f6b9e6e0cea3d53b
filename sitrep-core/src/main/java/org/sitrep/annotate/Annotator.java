package org.sitrep.annotate;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.Set;
import org.sitrep.model.Document;

/** The annotate stage: runs the shared CoreNLP pipeline with the annotators the extractors require. */
public final class Annotator {

    private final Set<String> annotators;

    public Annotator(Set<String> annotators) {
        this.annotators = Set.copyOf(annotators);
        NlpPipelines.ordered(this.annotators); // fail at start-up on a misconfiguration, not mid-run
    }

    public AnnotatedDocument annotate(Document document) {
        StanfordCoreNLP pipeline = NlpPipelines.get(annotators);
        CoreDocument nlp = new CoreDocument(document.cleanText());
        pipeline.annotate(nlp);
        return new AnnotatedDocument(document, nlp);
    }

    public Set<String> annotators() {
        return annotators;
    }
}
