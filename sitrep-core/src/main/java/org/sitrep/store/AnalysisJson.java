package org.sitrep.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.sitrep.model.Document;
import org.sitrep.model.DocumentAnalysis;

/**
 * A {@link DocumentAnalysis} as the JSON column of its document row. The raw and clean texts are left out
 * (they are columns of their own, and would double the store's size) and put back on reading. The Spark job
 * ({@code sitrep-spark}) passes analyses between its stages in this same form.
 */
public final class AnalysisJson {

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            // A published date's offset (+01:00) is part of what the source said; keep it as written.
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            // Derived accessors (TimeRef.text()) are written by some mappers; they are not state.
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private AnalysisJson() {}

    public static String write(DocumentAnalysis analysis) {
        Document document = analysis.document();
        Document withoutTexts = new Document(document.id(), document.source(), document.url(), document.outlet(),
                document.wireAgency(), document.wireSignals(), document.byline(), document.dateline(),
                document.credits(), document.published(), document.language(), document.title(), "", "",
                document.removed(), document.ingestedAt());
        try {
            return JSON.writeValueAsString(new DocumentAnalysis(withoutTexts, analysis.entities(), analysis.times(),
                    analysis.places(), analysis.quotes(), analysis.claims(), analysis.events()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the analysis of " + document.id() + " as JSON", e);
        }
    }

    public static DocumentAnalysis read(String json, String rawText, String cleanText) {
        DocumentAnalysis stored;
        try {
            stored = JSON.readValue(json, DocumentAnalysis.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored analysis is not readable JSON: " + e.getOriginalMessage(), e);
        }
        Document d = stored.document();
        Document document = new Document(d.id(), d.source(), d.url(), d.outlet(), d.wireAgency(), d.wireSignals(),
                d.byline(), d.dateline(), d.credits(), d.published(), d.language(), d.title(), rawText, cleanText,
                d.removed(), d.ingestedAt());
        return new DocumentAnalysis(document, stored.entities(), stored.times(), stored.places(), stored.quotes(),
                stored.claims(), stored.events());
    }
}
