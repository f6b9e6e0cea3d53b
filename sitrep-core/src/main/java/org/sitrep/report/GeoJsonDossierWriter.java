package org.sitrep.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import org.sitrep.model.Dossier;

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
        for (PlaceRows.Row row : PlaceRows.resolved(dossier)) {
            ObjectNode feature = features.addObject();
            feature.put("type", "Feature");
            ObjectNode geometry = feature.putObject("geometry");
            geometry.put("type", "Point");
            geometry.putArray("coordinates").add(row.place().longitude()).add(row.place().latitude());
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
        }
        for (EventRows.Row row : EventRows.of(dossier)) {
            var place = row.event().place() == null ? null : row.event().place().resolved();
            if (place == null) {
                continue;
            }
            ObjectNode feature = features.addObject();
            feature.put("type", "Feature");
            ObjectNode geometry = feature.putObject("geometry");
            geometry.put("type", "Point");
            geometry.putArray("coordinates").add(place.longitude()).add(place.latitude());
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
        }
        out.write(JsonDossierWriter.JSON.writeValueAsString(collection));
        out.write('\n');
    }
}
