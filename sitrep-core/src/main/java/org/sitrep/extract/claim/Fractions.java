package org.sitrep.extract.claim;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Shares written as fractions: "half the population", "a third of", "two-thirds", "three quarters",
 * "one in five". The value is the share of a whole, in [0, 1]. "a third" counts only when a share follows
 * it ("a third of", "a third the size"…, or a clause end), so that "a third time" stays an ordinal.
 */
final class Fractions {

    private static final Map<String, Integer> DENOMINATORS = Map.ofEntries(
            Map.entry("half", 2), Map.entry("halves", 2), Map.entry("third", 3), Map.entry("thirds", 3),
            Map.entry("quarter", 4), Map.entry("quarters", 4), Map.entry("fifth", 5), Map.entry("fifths", 5),
            Map.entry("sixth", 6), Map.entry("sixths", 6), Map.entry("eighth", 8), Map.entry("eighths", 8),
            Map.entry("tenth", 10), Map.entry("tenths", 10));
    private static final Map<String, Integer> NUMERATORS = Map.of(
            "a", 1, "one", 1, "two", 2, "three", 3, "four", 4, "five", 5, "seven", 7, "nine", 9);
    /** What may follow a share: "of", a determiner, or the end of the phrase. */
    private static final Set<String> SHARE_FOLLOWERS = Set.of("of", "the", "their", "its", "his", "her", "our",
            "this", "that", "these", "those", "all", "them", ",", ".", ";", ":", "”", "\"", "'s", "’s");

    private Fractions() {}

    static Optional<Amount> at(List<Token> tokens, int i) {
        String first = lower(tokens, i);
        if (first.equals("half") && follows(tokens, i + 1)) {
            return Optional.of(share(i, i + 1, 0.5));
        }
        Integer numerator = NUMERATORS.get(first);
        if (numerator == null) {
            return Optional.empty();
        }
        int p = lower(tokens, i + 1).matches("[-\\u2013]") ? i + 2 : i + 1;
        Integer denominator = DENOMINATORS.get(lower(tokens, p));
        if (denominator != null && denominator > 2 && follows(tokens, p + 1)
                && (numerator == 1) == !lower(tokens, p).endsWith("s")) {
            return Optional.of(share(i, p + 1, (double) numerator / denominator));
        }
        // "one in five children"
        if (numerator == 1 && !first.equals("a") && lower(tokens, i + 1).equals("in")) {
            Optional<Amount> whole = NumberWords.at(tokens, i + 2, false);
            if (whole.isPresent() && whole.get().value() > 1 && whole.get().value() <= 1000) {
                return Optional.of(share(i, whole.get().end(), 1 / whole.get().value()));
            }
        }
        return Optional.empty();
    }

    private static boolean follows(List<Token> tokens, int i) {
        return i >= tokens.size() || SHARE_FOLLOWERS.contains(lower(tokens, i));
    }

    private static Amount share(int start, int end, double value) {
        return new Amount(start, end, value, value, true, Precision.ROUNDED, Amount.Form.FRACTION, "", 1, false, false);
    }

    private static String lower(List<Token> tokens, int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i).lower() : "";
    }
}
