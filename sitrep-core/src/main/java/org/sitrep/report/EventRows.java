package org.sitrep.report;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.sitrep.model.Actor;
import org.sitrep.model.Dossier;
import org.sitrep.model.Event;
import org.sitrep.model.MergedEvent;
import org.sitrep.model.Span;

/**
 * The events every format shows, in ACLED's terms: dated events in calendar order, then the undated ones; each with
 * its ACLED date (a day; for a week its Monday, for a month its first day, as the time precision says), actors with
 * their inter codes, place, sources and evidence.
 */
final class EventRows {

    /** ACLED's inter codes of the actor types (codebook: 1 state forces … 8 external/other forces). */
    static final Map<String, Integer> INTER = Map.of("State forces", 1, "Rebel group", 2, "Political militia", 3,
            "Identity militia", 4, "Rioters", 5, "Protesters", 6, "Civilians", 7, "External/Other forces", 8);
    private static final Map<String, String> DISORDER = Map.of("Battles", "Political violence",
            "Explosions/Remote violence", "Political violence", "Violence against civilians", "Political violence",
            "Protests", "Demonstrations", "Riots", "Demonstrations", "Strategic developments", "Strategic developments");

    record Row(MergedEvent merged) {

        Event event() {
            return merged.event();
        }

        /** The ACLED event_date, or "" when the event has no date in the calendar. */
        String acledDate() {
            if (event().timePrecision() == 0) {
                return "";
            }
            String value = event().time().normalized();
            if (value.matches("\\d{4}-W\\d\\d.*")) {
                int year = Integer.parseInt(value.substring(0, 4));
                int week = Integer.parseInt(value.substring(6, 8));
                return LocalDate.of(year, 6, 1).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                        .with(java.time.DayOfWeek.MONDAY).toString();
            }
            if (value.matches("\\d{4}-\\d\\d")) {
                return value + "-01";
            }
            if (value.matches("\\d{4}")) {
                return value + "-01-01";
            }
            return value.substring(0, 10);
        }

        /** The date as a reader sees it: the calendar value, the words of an unanchored date, or "undated". */
        String date() {
            if (event().timePrecision() > 0) {
                return event().time().normalized();
            }
            return event().time() == null ? "undated" : event().time().shown();
        }

        String disorderType() {
            return DISORDER.getOrDefault(event().type(), "");
        }

        String what() {
            return event().type() + " / " + event().subType();
        }

        String actors() {
            String who = name(event().actor1());
            if (!event().associatedActors().isEmpty()) {
                who += " (with " + associates() + ")";
            }
            return event().actor2() == null ? who : who + " vs " + name(event().actor2());
        }

        String associates() {
            return event().associatedActors().stream().map(Actor::name).collect(Collectors.joining("; "));
        }

        /** The place as written, and where the gazetteer put it: "Azaz (I‘zāz, SY)"; for readers. */
        String place() {
            return PlaceText.shown(event().place());
        }

        /** The place as resolved, else as written, else "": ACLED's location column. */
        String location() {
            var place = event().place();
            if (place == null) {
                return "";
            }
            return place.resolved() != null ? place.resolved().name() : place.span().text();
        }

        String country() {
            var place = event().place();
            if (place == null || place.resolved() == null || place.resolved().country() == null) {
                return "";
            }
            String code = place.resolved().country();
            String name = Locale.of("", code).getDisplayCountry(Locale.ENGLISH);
            return name.isBlank() || name.equals(code) ? code : name;
        }

        String fatalities() {
            Long count = event().fatalityCount();
            return count == null ? "" : String.valueOf(count);
        }

        String sources() {
            return String.join("; ", merged.sources());
        }

        /** The reporting sentences, the first in full. */
        String notes() {
            List<Span> evidence = event().evidence();
            String first = evidence.getFirst().text().replaceAll("\\s+", " ").strip();
            return evidence.size() == 1 ? first : first + " (and " + (evidence.size() - 1) + " more report(s))";
        }

        String evidence() {
            return event().evidence().stream().map(span -> span.documentId().substring(0, Math.min(12,
                    span.documentId().length())) + " " + span.begin() + "–" + span.end()).collect(Collectors.joining("; "));
        }

        static String name(Actor actor) {
            return actor == null ? "(not named)" : actor.name();
        }

        static String inter(Actor actor) {
            Integer code = actor == null || actor.actorType() == null ? null : INTER.get(actor.actorType());
            return code == null ? "" : String.valueOf(code);
        }
    }

    private EventRows() {}

    static List<Row> of(Dossier dossier) {
        return of(dossier.events());
    }

    static List<Row> of(List<MergedEvent> events) {
        return events.stream().map(Row::new)
                .sorted(Comparator.comparing((Row row) -> row.event().timePrecision() == 0)
                        .thenComparing(Row::acledDate))
                .toList();
    }
}
