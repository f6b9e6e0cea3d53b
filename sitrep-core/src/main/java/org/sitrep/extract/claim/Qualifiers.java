package org.sitrep.extract.claim;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitrep.model.Interval;

/**
 * The words that bound or soften a figure, and the interval each makes of it. Conventions (DESIGN.md §3):
 *
 * <pre>
 * bound      written                                                   N becomes
 * UP_TO      up to, as many as, as much as, as high as, at most…        [0, N]
 * AT_LEAST   at least, no fewer than, no less than, a minimum of, N or more, N-plus   [N, ∞)
 * MORE_THAN  more than, over, above, in excess of, upwards of…         (N, ∞)
 * LESS_THAN  fewer than, less than, under, below                       [0, N)
 * ALMOST     almost, nearly, close to, just under, approaching         [0.9·N, N)      APPROXIMATE
 * ABOUT      about, around, some, roughly, approximately, an estimated, N or so   [0.9·N, 1.1·N]   APPROXIMATE
 * EXACTLY    exactly, precisely, bare N                                [N, N]
 * </pre>
 *
 * The ±10% band for ABOUT (and 10% below for ALMOST) is what a reader would still call "about N" for the
 * rounded figures news prints (2.5 million → 2.25–2.75 million); it is a convention, stated so that claim
 * groups can compare intervals. Shares and percentages are capped at the whole (1 or 100).
 */
final class Qualifiers {

    enum Bound { EXACTLY, UP_TO, AT_LEAST, MORE_THAN, LESS_THAN, ALMOST, ABOUT }

    /** A qualifier found in the text, lower-cased as written, and how many tokens it took. */
    record Match(String text, Bound bound, int length) {}

    static final double ABOUT_BAND = 0.10;

    private static final Map<String, Bound> BEFORE = Map.ofEntries(
            Map.entry("up to", Bound.UP_TO), Map.entry("as many as", Bound.UP_TO), Map.entry("as much as", Bound.UP_TO), Map.entry("as high as", Bound.UP_TO),
            Map.entry("at most", Bound.UP_TO), Map.entry("no more than", Bound.UP_TO), Map.entry("not more than", Bound.UP_TO),
            Map.entry("a maximum of", Bound.UP_TO), Map.entry("at least", Bound.AT_LEAST),
            Map.entry("no fewer than", Bound.AT_LEAST), Map.entry("no less than", Bound.AT_LEAST),
            Map.entry("not less than", Bound.AT_LEAST), Map.entry("a minimum of", Bound.AT_LEAST),
            Map.entry("more than", Bound.MORE_THAN), Map.entry("over", Bound.MORE_THAN), Map.entry("above", Bound.MORE_THAN),
            Map.entry("in excess of", Bound.MORE_THAN), Map.entry("upwards of", Bound.MORE_THAN),
            Map.entry("well over", Bound.MORE_THAN), Map.entry("just over", Bound.MORE_THAN),
            Map.entry("greater than", Bound.MORE_THAN), Map.entry("well above", Bound.MORE_THAN),
            Map.entry("fewer than", Bound.LESS_THAN), Map.entry("less than", Bound.LESS_THAN),
            Map.entry("under", Bound.LESS_THAN), Map.entry("below", Bound.LESS_THAN), Map.entry("well under", Bound.LESS_THAN),
            Map.entry("almost", Bound.ALMOST), Map.entry("nearly", Bound.ALMOST), Map.entry("close to", Bound.ALMOST),
            Map.entry("just under", Bound.ALMOST), Map.entry("approaching", Bound.ALMOST),
            Map.entry("just short of", Bound.ALMOST), Map.entry("not quite", Bound.ALMOST),
            Map.entry("about", Bound.ABOUT), Map.entry("around", Bound.ABOUT), Map.entry("some", Bound.ABOUT),
            Map.entry("roughly", Bound.ABOUT), Map.entry("approximately", Bound.ABOUT), Map.entry("approx.", Bound.ABOUT),
            Map.entry("an estimated", Bound.ABOUT), Map.entry("estimated", Bound.ABOUT), Map.entry("circa", Bound.ABOUT),
            Map.entry("an approximate", Bound.ABOUT), Map.entry("in the region of", Bound.ABOUT),
            Map.entry("on the order of", Bound.ABOUT), Map.entry("round about", Bound.ABOUT),
            Map.entry("exactly", Bound.EXACTLY), Map.entry("precisely", Bound.EXACTLY));
    private static final Map<String, Bound> AFTER = Map.of(
            "or more", Bound.AT_LEAST, "or so", Bound.ABOUT, "plus", Bound.AT_LEAST, "+", Bound.AT_LEAST,
            "or fewer", Bound.UP_TO, "or less", Bound.UP_TO, "odd", Bound.ABOUT);
    private static final List<String> BEFORE_LONGEST_FIRST = BEFORE.keySet().stream()
            .sorted(Comparator.comparingInt((String q) -> q.split(" ").length).reversed()).toList();

    private Qualifiers() {}

    /** A qualifier ending just before token {@code p} is for the caller to check; this reads one starting at p. */
    static Optional<Match> before(List<Token> tokens, int p) {
        for (String phrase : BEFORE_LONGEST_FIRST) {
            String[] words = phrase.split(" ");
            if (matches(tokens, p, words)) {
                return Optional.of(new Match(phrase, BEFORE.get(phrase), words.length));
            }
        }
        return Optional.empty();
    }

    /** "20,000 or more", "50-odd", "100-plus", "300+". A dash before "odd"/"plus" is part of the match. */
    static Optional<Match> after(List<Token> tokens, int p) {
        int dash = p < tokens.size() && tokens.get(p).isDash() ? 1 : 0;
        for (var entry : AFTER.entrySet()) {
            String[] words = entry.getKey().split(" ");
            boolean dashAllowed = entry.getKey().equals("odd") || entry.getKey().equals("plus");
            if (matches(tokens, p + (dashAllowed ? dash : 0), words) && (dashAllowed || dash == 0)
                    && (!entry.getKey().equals("odd") || dash == 1)) {
                return Optional.of(new Match(entry.getKey(), entry.getValue(), words.length + (dashAllowed ? dash : 0)));
            }
        }
        return Optional.empty();
    }

    private static boolean matches(List<Token> tokens, int p, String[] words) {
        if (p + words.length > tokens.size()) {
            return false;
        }
        for (int k = 0; k < words.length; k++) {
            if (!tokens.get(p + k).lower().equals(words[k])) {
                return false;
            }
        }
        return true;
    }

    /**
     * The interval for {@code low..high} (equal for a single figure; {@code high} null when open, as for
     * "thousands") under {@code bound}. {@code cap} is the largest possible value (1 for a share, 100 for a
     * percentage) or null.
     */
    static Interval interval(Bound bound, double low, Double high, boolean highClosed, String precision, Double cap) {
        double top = high == null ? low : high;
        if (Precision.VAGUE.equals(precision)) {
            // "more than thousands", "about a few hundred": the vague amount already says how loose it is
            return switch (bound) {
                case UP_TO, LESS_THAN -> make(0.0, true, high == null ? cap : high, high == null || highClosed, precision);
                case MORE_THAN, AT_LEAST -> make(low, true, cap, true, precision);
                default -> make(low, true, high == null ? cap : high, high == null ? cap != null : highClosed, precision);
            };
        }
        return switch (bound) {
            case EXACTLY -> make(low, true, top, true, precision);
            case UP_TO -> make(0.0, true, top, true, precision);
            case LESS_THAN -> make(0.0, true, top, false, precision);
            case AT_LEAST -> make(low, true, cap, true, precision);
            case MORE_THAN -> make(low, false, cap, true, precision);
            case ALMOST -> make(low * (1 - ABOUT_BAND), true, top, false, Precision.APPROXIMATE);
            case ABOUT -> make(low * (1 - ABOUT_BAND), true, capped(top * (1 + ABOUT_BAND), cap), true, Precision.APPROXIMATE);
        };
    }

    private static Double capped(double value, Double cap) {
        return cap == null ? value : Math.min(value, cap);
    }

    private static Interval make(Double low, boolean lowClosed, Double high, boolean highClosed, String precision) {
        return new Interval(tidy(low), low != null && lowClosed, tidy(high), high != null && highClosed, precision);
    }

    /** 0.9 × 2.5e6 is 2250000.0000000005 in binary; twelve significant digits is more than any report prints. */
    static Double tidy(Double value) {
        return value == null ? null : new BigDecimal(value).round(new MathContext(12)).doubleValue();
    }
}
