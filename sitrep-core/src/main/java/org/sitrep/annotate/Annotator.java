package org.sitrep.annotate;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    /**
     * Seconds each CoreNLP annotator has spent in this JVM's pipeline so far, by annotator class name, from CoreNLP's
     * own accounting (its {@code timingInformation()} report, the only form in which it gives it out).
     */
    public Map<String, Double> secondsByAnnotator() {
        Map<String, Double> seconds = new LinkedHashMap<>();
        Matcher line = TIMING_LINE.matcher(NlpPipelines.get(annotators).timingInformation());
        while (line.find()) {
            seconds.merge(line.group(1), Double.parseDouble(line.group(2)), Double::sum);
        }
        return seconds;
    }

    private static final Pattern TIMING_LINE = Pattern.compile("(?m)^(\\w+): ([0-9.]+) sec\\.$");

    public Set<String> annotators() {
        return annotators;
    }
}
