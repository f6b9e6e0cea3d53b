package org.sitrep.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import org.sitrep.model.Dossier;
import org.sitrep.model.Place;

/**
 * The dossier's places as GeoJSON (RFC 7946): one Point feature per place, longitude first, with its gazetteer
 * id, names as written, mention count, confidence and documents; for any map tool (QGIS, Leaflet, geojson.io).
 * Then one Point feature per event with a resolved place (kind "event": type, date, actors, sources).
 */
public final class GeoJsonDossierWriter implements DossierWriter {

    @Override
    public String format() {
        return "geojson";
    }

    @Override
    public String fileName() {
        return "dossier.geojson";
    }

    @Override
    public void write(Dossier dossier, Writer out) throws IOException {
        ObjectNode collection = JsonDossierWriter.JSON.createObjectNode();
        collection.put("type", "FeatureCollection");
        ArrayNode features = collection.putArray("features");
        PlaceRows.resolved(dossier).forEach(row -> features.add(feature(row)));
        for (EventRows.Row row : EventRows.of(dossier)) {
            if (row.event().place() != null && row.event().place().resolved() != null) {
                features.add(feature(row));
            }
        }
        out.write(JsonDossierWriter.JSON.writeValueAsString(collection));
        out.write('\n');
    }

    /** One place as a GeoJSON Point feature (longitude first) with its names, mentions and documents. */
    public static ObjectNode feature(PlaceRows.Row row) {
        ObjectNode feature = point(row.place());
        ObjectNode properties = feature.putObject("properties");
        properties.put("kind", "place");
        properties.put("gazetteerId", row.place().gazetteerId());
        properties.put("name", row.place().name());
        properties.put("featureCode", row.place().featureCode());
        properties.put("country", row.place().country());
        properties.put("mentions", row.mentions());
        properties.put("confidence", row.confidence());
        row.asWritten().forEach(properties.putArray("asWritten")::add);
        row.documentIds().forEach(properties.putArray("documentIds")::add);
        row.relations().forEach(properties.putArray("relativeLocations")::add);
        return feature;
    }

    /** One event (merged across reports) at its resolved place, with ACLED's main fields. */
    public static ObjectNode feature(EventRows.Row row) {
        ObjectNode feature = point(row.event().place().resolved());
        ObjectNode properties = feature.putObject("properties");
        properties.put("kind", "event");
        properties.put("id", row.merged().id());
        properties.put("eventType", row.event().type());
        properties.put("subEventType", row.event().subType());
        properties.put("date", row.date());
        properties.put("actors", row.actors());
        properties.put("location", row.location());
        properties.put("geoPrecision", row.event().geoPrecision());
        properties.put("fatalities", row.fatalities());
        properties.put("independentSources", row.merged().independentSources());
        properties.put("notes", row.notes());
        row.event().documentIds().forEach(properties.putArray("documentIds")::add);
        return feature;
    }

    private static ObjectNode point(Place place) {
        ObjectNode feature = JsonDossierWriter.JSON.createObjectNode();
        feature.put("type", "Feature");
        ObjectNode geometry = feature.putObject("geometry");
        geometry.put("type", "Point");
        geometry.putArray("coordinates").add(place.longitude()).add(place.latitude());
        return feature;
    }
}
