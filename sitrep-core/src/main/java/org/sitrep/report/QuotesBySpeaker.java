package org.sitrep.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.model.DocumentAnalysis;
import org.sitrep.model.Dossier;
import org.sitrep.model.Quote;

/** Who said what: every quote of the dossier, grouped by its speaker in order of first appearance. */
public final class QuotesBySpeaker {

    public static final String UNKNOWN = "(speaker not found)";

    public record Said(DocumentAnalysis from, Quote quote) {}

    private QuotesBySpeaker() {}

    public static Map<String, List<Said>> of(Dossier dossier) {
        Map<String, List<Said>> bySpeaker = new LinkedHashMap<>();
        for (DocumentAnalysis doc : dossier.documents()) {
            for (Quote quote : doc.quotes()) {
                String speaker = quote.speaker() != null && quote.speaker().name() != null ? quote.speaker().name() : UNKNOWN;
                bySpeaker.computeIfAbsent(speaker, k -> new java.util.ArrayList<>()).add(new Said(doc, quote));
            }
        }
        return bySpeaker;
    }
}
