package org.sitrep.annotate;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One CoreNLP pipeline per JVM for each set of annotators asked for: loading models costs seconds and
 * hundreds of MiB, so nobody else constructs a {@link StanfordCoreNLP}.
 */
public final class NlpPipelines {

    private static final Map<String, StanfordCoreNLP> PIPELINES = new ConcurrentHashMap<>();

    /** CoreNLP's own order; a requested annotator brings the ones before it that it needs. */
    private static final java.util.List<String> ORDER = java.util.List.of(
            "tokenize", "ssplit", "pos", "lemma", "ner", "parse", "depparse", "coref", "quote");

    private NlpPipelines() {}

    /** The shared pipeline running {@code annotators} (in CoreNLP's order) with sitrep's settings. */
    public static StanfordCoreNLP get(Set<String> annotators) {
        String names = String.join(",", ordered(annotators));
        return PIPELINES.computeIfAbsent(names, key -> new StanfordCoreNLP(properties(key)));
    }

    static java.util.List<String> ordered(Set<String> annotators) {
        Set<String> unknown = new TreeSet<>(annotators);
        unknown.removeAll(ORDER);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("unknown CoreNLP annotators " + unknown + "; known: " + ORDER);
        }
        return ORDER.stream().filter(annotators::contains).toList();
    }

    static Properties properties(String annotators) {
        Properties props = new Properties();
        props.setProperty("annotators", annotators);
        // Coarse NER: fine-grained NER costs ~65% of NER time and splits multi-word Arabic place names.
        props.setProperty("ner.applyFineGrained", "false");
        props.setProperty("ner.useSUTime", "true");
        props.setProperty("ner.buildEntityMentions", "true");
        // Time expressions are normalised without a reference date; sitrep anchors them itself
        // (extract.time.TimeAnchor) so that an undated document is never resolved against the clock.
        props.setProperty("sutime.includeRange", "true");
        props.setProperty("sutime.markTimeRanges", "true");
        props.setProperty("tokenize.options", "untokenizable=noneKeep,quotes=original");
        props.setProperty("ssplit.newlineIsSentenceBreak", "two");
        props.setProperty("quote.attributeQuotes", "false");
        return props;
    }
}
