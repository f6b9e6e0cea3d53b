package org.sitrep.eval;

import java.util.Locale;
import java.util.Objects;
import java.util.function.BiPredicate;

/**
 * The fields of an event the evaluation scores, and when a prediction gets each right (guidelines §3). Actors:
 * both absent, or one name inside the other ignoring case ("army" and "the Syrian army"). Place: both absent, or the
 * predicted place's words or resolved name equal to, inside or around one of the gold names. Date: both absent, or
 * the predicted time expression and the gold date's words overlap. Fatalities: the same number, or both absent.
 * Event: all seven right.
 */
enum EventsField {
    TYPE("type", (g, p) -> g.type().equals(p.type())),
    SUBTYPE("sub-type", (g, p) -> g.subType().equals(p.subType())),
    ACTOR1("actor 1", (g, p) -> sameName(g.actor1() == null ? null : g.actor1().name(), p.actor1())),
    ACTOR2("actor 2", (g, p) -> sameName(g.actor2() == null ? null : g.actor2().name(), p.actor2())),
    PLACE("place", (g, p) -> g.places().isEmpty() ? p.place() == null && p.placeName() == null
            : g.places().stream().anyMatch(name -> sameName(name, p.place()) || sameName(name, p.placeName()))),
    DATE("date", (g, p) -> g.date().isEmpty() ? p.date() == null : sameName(g.date(), p.date())),
    FATALITIES("fatalities", (g, p) -> Objects.equals(g.fatalities(), p.fatalities())),
    EVENT("event", (g, p) -> TYPE.right(g, p) && SUBTYPE.right(g, p) && ACTOR1.right(g, p) && ACTOR2.right(g, p)
            && PLACE.right(g, p) && DATE.right(g, p) && FATALITIES.right(g, p));

    private final String label;
    private final BiPredicate<EventsGold.GoldEvent, EventsPrediction> right;

    EventsField(String label, BiPredicate<EventsGold.GoldEvent, EventsPrediction> right) {
        this.label = label;
        this.right = right;
    }

    String label() {
        return label;
    }

    boolean right(EventsGold.GoldEvent gold, EventsPrediction predicted) {
        return right.test(gold, predicted);
    }

    static boolean sameName(String gold, String predicted) {
        if (gold == null || gold.isBlank()) {
            return predicted == null || predicted.isBlank();
        }
        if (predicted == null || predicted.isBlank()) {
            return false;
        }
        String g = gold.toLowerCase(Locale.ROOT).strip();
        String p = predicted.toLowerCase(Locale.ROOT).strip();
        return g.contains(p) || p.contains(g);
    }
}
