package org.sitrep.extract.place.gazetteer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * First-level divisions' conventional points, from npm country-state-city ({@code lib/assets/state.json}: name,
 * ISO 3166-2 subdivision code, country code, latitude, longitude; GPL-3.0, its data from the
 * countries-states-cities database). These are the points a map or an encyclopaedia gives a state (Ontario at 51.3 N
 * 85.3 W), where the middle of the box of a division's towns lies where its people are (Ontario's south, 500 km
 * away). Looked up by country and subdivision code, else by country and name.
 */
final class DivisionPoints {

    record Point(double latitude, double longitude) {}

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, Point> byCode = new HashMap<>();
    private final Map<String, Point> byName = new HashMap<>();

    /** @param file country-state-city's state.json */
    DivisionPoints(Path file) throws IOException {
        for (JsonNode state : JSON.readTree(file.toFile())) {
            String country = state.path("countryCode").asText("");
            String latitude = state.path("latitude").asText("");
            String longitude = state.path("longitude").asText("");
            if (country.isEmpty() || latitude.isBlank() || longitude.isBlank()) {
                continue;
            }
            Point point;
            try {
                point = new Point(Double.parseDouble(latitude), Double.parseDouble(longitude));
            } catch (NumberFormatException notANumber) {
                continue;
            }
            byCode.putIfAbsent(country + "-" + state.path("isoCode").asText(""), point);
            byName.putIfAbsent(country + "|" + state.path("name").asText("").toLowerCase(Locale.ROOT), point);
        }
    }

    /** The point of the division with this ISO 3166-2 code (without the country prefix) or name, else null. */
    Point point(String country, String code, String name) {
        Point point = code.isEmpty() ? null : byCode.get(country + "-" + code);
        return point != null ? point : byName.get(country + "|" + name.toLowerCase(Locale.ROOT));
    }
}
