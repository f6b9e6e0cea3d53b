package org.sitrep.link.story;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A story while the stream runs: its members and what they add up to (term mass, entities, places, time span).
 * Mutable and private to the clusterer, which hands out immutable {@link org.sitrep.model.Story} records.
 */
final class StoryState {

    final String id;
    final List<String> members = new ArrayList<>();
    /** Per term, the sum over members of 1 + ln tf: the story's centroid before idf. */
    final Map<String, Double> termMass = new HashMap<>();
    final Map<String, String> surfaces = new HashMap<>();
    /** Entity key → how many members name it, and the name as first written. */
    final Map<String, Integer> entityCounts = new HashMap<>();
    final Map<String, String> entityNames = new HashMap<>();
    /** Entity key → sum over members of 1 / (1 + its rank in the member's list): how prominent it is. */
    final Map<String, Double> entityProminence = new HashMap<>();
    final Map<String, Integer> placeCounts = new HashMap<>();
    Instant first;
    Instant last;
    /** The centroid's squared norm and when it was computed (members, documents in the stream): a cache. */
    double normSquared;
    int normMembers = -1;
    int normDocuments;

    StoryState(String id) {
        this.id = id;
    }

    void add(String documentId, TermCounts terms, Map<String, String> entities, List<String> places, Instant time) {
        members.add(documentId);
        terms.counts().forEach((term, count) -> termMass.merge(term, 1.0 + Math.log(count), Double::sum));
        terms.surfaces().forEach(surfaces::putIfAbsent);
        int rank = 0;
        for (var entity : entities.entrySet()) {
            entityCounts.merge(entity.getKey(), 1, Integer::sum);
            entityNames.putIfAbsent(entity.getKey(), entity.getValue());
            entityProminence.merge(entity.getKey(), 1.0 / (1 + rank++), Double::sum);
        }
        places.forEach(place -> placeCounts.merge(place, 1, Integer::sum));
        if (time != null) {
            first = first == null || time.isBefore(first) ? time : first;
            last = last == null || time.isAfter(last) ? time : last;
        }
    }

    void absorb(StoryState other) {
        members.addAll(other.members);
        other.termMass.forEach((term, mass) -> termMass.merge(term, mass, Double::sum));
        other.surfaces.forEach(surfaces::putIfAbsent);
        other.entityCounts.forEach((key, count) -> entityCounts.merge(key, count, Integer::sum));
        other.entityNames.forEach(entityNames::putIfAbsent);
        other.entityProminence.forEach((key, prominence) -> entityProminence.merge(key, prominence, Double::sum));
        other.placeCounts.forEach((place, count) -> placeCounts.merge(place, count, Integer::sum));
        if (other.first != null) {
            first = first == null || other.first.isBefore(first) ? other.first : first;
            last = last == null || other.last.isAfter(last) ? other.last : last;
        }
    }
}
