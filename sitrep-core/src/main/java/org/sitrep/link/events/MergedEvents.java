package org.sitrep.link.events;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.sitrep.link.claims.Source;
import org.sitrep.model.Actor;
import org.sitrep.model.Attribution;
import org.sitrep.model.DocumentAnalysis;
import org.sitrep.model.Event;
import org.sitrep.model.MergedEvent;
import org.sitrep.model.Span;
import org.sitrep.model.Speaker;

/**
 * The events of all reports, each event once: reports of the same event ({@link EventMatch}) are merged, with all
 * their evidence and the count of independent sources behind it, counted as for figures ({@link Source}: speaker,
 * or the organisation a spokesperson speaks for, else wire agency, else outlet). Events are blocked by type and place (an unplaced event by type, sub-type and
 * calendar date), so an event is only compared with the events of its own block, never with the corpus. An event
 * with neither place nor date stays on its own: "the attack" with nothing else said could be any attack.
 */
public final class MergedEvents {

    private MergedEvents() {}

    public static List<MergedEvent> of(List<DocumentAnalysis> documents) {
        return of(documents, Speaker::name);
    }

    /** As {@link #of(List)}, with actors and speakers named across reports by {@code names}. */
    public static List<MergedEvent> of(List<DocumentAnalysis> documents, Function<Speaker, String> names) {
        EventMatch match = new EventMatch(names);
        Map<String, Function<Attribution, Source>> sourcesById = new LinkedHashMap<>();
        Map<String, List<List<Event>>> blocks = new LinkedHashMap<>();
        List<List<Event>> clusters = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        for (DocumentAnalysis analysis : documents) {
            sourcesById.put(analysis.document().id(), Source.of(analysis, names));
            for (Event event : analysis.events()) {
                String key = EventMatch.blockKey(event);
                List<List<Event>> block = key == null ? new ArrayList<>()
                        : blocks.computeIfAbsent(key, k -> new ArrayList<>());
                List<Event> joined = block.stream()
                        .filter(cluster -> cluster.stream().allMatch(other -> match.same(other, event)))
                        .findFirst().orElse(null);
                if (joined != null) {
                    reasons.set(clusters.indexOf(joined), match.reason(joined.getFirst(), event));
                    joined.add(event);
                } else {
                    List<Event> cluster = new ArrayList<>(List.of(event));
                    block.add(cluster);
                    clusters.add(cluster);
                    reasons.add("reported once");
                }
            }
        }
        List<MergedEvent> merged = new ArrayList<>();
        Map<String, Integer> perCountry = new LinkedHashMap<>();
        for (int i = 0; i < clusters.size(); i++) {
            List<Event> reports = clusters.get(i);
            Event joined = join(reports);
            String country = joined.place() != null && joined.place().resolved() != null
                    && joined.place().resolved().country() != null && !joined.place().resolved().country().isBlank()
                    ? joined.place().resolved().country() : "XX";
            int number = perCountry.merge(country, 1, Integer::sum);
            Set<String> keys = new LinkedHashSet<>();
            List<String> sources = new ArrayList<>();
            for (Event report : reports) {
                Source source = sourcesById.get(report.documentIds().getFirst()).apply(report.attribution());
                if (keys.add(source.key())) {
                    sources.add(source.name());
                }
            }
            merged.add(new MergedEvent(country.toUpperCase(Locale.ROOT) + number, joined, reports, sources.size(),
                    sources, reasons.get(i)));
        }
        return merged;
    }

    /** One event of all reports: each field from the first report giving it, every report's evidence. */
    private static Event join(List<Event> reports) {
        Event first = reports.getFirst();
        String subType = reports.stream().map(Event::subType)
                .filter(s -> !s.equals(Event.TERRITORY_ACTOR_NOT_NAMED)).findFirst().orElse(first.subType());
        Actor actor1 = reports.stream().map(Event::actor1).filter(a -> a != null).findFirst().orElse(null);
        Actor actor2 = reports.stream().map(Event::actor2).filter(a -> a != null).findFirst().orElse(null);
        List<Actor> associates = reports.stream().map(Event::associatedActors).filter(a -> !a.isEmpty())
                .findFirst().orElse(List.of());
        Event dated = reports.stream().filter(e -> e.timePrecision() > 0).findFirst()
                .orElse(reports.stream().filter(e -> e.time() != null).findFirst().orElse(first));
        Event placed = reports.stream().filter(e -> e.geoPrecision() > 0)
                .min(java.util.Comparator.comparingInt(Event::geoPrecision)).orElse(first);
        Event counted = reports.stream().filter(e -> !e.fatalities().isEmpty()).findFirst().orElse(first);
        List<Span> evidence = reports.stream().flatMap(e -> e.evidence().stream()).distinct().toList();
        List<String> documentIds = reports.stream().flatMap(e -> e.documentIds().stream()).distinct().toList();
        return new Event(first.type(), subType, actor1, actor2, associates, placed.place(), dated.time(),
                placed.geoPrecision(), dated.timePrecision(), counted.fatalities(), first.attribution(), evidence,
                documentIds);
    }
}
