package org.sitrep.extract.place.gazetteer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * First-level divisions' conventional points, from npm country-state-city ({@code lib/assets/state.json}: name,
 * ISO 3166-2 subdivision code, country code, latitude, longitude; GPL-3.0, its data from the
 * countries-states-cities database). These are the points a map or an encyclopaedia gives a state (Ontario at 51.3 N
 * 85.3 W), where the middle of the box of a division's towns lies where its people are (Ontario's south, 500 km
 * away). Looked up by country and subdivision code, else by country and name.
 */
final class DivisionPoints {

    record Point(double latitude, double longitude) {}

    /** A subdivision as the source lists it. */
    record Subdivision(String country, String code, String name, Point point) {}

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, Subdivision> byCode = new HashMap<>();
    private final Map<String, Subdivision> byName = new HashMap<>();
    private final List<Subdivision> all = new ArrayList<>();
    private final Set<Subdivision> matched = new HashSet<>();

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
            Subdivision subdivision = new Subdivision(country, state.path("isoCode").asText(""),
                    state.path("name").asText(""), point);
            all.add(subdivision);
            byCode.putIfAbsent(country + "-" + subdivision.code(), subdivision);
            byName.putIfAbsent(country + "|" + subdivision.name().toLowerCase(Locale.ROOT), subdivision);
        }
    }

    /**
     * The point of the division with this ISO 3166-2 code (without the country prefix) or name, else null. The
     * division found counts as matched.
     */
    Point point(String country, String code, String name) {
        Subdivision found = code.isEmpty() ? null : byCode.get(country + "-" + code);
        found = found != null ? found : byName.get(country + "|" + name.toLowerCase(Locale.ROOT));
        if (found == null) {
            return null;
        }
        matched.add(found);
        return found.point();
    }

    /**
     * The subdivisions no {@link #point} call matched: for most countries ISO 3166-2's second level (England's
     * counties, France's departments), which GeoNames' first-level divisions do not hold.
     */
    List<Subdivision> unmatched() {
        return all.stream().filter(s -> !matched.contains(s)).toList();
    }
}
