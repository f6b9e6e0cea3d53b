package org.sitrep.link.events;

import java.util.Locale;
import java.util.function.Function;
import org.sitrep.model.Actor;
import org.sitrep.model.Event;
import org.sitrep.model.PlaceMention;
import org.sitrep.model.Speaker;
import org.sitrep.model.TimeRef;

/**
 * Whether two reports tell one event: the same type at the same place (block key, {@link #blockKey}), sub-types that
 * agree (a capture whose taker is not named fits either territory sub-type), dates that agree (the same, one inside
 * the other's period, or one not given) and actors that agree (the same name once cross-document entities are
 * resolved, or one not named).
 */
final class EventMatch {

    private final Function<Speaker, String> names;

    EventMatch(Function<Speaker, String> names) {
        this.names = names;
    }

    /**
     * The block an event is compared in: its type and place (the gazetteer's, else the name as written); for an
     * unplaced event its type, sub-type and calendar date ("peace talks that collapsed this week", "talks which
     * collapsed last week" in a report of the next Monday); null for an event with neither, which merges with nothing.
     */
    static String blockKey(Event event) {
        PlaceMention place = event.place();
        if (place != null) {
            return event.type() + "|" + (place.resolved() != null ? "geonames:" + place.resolved().gazetteerId()
                    : "name:" + fold(place.span().text()));
        }
        return event.timePrecision() > 0 ? event.type() + "|" + event.subType() + "|" + event.time().normalized() : null;
    }

    boolean same(Event a, Event b) {
        return a.type().equals(b.type()) && subTypesAgree(a.subType(), b.subType()) && datesAgree(a.time(), b.time())
                && actorsAgree(a.actor1(), b.actor1()) && actorsAgree(a.actor2(), b.actor2());
    }

    /** Why two reports were taken for one event, for a reader. */
    String reason(Event a, Event b) {
        return "same type (" + a.type() + "), same place (" + place(a) + " / " + place(b) + "), dates agree (" + date(a.time()) + " / " + date(b.time()) + "), actors agree ("
                + name(a.actor1()) + " / " + name(b.actor1()) + ")";
    }

    private static boolean subTypesAgree(String a, String b) {
        return a.equals(b) || (a.equals(Event.TERRITORY_ACTOR_NOT_NAMED) && b.contains("territory"))
                || (b.equals(Event.TERRITORY_ACTOR_NOT_NAMED) && a.contains("territory"));
    }

    private static boolean datesAgree(TimeRef a, TimeRef b) {
        if (a == null || b == null || a.normalized() == null || b.normalized() == null) {
            return true;
        }
        return a.normalized().startsWith(b.normalized()) || b.normalized().startsWith(a.normalized());
    }

    private boolean actorsAgree(Actor a, Actor b) {
        return a == null || b == null || fold(canonical(a)).equals(fold(canonical(b)));
    }

    private String canonical(Actor actor) {
        String name = names.apply(new Speaker(actor.entityId(), actor.name(), actor.span()));
        return name == null ? actor.name() : name;
    }

    private static String place(Event event) {
        return event.place() == null ? "none given" : event.place().span().text();
    }

    private static String date(TimeRef time) {
        return time == null ? "no date" : time.normalized();
    }

    private static String name(Actor actor) {
        return actor == null ? "not named" : actor.name();
    }

    private static String fold(String text) {
        return text.toLowerCase(Locale.ROOT).replaceFirst("^the\\s+", "").replaceAll("\\s+", " ").strip();
    }
}
