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

    public DocumentAnalysis withEntities(List<Entity> found) {
        return new DocumentAnalysis(document, found, times, places, quotes, claims, events);
    }

    public DocumentAnalysis withTimes(List<TimeRef> found) {
        return new DocumentAnalysis(document, entities, found, places, quotes, claims, events);
    }

    public DocumentAnalysis withPlaces(List<PlaceMention> found) {
        return new DocumentAnalysis(document, entities, times, found, quotes, claims, events);
    }

    public DocumentAnalysis withQuotes(List<Quote> found) {
        return new DocumentAnalysis(document, entities, times, places, found, claims, events);
    }

    public DocumentAnalysis withClaims(List<Claim> found) {
        return new DocumentAnalysis(document, entities, times, places, quotes, found, events);
    }

    public DocumentAnalysis withEvents(List<Event> found) {
        return new DocumentAnalysis(document, entities, times, places, quotes, claims, found);
    }

    public static DocumentAnalysis empty(Document document) {
        return new DocumentAnalysis(document, List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }
}
