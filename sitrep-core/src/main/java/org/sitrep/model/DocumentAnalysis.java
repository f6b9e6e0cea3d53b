package org.sitrep.model;

import java.util.List;

/** Everything the extract stage found in one document. */
public record DocumentAnalysis(
        Document document,
        List<Entity> entities,
        List<TimeRef> times,
        List<PlaceMention> places,
        List<Quote> quotes,
        List<Claim> claims,
        List<Event> events) {

    public DocumentAnalysis {
        entities = List.copyOf(entities);
        times = List.copyOf(times);
        places = List.copyOf(places);
        quotes = List.copyOf(quotes);
        claims = List.copyOf(claims);
        events = List.copyOf(events);
    }

    public static DocumentAnalysis empty(Document document) {
        return new DocumentAnalysis(document, List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }
}
