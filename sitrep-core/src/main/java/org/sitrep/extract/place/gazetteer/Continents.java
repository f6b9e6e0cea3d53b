package org.sitrep.extract.place.gazetteer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Continents, which news names ("Europe", "African") and cities500 lacks, at GeoNames' points for them (sitrep's
 * {@code continents.tsv}, each row citing its GeoNames record). A continent's population, used to rank it against
 * places of the same name, is the sum of its countries', grouped by the World Factbook's regions (the Middle East,
 * Central, South and East Asia make Asia; Central America and the Caribbean join North America).
 */
final class Continents {

    private static final Map<String, List<String>> REGIONS = Map.of(
            "6255146", List.of("africa"),
            "6255147", List.of("central-asia", "south-asia", "east-n-southeast-asia", "middle-east"),
            "6255148", List.of("europe"),
            "6255149", List.of("north-america", "central-america-n-caribbean"),
            "6255150", List.of("south-america"),
            "6255151", List.of("australia-oceania"),
            "6255152", List.of("antarctica"));

    private Continents() {}

    /**
     * @param file continents.tsv: id, name, latitude, longitude, source
     * @param countries country entries with their Factbook region
     */
    static List<Draft> read(Path file, Map<Draft, String> countries) throws IOException {
        List<Draft> drafts = new ArrayList<>();
        for (String[] f : SourcedRows.read(file, 5)) {
            if (!REGIONS.containsKey(f[0])) {
                throw new IOException(file + ": " + f[0] + " is not a GeoNames continent id");
            }
            List<String> regions = REGIONS.get(f[0]);
            long population = countries.entrySet().stream().filter(e -> regions.contains(e.getValue()))
                    .mapToLong(e -> e.getKey().population).sum();
            drafts.add(new Draft(f[0], f[1], "L.CONT", "", "", Double.parseDouble(f[2]), Double.parseDouble(f[3]),
                    population));
        }
        return drafts;
    }
}
