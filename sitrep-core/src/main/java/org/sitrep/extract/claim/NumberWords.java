package org.sitrep.extract.claim;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Exact amounts as news writes them: digits with thousands separators and decimals ("20,000", "2.5"),
 * optionally followed by scale words ("2.5 million", "11 million", "1.2bn"), and number words ("eleven
 * million", "two hundred and fifty", "twenty-five", "a dozen", "half a million", "one and a half million").
 * CoreNLP's NUMBER normalisation is not used here so that the grammar runs on plain tokens; it agrees with
 * this on every form listed.
 */
final class NumberWords {

    private static final Pattern DIGITS = Pattern.compile("\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?");
    /** "1.2bn", "300k", "5mn": a scale glued to the digits. "m" is million only after a currency ("$5m"). */
    private static final Pattern GLUED_SCALE = Pattern.compile("(\\d+(?:\\.\\d+)?)(bn|mn|mln|tn|k|m)", Pattern.CASE_INSENSITIVE);

    private static final Map<String, Integer> UNITS = Map.ofEntries(
            Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18), Map.entry("nineteen", 19));
    private static final Map<String, Integer> TENS = Map.of(
            "twenty", 20, "thirty", 30, "forty", 40, "fifty", 50, "sixty", 60, "seventy", 70, "eighty", 80, "ninety", 90);
    private static final Map<String, Double> SCALES = Map.of(
            "hundred", 1e2, "thousand", 1e3, "million", 1e6, "billion", 1e9, "trillion", 1e12,
            "bn", 1e9, "mn", 1e6, "mln", 1e6, "tn", 1e12);

    private NumberWords() {}

    static boolean isScale(String lowerWord) {
        return SCALES.containsKey(lowerWord);
    }

    static double scale(String lowerWord) {
        return SCALES.get(lowerWord);
    }

    static boolean isNumberWord(String lowerWord) {
        return UNITS.containsKey(lowerWord) || TENS.containsKey(lowerWord);
    }

    static boolean isDigits(String word) {
        return DIGITS.matcher(word).matches();
    }

    /** The amount starting at token {@code i}, if one does. */
    static Optional<Amount> at(List<Token> tokens, int i, boolean afterCurrency) {
        Optional<Amount> digits = digits(tokens, i, afterCurrency);
        return digits.isPresent() ? digits : words(tokens, i);
    }

    private static Optional<Amount> digits(List<Token> tokens, int i, boolean afterCurrency) {
        String word = tokens.get(i).word();
        double value;
        double glued = 1;
        Matcher plain = DIGITS.matcher(word);
        Matcher withScale = GLUED_SCALE.matcher(word);
        if (plain.matches()) {
            value = Double.parseDouble(word.replace(",", ""));
        } else if (withScale.matches() && (afterCurrency || !withScale.group(2).equalsIgnoreCase("m"))) {
            value = Double.parseDouble(withScale.group(1));
            glued = switch (withScale.group(2).toLowerCase(java.util.Locale.ROOT)) {
                case "k" -> 1e3;
                case "m", "mn", "mln" -> 1e6;
                case "bn" -> 1e9;
                default -> 1e12;
            };
        } else {
            return Optional.empty();
        }
        int end = i + 1;
        double scale = glued;
        while (end < tokens.size() && isScale(tokens.get(end).lower())) {
            scale *= scale(tokens.get(end).lower());
            end++;
        }
        boolean bare = scale == 1 && word.matches("\\d+");
        return Optional.of(Amount.number(i, end, value * scale, Precision.ofNumber(value * scale, scale > 1), scale, bare));
    }

    /** Number words, read the way one says them: a running group multiplied out at each scale word. */
    private static Optional<Amount> words(List<Token> tokens, int i) {
        if (lower(tokens, i).equals("half") && lower(tokens, i + 1).matches("an?") && isScale(lower(tokens, i + 2))) {
            double scale = scale(lower(tokens, i + 2));
            return Optional.of(Amount.number(i, i + 3, 0.5 * scale, Precision.ROUNDED, scale, false));
        }
        int p = i;
        double total = 0;
        double group = 0;
        double scaleUsed = 1;
        String last = "";
        if (lower(tokens, p).matches("an?") && (isScale(lower(tokens, p + 1)) || lower(tokens, p + 1).equals("dozen"))) {
            group = 1;
            last = "a";
            p++;
        }
        while (p < tokens.size()) {
            String w = lower(tokens, p);
            if (UNITS.containsKey(w) && (last.isEmpty() || isScaleWord(last) || TENS.containsKey(last) && UNITS.get(w) < 10)) {
                group += UNITS.get(w);
            } else if (TENS.containsKey(w) && (last.isEmpty() || isScaleWord(last))) {
                group += TENS.get(w);
                if (lower(tokens, p + 1).matches("[-\u2013]") && UNITS.getOrDefault(lower(tokens, p + 2), 0) > 0
                        && UNITS.get(lower(tokens, p + 2)) < 10) {
                    group += UNITS.get(lower(tokens, p + 2));
                    p += 2;
                }
            } else if ((w.equals("dozen") || w.equals("hundred")) && group > 0 && !isScaleWord(last)) {
                group *= w.equals("dozen") ? 12 : 100;
                scaleUsed = Math.max(scaleUsed, w.equals("dozen") ? 12 : 100);
            } else if (isScale(w) && w.length() > 3 && group > 0) {
                total += group * scale(w);
                scaleUsed = Math.max(scaleUsed, scale(w));
                group = 0;
            } else if (w.equals("and") && last.equals("hundred")
                    && (UNITS.containsKey(lower(tokens, p + 1)) || TENS.containsKey(lower(tokens, p + 1)))) {
                p++;
                continue;
            } else if (w.equals("and") && group > 0 && lower(tokens, p + 1).equals("a") && lower(tokens, p + 2).equals("half")
                    && isScale(lower(tokens, p + 3))) {
                group += 0.5;
                p += 3;
                continue;
            } else {
                break;
            }
            last = w;
            p++;
        }
        double value = total + group;
        if (p == i || last.equals("a") || value == 0 && !lower(tokens, i).equals("zero")) {
            return Optional.empty();
        }
        String precision = scaleUsed > 1 ? Precision.ROUNDED : Precision.EXACT;
        return Optional.of(Amount.number(i, p, value, precision, scaleUsed, false));
    }

    private static boolean isScaleWord(String lowerWord) {
        return isScale(lowerWord) || lowerWord.equals("dozen");
    }

    private static String lower(List<Token> tokens, int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i).lower() : "";
    }
}
