package org.sitrep.extract.time;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.TimeAnnotator;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.sitrep.annotate.AnnotatedDocument;
import org.sitrep.annotate.Annotators;
import org.sitrep.extract.Extractor;
import org.sitrep.model.Document;
import org.sitrep.model.DocumentAnalysis;
import org.sitrep.model.TimeRef;

/**
 * Time expressions, anchored to the publication date when the report has one and explicitly unanchored
 * when it has none: an unknown date is never replaced by the clock. CoreNLP's SUTime runs in NER without a
 * reference date; partial dates (weekdays, days of a month) are anchored here with the sentence's tense
 * ({@link TimeAnchor}); other relative expressions ("yesterday", "last week") by a second SUTime pass
 * given the publication date.
 */
public final class TimeExtractor implements Extractor {

    private static final Set<String> TIME_TYPES = Set.of("DATE", "TIME", "DURATION", "SET");
    private static volatile TimeAnnotator anchoredSuTime;

    @Override
    public String name() {
        return "times";
    }

    @Override
    public Set<String> requiredAnnotators() {
        return Annotators.NAMED_ENTITIES;
    }

    @Override
    public DocumentAnalysis extract(AnnotatedDocument annotated, DocumentAnalysis soFar) {
        Document document = annotated.document();
        LocalDate anchor = document.published() != null ? document.published().date() : null;
        Map<Integer, String> anchoredValues = null;
        List<TimeRef> times = new ArrayList<>();
        for (CoreEntityMention mention : annotated.nlp().entityMentions()) {
            if (!TIME_TYPES.contains(mention.entityType()) || mention.text().matches("(?i)the|an?|this|that|these|those")) {
                continue;
            }
            Timex timex = mention.coreMap().get(TimeAnnotations.TimexAnnotation.class);
            String value = timex != null ? timex.value() : null;
            String type = timex != null && timex.timexType() != null ? timex.timexType() : mention.entityType();
            int begin = mention.charOffsets().first();
            int end = mention.charOffsets().second();
            TimeRef time;
            if (anchor == null || isAbsoluteOrSpan(value, type)) {
                time = new TimeRef(document.span(begin, end), value, type, null, false);
            } else if (TimeAnchor.isPartial(value)) {
                List<CoreLabel> sentence = mention.sentence().tokens();
                int first = mention.tokens().get(0).index() - 1;
                int last = mention.tokens().get(mention.tokens().size() - 1).index() - 1;
                String resolved = TimeAnchor.resolve(value, anchor, Tense.looksForward(sentence, first, last))
                        .orElse(null);
                time = new TimeRef(document.span(begin, end), resolved != null ? resolved : value, type,
                        anchor, resolved != null);
            } else {
                if (anchoredValues == null) {
                    anchoredValues = anchoredBySuTime(annotated, anchor);
                }
                String resolved = anchoredValues.get(begin);
                time = new TimeRef(document.span(begin, end), resolved, type, anchor, resolved != null);
            }
            times.add(time);
        }
        return soFar.withTimes(times);
    }

    /** A value that means the same whatever the report's date: "2011", "2016-02-11", "P4M". */
    private static boolean isAbsoluteOrSpan(String value, String type) {
        return value != null && !TimeAnchor.isPartial(value)
                && (value.matches("\\d{4}.*") || type.equals("DURATION") || type.equals("SET"));
    }

    /** SUTime's values for the document's time expressions with the publication date as reference, by offset. */
    private static Map<Integer, String> anchoredBySuTime(AnnotatedDocument annotated, LocalDate anchor) {
        Annotation copy = new Annotation(annotated.document().cleanText());
        copy.set(CoreAnnotations.TokensAnnotation.class, annotated.nlp().annotation().get(CoreAnnotations.TokensAnnotation.class));
        List<CoreMap> sentences = new ArrayList<>();
        for (CoreMap sentence : annotated.nlp().annotation().get(CoreAnnotations.SentencesAnnotation.class)) {
            Annotation sentenceCopy = new Annotation(sentence.get(CoreAnnotations.TextAnnotation.class));
            for (Class<?> key : List.of(CoreAnnotations.TokensAnnotation.class,
                    CoreAnnotations.CharacterOffsetBeginAnnotation.class, CoreAnnotations.CharacterOffsetEndAnnotation.class,
                    CoreAnnotations.SentenceIndexAnnotation.class, CoreAnnotations.TokenBeginAnnotation.class,
                    CoreAnnotations.TokenEndAnnotation.class)) {
                copyKey(sentence, sentenceCopy, key);
            }
            sentences.add(sentenceCopy);
        }
        copy.set(CoreAnnotations.SentencesAnnotation.class, sentences);
        copy.set(CoreAnnotations.DocDateAnnotation.class, anchor.toString());
        suTime().annotate(copy);
        Map<Integer, String> values = new HashMap<>();
        List<CoreMap> timexes = copy.get(TimeAnnotations.TimexAnnotations.class);
        if (timexes != null) {
            for (CoreMap timex : timexes) {
                Timex value = timex.get(TimeAnnotations.TimexAnnotation.class);
                if (value != null && value.value() != null) {
                    values.put(timex.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class), value.value());
                }
            }
        }
        return values;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void copyKey(CoreMap from, CoreMap to, Class key) {
        Object value = from.get(key);
        if (value != null) {
            to.set(key, value);
        }
    }

    private static TimeAnnotator suTime() {
        if (anchoredSuTime == null) {
            synchronized (TimeExtractor.class) {
                if (anchoredSuTime == null) {
                    Properties props = new Properties();
                    props.setProperty("sutime.includeRange", "true");
                    anchoredSuTime = new TimeAnnotator("sutime", props);
                }
            }
        }
        return anchoredSuTime;
    }
}
