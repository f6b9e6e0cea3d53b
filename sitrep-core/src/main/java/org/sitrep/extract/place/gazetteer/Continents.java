package org.sitrep.extract.place.gazetteer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Continents, which news names ("Europe", "African") and cities500 lacks. Each is placed at the mean of the
 * points of its countries, grouped by the World Factbook's regions (the Middle East, Central, South and East
 * Asia make Asia; Central America and the Caribbean join North America). Ids are GeoNames' continent ids.
 */
final class Continents {

    private record Continent(String id, String name, List<String> regions) {}

    private static final List<Continent> ALL = List.of(
            new Continent("6255146", "Africa", List.of("africa")),
            new Continent("6255147", "Asia", List.of("central-asia", "south-asia", "east-n-southeast-asia", "middle-east")),
            new Continent("6255148", "Europe", List.of("europe")),
            new Continent("6255149", "North America", List.of("north-america", "central-america-n-caribbean")),
            new Continent("6255150", "South America", List.of("south-america")),
            new Continent("6255151", "Oceania", List.of("australia-oceania")));

    private Continents() {}

    /** @param countries country entries with their Factbook region */
    static List<Draft> of(Map<Draft, String> countries) {
        List<Draft> drafts = new ArrayList<>();
        for (Continent continent : ALL) {
            double lat = 0;
            double lon = 0;
            long population = 0;
            int n = 0;
            for (var entry : countries.entrySet()) {
                if (continent.regions().contains(entry.getValue())) {
                    lat += entry.getKey().latitude;
                    lon += entry.getKey().longitude;
                    population += entry.getKey().population;
                    n++;
                }
            }
            if (n > 0) {
                drafts.add(new Draft(continent.id(), continent.name(), "L.CONT", "", "", lat / n, lon / n, population));
            }
        }
        return drafts;
    }
}
