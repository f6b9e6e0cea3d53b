package org.sitrep.extract.claim;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Amounts written as orders of magnitude. Each becomes an interval with VAGUE precision; the table:
 *
 * <pre>
 * written                                   interval        why
 * "dozens"                                  [24, ∞)         at least two dozen; nothing caps it as written
 * "scores of"                               [40, ∞)         at least two score
 * "tens of"                                 [20, ∞)
 * "hundreds", "thousands", "millions"…      [2·S, ∞)        the plural needs at least two (DESIGN.md: "thousands" → [2000, ∞))
 * "tens of thousands", "tens of millions"   [20·S, ∞)       DESIGN.md: "tens of thousands" → [20000, ∞)
 * "hundreds of thousands"…                  [200·S, ∞)
 * "many thousands" and the like             as the plural
 * "several thousand", "several dozen"       [3·S, 10·S)     several is three or more; ten of S would be "tens of S"
 * "a few thousand", "a few hundred"         [2·S, 10·S)
 * "a couple of thousand"                    [2·S, 3·S)
 * "several"/"a few" + unit ("a few miles")  as above, S = 1 (only with a unit: "several towns" is not a figure)
 * </pre>
 */
final class VagueAmounts {

    /** Plural scale words and their unit S. */
    private static final Map<String, Double> PLURALS = Map.of(
            "hundreds", 1e2, "thousands", 1e3, "millions", 1e6, "billions", 1e9, "dozens", 12.0);

    private VagueAmounts() {}

    static Optional<Amount> at(List<Token> tokens, int i) {
        String first = lower(tokens, i);
        int p = i;
        if (first.equals("many") && PLURALS.containsKey(lower(tokens, i + 1))) {
            p++;
        }
        String word = lower(tokens, p);
        // "tens of thousands", "hundreds of millions"
        if ((word.equals("tens") || word.equals("hundreds")) && lower(tokens, p + 1).equals("of")
                && PLURALS.containsKey(lower(tokens, p + 2)) && !lower(tokens, p + 2).equals("dozens")) {
            double base = word.equals("tens") ? 20 : 200;
            return open(tokens, i, p + 3, base * PLURALS.get(lower(tokens, p + 2)));
        }
        if (word.equals("tens") && lower(tokens, p + 1).equals("of")) {
            return open(tokens, i, p + 1, 20);
        }
        if (word.equals("scores") && lower(tokens, p + 1).equals("of")) {
            return open(tokens, i, p + 1, 40);
        }
        if (PLURALS.containsKey(word)) {
            return open(tokens, i, p + 1, 2 * PLURALS.get(word));
        }
        return few(tokens, i);
    }

    /** "several thousand", "a few hundred", "a couple of dozen", "a few" (+ unit). */
    private static Optional<Amount> few(List<Token> tokens, int i) {
        int p;
        double lowFactor;
        double highFactor;
        if (lower(tokens, i).equals("several")) {
            p = i + 1;
            lowFactor = 3;
            highFactor = 10;
        } else if (lower(tokens, i).equals("a") && lower(tokens, i + 1).equals("few")) {
            p = i + 2;
            lowFactor = 2;
            highFactor = 10;
        } else if (lower(tokens, i).equals("a") && lower(tokens, i + 1).equals("couple")) {
            p = lower(tokens, i + 2).equals("of") ? i + 3 : i + 2;
            lowFactor = 2;
            highFactor = 3;
        } else {
            return Optional.empty();
        }
        double scale = 1;
        int end = p;
        while (end < tokens.size() && (NumberWords.isScale(lower(tokens, end)) && lower(tokens, end).length() > 3
                || lower(tokens, end).equals("dozen"))) {
            scale *= lower(tokens, end).equals("dozen") ? 12 : NumberWords.scale(lower(tokens, end));
            end++;
        }
        String phrase = text(tokens, i, end);
        return Optional.of(new Amount(i, end, lowFactor * scale, highFactor * scale, false, Precision.VAGUE,
                Amount.Form.VAGUE, phrase, scale, false, scale == 1));
    }

    private static Optional<Amount> open(List<Token> tokens, int start, int end, double low) {
        return Optional.of(new Amount(start, end, low, null, false, Precision.VAGUE, Amount.Form.VAGUE,
                text(tokens, start, end), 1, false, false));
    }

    private static String text(List<Token> tokens, int start, int end) {
        StringBuilder text = new StringBuilder();
        for (int t = start; t < end; t++) {
            text.append(t > start ? " " : "").append(tokens.get(t).lower());
        }
        return text.toString();
    }

    private static String lower(List<Token> tokens, int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i).lower() : "";
    }
}
