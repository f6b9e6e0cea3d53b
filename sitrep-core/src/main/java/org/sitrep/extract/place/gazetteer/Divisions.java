package org.sitrep.extract.place.gazetteer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Countries and first-level divisions (provinces, states, governorates) from iso3166-2-db: English and GeoNames
 * names, GeoNames ids and GeoNames admin1 codes. cities500 has no such entries. A division's point is the
 * midpoint of two estimates of its middle, its conventional point ({@link DivisionPoints}) and the middle of the box
 * of the GeoNames places in it, where the first lies within that box; else the box's middle alone. The midpoint
 * was nearer GeoNames' own division points on the dev split than either (dev accuracy@161 km: box 0.784,
 * conventional point 0.782, midpoint 0.794); a country's is GeoNames' own ({@link GeoNamesCountries}), else the World Factbook's point
 * ({@link Factbook}) beside the centroid of its outline ({@link CountryOutlines}).
 * A country's population is GeoNames' figure; a division's is the sum of its places' in cities500: a lower bound,
 * good enough to rank against a town.
 */
final class Divisions {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Divisions() {}

    /** @param regions filled with each country entry's Factbook region, for {@link Continents} */
    static List<Draft> read(Path iso3166, GeoNamesCountries geonamesCountries, Factbook factbook,
                            Map<Integer, CountryOutlines.Point> outlines, DivisionPoints divisionPoints,
                            List<Draft> places,
                            Map<Draft, String> regions) throws IOException {
        Map<String, List<Draft>> byCountry = new HashMap<>();
        Map<String, List<Draft>> byDivision = new HashMap<>();
        for (Draft place : places) {
            byCountry.computeIfAbsent(place.country, k -> new ArrayList<>()).add(place);
            byDivision.computeIfAbsent(place.country + "." + place.admin1, k -> new ArrayList<>()).add(place);
        }
        List<Draft> drafts = new ArrayList<>();
        JsonNode english = JSON.readTree(iso3166.resolve("countryList/en.json").toFile());
        JsonNode geonames = JSON.readTree(iso3166.resolve("countryList/geonames_ref.json").toFile());
        for (Iterator<String> codes = english.fieldNames(); codes.hasNext(); ) {
            String code = codes.next();
            JsonNode country = english.path(code);
            JsonNode reference = geonames.path(code);
            List<Draft> inside = byCountry.getOrDefault(code, List.of());
            CountryOutlines.Point outline = outlines.get(country.path("numeric").asInt(-1));
            GeoNamesCountries.Country geonamesCountry = geonamesCountries.country(code);
            double[] point = geonamesCountry != null
                    ? new double[] {geonamesCountry.latitude(), geonamesCountry.longitude()}
                    : countryPoint(factbook.country(country.path("fips").asText("")), outline, inside);
            if (point == null) {
                continue;
            }
            String id = reference.path("reference").path("geonames").asText("iso:" + code);
            Draft draft = new Draft(id, country.path("name").asText(), "A.PCLI", code, "", point[0], point[1],
                    Math.max(population(inside), geonamesCountry != null ? geonamesCountry.population() : 0));
            draft.named(reference.path("name").asText(null), NameKind.PREFERRED);
            if (outline != null) {
                draft.named(outline.name(), NameKind.ALTERNATE);
            }
            drafts.add(draft);
            String region = factbook.region(country.path("fips").asText(""));
            if (region != null) {
                regions.put(draft, region);
            }
            drafts.addAll(divisions(iso3166.resolve("regions").resolve(code), code, byDivision, divisionPoints));
        }
        drafts.addAll(secondLevel(divisionPoints, byCountry));
        return drafts;
    }

    /**
     * The subdivisions country-state-city lists beyond GeoNames' first level ("Kent", "Suffolk", "Fife"), at its
     * points, as second-level divisions; kept only where the point lies within the box of the country's places.
     */
    private static List<Draft> secondLevel(DivisionPoints divisionPoints, Map<String, List<Draft>> byCountry) {
        List<Draft> drafts = new ArrayList<>();
        for (DivisionPoints.Subdivision subdivision : divisionPoints.unmatched()) {
            List<Draft> inside = byCountry.getOrDefault(subdivision.country(), List.of());
            if (inside.isEmpty() || !inBox(subdivision.point(), inside) || subdivision.name().isBlank()) {
                continue;
            }
            drafts.add(new Draft("csc:" + subdivision.country() + "-" + subdivision.code(), subdivision.name(),
                    "A.ADM2", subdivision.country(), "", subdivision.point().latitude(),
                    subdivision.point().longitude(), 0));
        }
        return drafts;
    }

    private static List<Draft> divisions(Path folder, String country, Map<String, List<Draft>> byDivision,
                                         DivisionPoints divisionPoints) throws IOException {
        if (!Files.isRegularFile(folder.resolve("geonames_ref.json"))) {
            return List.of();
        }
        Map<String, String> englishNames = new HashMap<>();
        if (Files.isRegularFile(folder.resolve("en.json"))) {
            for (JsonNode region : JSON.readTree(folder.resolve("en.json").toFile())) {
                englishNames.put(region.path("iso").asText(), region.path("name").asText());
            }
        }
        List<Draft> drafts = new ArrayList<>();
        for (JsonNode region : JSON.readTree(folder.resolve("geonames_ref.json").toFile())) {
            String admin1 = region.path("admin").asText("");
            List<Draft> inside = byDivision.getOrDefault(country + "." + admin1, List.of());
            double[] point = admin1.isEmpty() ? null : middle(inside);
            if (point == null) {
                continue;
            }
            String english = englishNames.get(region.path("iso").asText());
            String name = english != null ? english : region.path("name").asText();
            DivisionPoints.Point conventional = divisionPoints.point(country, region.path("iso").asText(""), name);
            if (conventional != null && inBox(conventional, inside)) {
                point = new double[] {(conventional.latitude() + point[0]) / 2, (conventional.longitude() + point[1]) / 2};
            }
            String id = region.path("reference").path("geonames").asText("iso:" + country + "-"
                    + region.path("iso").asText());
            drafts.add(new Draft(id, name, "A.ADM1", country, admin1, point[0], point[1], population(inside))
                    .named(region.path("name").asText(null), NameKind.PREFERRED));
        }
        return drafts;
    }

    /**
     * For a country GeoNames' records lack. The Factbook's point and the outline's centroid are two estimates of a
     * country's middle: where both exist
     * and agree within 1,000 km their midpoint is used (on the dev split it is nearer GeoNames' country points than
     * either alone); where they disagree more (Russia's outline crosses the antimeridian) the Factbook's.
     */
    private static double[] countryPoint(Factbook.Point listed, CountryOutlines.Point outline, List<Draft> inside) {
        if (listed != null && outline != null) {
            double apart = Distances.km(listed.latitude(), listed.longitude(),
                    outline.latitude(), outline.longitude());
            if (apart < AGREE_KM) {
                return new double[] {(listed.latitude() + outline.latitude()) / 2,
                        (listed.longitude() + outline.longitude()) / 2};
            }
        }
        if (listed != null) {
            return new double[] {listed.latitude(), listed.longitude()};
        }
        return outline != null ? new double[] {outline.latitude(), outline.longitude()} : middle(inside);
    }

    private static final double AGREE_KM = 1000;

    private static long population(List<Draft> places) {
        return places.stream().mapToLong(p -> p.population).sum();
    }

    /**
     * Whether the point lies within the box of the places, widened by a degree: a point outside it belongs to
     * another division that shares the code in the other source (codes were reassigned as divisions were redrawn).
     */
    private static boolean inBox(DivisionPoints.Point point, List<Draft> places) {
        double margin = 1.0;
        return places.stream().mapToDouble(p -> p.latitude).min().orElse(90) - margin <= point.latitude()
                && point.latitude() <= places.stream().mapToDouble(p -> p.latitude).max().orElse(-90) + margin
                && places.stream().mapToDouble(p -> p.longitude).min().orElse(180) - margin <= point.longitude()
                && point.longitude() <= places.stream().mapToDouble(p -> p.longitude).max().orElse(-180) + margin;
    }

    /**
     * The middle of the box holding the places, or null without places. The whole box, not a trimmed one: a
     * province's people cluster in its south (Manitoba) more often than a stray island pulls the box away.
     */
    private static double[] middle(List<Draft> places) {
        if (places.isEmpty()) {
            return null;
        }
        double[] lat = places.stream().mapToDouble(p -> p.latitude).sorted().toArray();
        double[] lon = places.stream().mapToDouble(p -> p.longitude).sorted().toArray();
        int low = 0;
        int high = lat.length - 1;
        return new double[] {(lat[low] + lat[high]) / 2, (lon[low] + lon[high]) / 2};
    }
}
