package org.sitrep.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.model.Dossier;
import org.sitrep.model.Place;
import org.sitrep.model.Span;
import org.sitrep.model.PlaceMention;

/**
 * The places table every format shows: one row per gazetteer place named anywhere in the dossier, with how it
 * was written and how sure the resolution was; then the names that could not be placed, each once.
 */
public final class PlaceRows {

    /**
     * @param relations "five km (3 miles) from the rebel-held town of Tal Rafaat": places relative to this one
     * @param spans     every mention, in document order: where a reader can check the place
     */
    public record Row(Place place, Set<String> asWritten, int mentions, double confidence, Set<String> documentIds,
               Set<String> relations, List<Span> spans) {
        public String coordinates() {
            return String.format(Locale.ROOT, "%.4f, %.4f", place.latitude(), place.longitude());
        }

        public String kind() {
            return place.featureCode() + (place.country() == null || place.country().isEmpty() ? ""
                    : ", " + place.country()) + (place.admin1() == null ? "" : ", " + place.admin1());
        }
    }

    private PlaceRows() {}

    public static List<Row> resolved(Dossier dossier) {
        Map<String, List<PlaceMention>> byPlace = new LinkedHashMap<>();
        dossier.documents().forEach(doc -> doc.places().stream().filter(m -> m.resolved() != null)
                .forEach(m -> byPlace.computeIfAbsent(m.resolved().gazetteerId(), k -> new ArrayList<>()).add(m)));
        List<Row> rows = new ArrayList<>();
        for (List<PlaceMention> mentions : byPlace.values()) {
            Set<String> written = new LinkedHashSet<>();
            Set<String> documents = new LinkedHashSet<>();
            Set<String> relations = new LinkedHashSet<>();
            mentions.forEach(m -> {
                written.add(m.span().text());
                documents.add(m.span().documentId());
                if (m.relation() != null) {
                    relations.add(m.relation().span().text() + " " + m.span().text());
                }
            });
            double confidence = mentions.stream().mapToDouble(PlaceMention::confidence).max().orElse(0);
            rows.add(new Row(mentions.get(0).resolved(), written, mentions.size(), confidence, documents, relations,
                    mentions.stream().map(PlaceMention::span).toList()));
        }
        return rows;
    }

    /** Names recognised as places that no gazetteer entry could be given to, in order of first mention. */
    public static Set<String> unresolved(Dossier dossier) {
        Set<String> names = new LinkedHashSet<>();
        dossier.documents().forEach(doc -> doc.places().stream().filter(m -> m.resolved() == null)
                .forEach(m -> names.add(m.span().text())));
        return names;
    }
}
