package org.sitrep.extract.claim;

/**
 * How sharp a figure is as written ({@link org.sitrep.model.Interval#precision()}). A figure written with a
 * scale word or ending in two zeros ("2.5 million", "40,000", "1,500") is taken as ROUNDED; "120" as EXACT;
 * "about"/"almost" make it APPROXIMATE; words like "thousands" make it VAGUE.
 */
final class Precision {
    static final String EXACT = "EXACT";
    static final String ROUNDED = "ROUNDED";
    static final String APPROXIMATE = "APPROXIMATE";
    static final String VAGUE = "VAGUE";

    private Precision() {}

    static String ofNumber(double value, boolean scaled) {
        boolean wholeHundreds = value >= 100 && value == Math.rint(value) && ((long) value) % 100 == 0;
        return scaled || wholeHundreds ? ROUNDED : EXACT;
    }

    /** The less sharp of two, for the ends of a range. */
    static String coarser(String a, String b) {
        return rank(a) >= rank(b) ? a : b;
    }

    private static int rank(String precision) {
        return switch (precision) {
            case EXACT -> 0;
            case ROUNDED -> 1;
            case APPROXIMATE -> 2;
            default -> 3;
        };
    }
}
