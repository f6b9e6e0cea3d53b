package org.sitrep.extract.place.gazetteer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * US counties ("Metcalfe County", "Suffolk County"), which cities500 lacks and US news names all the time: the
 * Census Bureau's 2017 cartographic county boundaries as npm us-atlas carries them ({@code counties-10m.json},
 * public domain; package ISC), each at the centroid of its largest polygon, in its state by the state's FIPS code
 * (iso3166-2-db gives each state's FIPS and GeoNames admin1 codes). Named "X County", "X Parish" in Louisiana; the
 * independent cities (county codes from 500: Baltimore, St. Louis, Virginia's) are towns cities500 holds, and
 * Alaska's boroughs and census areas go by other words, so both are left out.
 */
final class UsCounties {

    private static final int LOUISIANA = 22;
    private static final int ALASKA = 2;
    private static final int FIRST_INDEPENDENT_CITY = 500;

    private UsCounties() {}

    /**
     * @param counties    us-atlas's counties-10m.json
     * @param usDivisions iso3166-2-db's regions/US/geonames_ref.json
     */
    static List<Draft> read(Path counties, Path usDivisions) throws IOException {
        Map<Integer, String> admin1ByFips = new HashMap<>();
        for (JsonNode state : new ObjectMapper().readTree(usDivisions.toFile())) {
            if (state.path("fips").asText("").matches("\\d+") && !state.path("admin").asText("").isEmpty()) {
                admin1ByFips.put(Integer.parseInt(state.path("fips").asText()), state.path("admin").asText());
            }
        }
        List<Draft> drafts = new ArrayList<>();
        for (Map.Entry<Integer, CountryOutlines.Point> county : CountryOutlines.read(counties, "counties").entrySet()) {
            int state = county.getKey() / 1000;
            String admin1 = admin1ByFips.get(state);
            CountryOutlines.Point point = county.getValue();
            if (admin1 == null || state == ALASKA || county.getKey() % 1000 >= FIRST_INDEPENDENT_CITY
                    || point.name() == null) {
                continue;
            }
            String name = point.name() + (state == LOUISIANA ? " Parish" : " County");
            drafts.add(new Draft(String.format("census:%05d", county.getKey()), name, "A.ADM2", "US", admin1,
                    point.latitude(), point.longitude(), 0));
        }
        return drafts;
    }
}
