package org.sitrep.model;

import java.time.Instant;
import java.util.List;

/**
 * One news report as ingested and cleaned. {@code id} is a hash of the raw content, so the same
 * article given twice is one document. Every extraction's spans point into {@code cleanText}.
 *
 * @param published   null when nothing says when the report was published
 * @param wireAgency  the news agency the report is based on (AFP, Reuters, AP…), or null
 * @param wireSignals the evidence for {@code wireAgency}, as found in the text
 */
public record Document(
        String id,
        String source,
        String url,
        String outlet,
        String wireAgency,
        List<String> wireSignals,
        String byline,
        String dateline,
        List<Credit> credits,
        PublicationDate published,
        String language,
        String title,
        String rawText,
        String cleanText,
        List<RemovedSpan> removed,
        Instant ingestedAt) {

    public Document {
        wireSignals = List.copyOf(wireSignals);
        credits = List.copyOf(credits);
        removed = List.copyOf(removed);
    }

    public Span span(int begin, int end) {
        return Span.of(id, cleanText, begin, end);
    }
}
