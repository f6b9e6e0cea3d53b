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
 * A point for each country: the centroid of its largest polygon in Natural Earth's 1:50m outlines (world-atlas
 * TopoJSON). GeoNames places a country near its centroid; the largest polygon keeps overseas islands from
 * dragging the point into the sea.
 */
final class CountryOutlines {

    record Point(double latitude, double longitude, String name) {}

    private CountryOutlines() {}

    /** Points by ISO 3166-1 numeric code. */
    static Map<Integer, Point> read(Path topojson) throws IOException {
        return read(topojson, "countries");
    }

    /**
     * The same for each geometry of another object of a TopoJSON file with numeric ids and unprojected
     * coordinates (us-atlas's {@code counties}, by FIPS code).
     */
    static Map<Integer, Point> read(Path topojson, String object) throws IOException {
        JsonNode root = new ObjectMapper().readTree(topojson.toFile());
        double sx = root.path("transform").path("scale").get(0).asDouble();
        double sy = root.path("transform").path("scale").get(1).asDouble();
        double tx = root.path("transform").path("translate").get(0).asDouble();
        double ty = root.path("transform").path("translate").get(1).asDouble();
        List<double[][]> arcs = new ArrayList<>();
        for (JsonNode arc : root.path("arcs")) {
            double[][] points = new double[arc.size()][2];
            long x = 0;
            long y = 0;
            for (int i = 0; i < arc.size(); i++) {
                x += arc.get(i).get(0).asLong();
                y += arc.get(i).get(1).asLong();
                points[i][0] = x * sx + tx;
                points[i][1] = y * sy + ty;
            }
            arcs.add(points);
        }
        Map<Integer, Point> points = new HashMap<>();
        for (JsonNode geometry : root.path("objects").path(object).path("geometries")) {
            if (!geometry.hasNonNull("id") || !geometry.path("id").asText().matches("\\d+")) {
                continue;
            }
            List<JsonNode> polygons = new ArrayList<>();
            if (geometry.path("type").asText().equals("Polygon")) {
                polygons.add(geometry.path("arcs"));
            } else {
                geometry.path("arcs").forEach(polygons::add);
            }
            double bestArea = 0;
            double[] best = null;
            for (JsonNode polygon : polygons) {
                double[] centroid = centroid(ring(polygon.get(0), arcs));
                if (centroid != null && Math.abs(centroid[2]) > bestArea) {
                    bestArea = Math.abs(centroid[2]);
                    best = centroid;
                }
            }
            if (best != null) {
                points.put(Integer.parseInt(geometry.path("id").asText()),
                        new Point(best[1], best[0], geometry.path("properties").path("name").asText(null)));
            }
        }
        return points;
    }

    private static List<double[]> ring(JsonNode arcIndexes, List<double[][]> arcs) {
        List<double[]> ring = new ArrayList<>();
        for (JsonNode index : arcIndexes) {
            int i = index.asInt();
            double[][] arc = arcs.get(i >= 0 ? i : ~i);
            for (int k = 0; k < arc.length; k++) {
                double[] point = arc[i >= 0 ? k : arc.length - 1 - k];
                if (k > 0 || ring.isEmpty()) {
                    ring.add(point);
                }
            }
        }
        return ring;
    }

    /** {x, y, signed area} of a ring by the shoelace formula; null for a degenerate ring. */
    private static double[] centroid(List<double[]> ring) {
        double area = 0;
        double cx = 0;
        double cy = 0;
        for (int i = 0; i < ring.size(); i++) {
            double[] a = ring.get(i);
            double[] b = ring.get((i + 1) % ring.size());
            double cross = a[0] * b[1] - b[0] * a[1];
            area += cross;
            cx += (a[0] + b[0]) * cross;
            cy += (a[1] + b[1]) * cross;
        }
        if (Math.abs(area) < 1e-9) {
            return null;
        }
        area /= 2;
        return new double[] {cx / (6 * area), cy / (6 * area), area};
    }
}
