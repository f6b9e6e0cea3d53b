package org.sitrep.extract.claim;

import java.util.List;
import java.util.Set;
import org.sitrep.model.Document;
import org.sitrep.model.PlaceMention;
import org.sitrep.model.Span;

/**
 * The place named in a figure's own phrase, unresolved (the gazetteer resolves places elsewhere): a location
 * mention right after the figure behind a locative preposition ("displaced to Azaz city", "at Turkey's
 * border", "5 km from the town of Tal Rafaat"); for a population or a hosted-refugee figure, the place the
 * clause is about, before the figure ("Aleppo … with 2 million people", "Turkey, already sheltering…").
 * Only mentions the entity extractor found as LOCATION or GPE count.
 */
final class ClaimPlace {

    private static final Set<String> LOCATIVE = Set.of("at", "in", "to", "into", "towards", "toward", "near", "on",
            "inside", "across", "from", "of", "around", "outside");
    /** Words that may stand between the preposition and the name: "to the Kurdish town of Afrin". */
    private static final int NAME_WINDOW = 7;
    private static final Set<String> PLACE_WORDS = Set.of("city", "town", "village", "province", "border", "crossing",
            "camp", "camps", "district", "region", "governorate", "countryside", "suburb", "area", "areas");

    private ClaimPlace() {}

    /** @param places location mentions in this sentence, in text order */
    static PlaceMention of(Document document, List<Token> tokens, int[] segments, Quantity quantity, int thingEnd,
                           Measure measure, List<Span> places) {
        int segment = segments[quantity.amountStart()];
        if (measure == Measure.POPULATION || measure == Measure.REFUGEES_HOSTED) {
            for (int i = places.size() - 1; i >= 0; i--) {
                Span place = places.get(i);
                int at = tokenAt(tokens, place.begin());
                int after = tokenAt(tokens, place.end() - 1) + 1;
                if (at >= 0 && at < quantity.start() && segments[at] == segment && !isPossessive(tokens, after)) {
                    return mention(document, tokens, place, after);
                }
            }
        }
        for (int t = thingEnd; t < Math.min(tokens.size(), thingEnd + NAME_WINDOW + 1); t++) {
            if (segments[t] != segment || !LOCATIVE.contains(tokens.get(t).lower())) {
                continue;
            }
            for (Span place : places) {
                int at = tokenAt(tokens, place.begin());
                if (at > t && at <= t + NAME_WINDOW && segments[at] == segment && noFigureBetween(tokens, t, at)) {
                    return mention(document, tokens, place, tokenAt(tokens, place.end() - 1) + 1);
                }
            }
            return null;
        }
        return null;
    }

    private static PlaceMention mention(Document document, List<Token> tokens, Span place, int after) {
        int end = place.end();
        // "Azaz city", "the Bab al Salama border crossing", "Aleppo province": the name and its place word
        while (after < tokens.size() && PLACE_WORDS.contains(tokens.get(after).lower())) {
            end = tokens.get(after).end();
            after++;
        }
        return new PlaceMention(document.span(place.begin(), end), null, 0.0, List.of());
    }

    private static boolean isPossessive(List<Token> tokens, int t) {
        return t < tokens.size() && (tokens.get(t).word().equals("'s") || tokens.get(t).word().equals("’s"));
    }

    private static boolean noFigureBetween(List<Token> tokens, int from, int to) {
        for (int t = from; t < to; t++) {
            if (tokens.get(t).tag().equals("CD")) {
                return false;
            }
        }
        return true;
    }

    private static int tokenAt(List<Token> tokens, int offset) {
        for (int t = 0; t < tokens.size(); t++) {
            if (tokens.get(t).begin() <= offset && offset < tokens.get(t).end()) {
                return t;
            }
        }
        return -1;
    }
}
