package org.sitrep.eval;

import java.util.Arrays;
import java.util.List;

/**
 * Error-distance measures of toponym resolution (Gritta et al. 2019): accuracy within 161 km (100 miles), mean
 * and median error, and the area under the curve of sorted log errors (0 best, 1 worst). A toponym left
 * unresolved counts at the largest possible error, 20,039 km (half the Earth's circumference).
 */
public record PlacesScore(int toponyms, double accuracy161, double meanKm, double medianKm, double auc) {

    public static final double MAX_KM = 20039;

    public static PlacesScore of(List<Double> errorsKm) {
        double[] e = errorsKm.stream().mapToDouble(d -> Double.isNaN(d) ? MAX_KM : Math.min(d, MAX_KM)).sorted().toArray();
        if (e.length == 0) {
            return new PlacesScore(0, 0, 0, 0, 0);
        }
        double within = Arrays.stream(e).filter(d -> d <= 161).count() / (double) e.length;
        double mean = Arrays.stream(e).average().orElse(0);
        double median = e.length % 2 == 1 ? e[e.length / 2] : (e[e.length / 2 - 1] + e[e.length / 2]) / 2;
        return new PlacesScore(e.length, within, mean, median, auc(e));
    }

    /** Trapezoid area under ln(1 + error) over the sorted errors, scaled by the largest possible area. */
    static double auc(double[] sorted) {
        if (sorted.length < 2) {
            return sorted.length == 0 ? 0 : Math.log1p(sorted[0]) / Math.log1p(MAX_KM);
        }
        double area = 0;
        for (int i = 1; i < sorted.length; i++) {
            area += (Math.log1p(sorted[i - 1]) + Math.log1p(sorted[i])) / 2;
        }
        return area / ((sorted.length - 1) * Math.log1p(MAX_KM));
    }
}
