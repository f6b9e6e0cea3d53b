package org.sitrep.extract;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.annotate.AnnotatedDocument;
import org.sitrep.extract.claim.ClaimExtractor;
import org.sitrep.extract.entity.EntityExtractor;
import org.sitrep.extract.event.EventExtractor;
import org.sitrep.extract.place.PlaceExtractor;
import org.sitrep.extract.quote.QuoteExtractor;
import org.sitrep.extract.time.TimeExtractor;
import org.sitrep.model.DocumentAnalysis;

/** The extract stage: every extractor, in the order they run. A new extractor is one line here. */
public final class Extractors {

    private final List<Extractor> extractors;

    public Extractors(List<Extractor> extractors) {
        this.extractors = List.copyOf(extractors);
    }

    public static Extractors standard() {
        return new Extractors(List.of(
                new EntityExtractor(),
                new PlaceExtractor(),
                new TimeExtractor(),
                new QuoteExtractor(),
                new ClaimExtractor(),
                new EventExtractor()));
    }

    /** The CoreNLP annotators the extractors need between them. */
    public Set<String> requiredAnnotators() {
        Set<String> annotators = new LinkedHashSet<>();
        extractors.forEach(extractor -> annotators.addAll(extractor.requiredAnnotators()));
        return annotators;
    }

    public DocumentAnalysis extract(AnnotatedDocument document) {
        return extract(document, new HashMap<>());
    }

    /** As {@link #extract(AnnotatedDocument)}, adding each extractor's time (ns) to {@code nanosByExtractor}. */
    public DocumentAnalysis extract(AnnotatedDocument document, Map<String, Long> nanosByExtractor) {
        DocumentAnalysis analysis = DocumentAnalysis.empty(document.document());
        for (Extractor extractor : extractors) {
            long start = System.nanoTime();
            analysis = extractor.extract(document, analysis);
            nanosByExtractor.merge(extractor.name(), System.nanoTime() - start, Long::sum);
        }
        return analysis;
    }
}
