package org.sitrep.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The article-extraction benchmark's own metric (scrapinghub/article-extraction-benchmark, {@code evaluate.py}),
 * reproduced exactly. A text is tokenised into runs of word characters as Python's {@code re} {@code \w+} finds
 * them, then becomes the multiset of its 4-token shingles. For one page, true positives are the shingles both
 * texts share (multiset intersection), false positives the predicted ones beyond the gold, false negatives the
 * gold ones beyond the predicted; the three are divided by their sum so that long pages weigh no more than short
 * ones. Precision and recall are means over pages, F1 is computed from those means.
 */
public final class ShingleScore {

    /** Shingle length of the benchmark. */
    public static final int N = 4;

    private ShingleScore() {}

    /** One page's normalised true positives, false positives and false negatives (summing to 1, or all 0). */
    public record Page(double tp, double fp, double fn) {

        /** Precision of this page; the benchmark leaves a page with {@code tp + fp == 0} out of the mean. */
        public double precision() {
            if (fp == 0 && fn == 0) {
                return 1.0;
            }
            if (tp == 0 && fp == 0) {
                return 0.0;
            }
            return tp / (tp + fp);
        }

        /** Recall of this page; the benchmark leaves a page with {@code tp + fn == 0} out of the mean. */
        public double recall() {
            if (fp == 0 && fn == 0) {
                return 1.0;
            }
            if (tp == 0 && fn == 0) {
                return 0.0;
            }
            return tp / (tp + fn);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** Mean precision and recall over pages and the F1 of those means. */
    public record Summary(double precision, double recall, double f1, int pages) {}

    /** Scores one page: {@code predicted} against {@code gold}. */
    public static Page page(String gold, String predicted) {
        Map<List<String>, Integer> goldShingles = shingles(gold);
        Map<List<String>, Integer> predictedShingles = shingles(predicted);
        Set<List<String>> keys = new HashSet<>(goldShingles.keySet());
        keys.addAll(predictedShingles.keySet());
        double tp = 0;
        double fp = 0;
        double fn = 0;
        for (List<String> key : keys) {
            int g = goldShingles.getOrDefault(key, 0);
            int p = predictedShingles.getOrDefault(key, 0);
            tp += Math.min(g, p);
            fp += Math.max(0, p - g);
            fn += Math.max(0, g - p);
        }
        double sum = tp + fp + fn;
        return sum > 0 ? new Page(tp / sum, fp / sum, fn / sum) : new Page(0, 0, 0);
    }

    /**
     * Means over pages as {@code metrics_from_tp_fp_fns} computes them: precision over the pages with
     * {@code tp + fp > 0} (an empty prediction does not count against precision, only against recall), recall over
     * the pages with {@code tp + fn > 0}.
     */
    public static Summary summarise(List<Page> pages) {
        double precisionSum = 0;
        int precisionPages = 0;
        double recallSum = 0;
        int recallPages = 0;
        for (Page page : pages) {
            if (page.tp() + page.fp() > 0) {
                precisionSum += page.precision();
                precisionPages++;
            }
            if (page.tp() + page.fn() > 0) {
                recallSum += page.recall();
                recallPages++;
            }
        }
        double precision = precisionPages == 0 ? Double.NaN : precisionSum / precisionPages;
        double recall = recallPages == 0 ? Double.NaN : recallSum / recallPages;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new Summary(precision, recall, f1, pages.size());
    }

    /**
     * The text's tokens as Python's {@code re.findall(r'\w+', text)} finds them: a word character is a letter
     * (Unicode L*), a number (Nd, Nl, No) or the underscore. This is {@code str.isalnum() or '_'}, which is what
     * Python's {@code \w} tests; Java's {@code UNICODE_CHARACTER_CLASS} {@code \w} differs in counting combining
     * marks and connector punctuation as word characters and superscripts and fractions (No) as not.
     */
    public static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        if (text == null) {
            return tokens;
        }
        int start = -1;
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (isWordChar(cp)) {
                if (start < 0) {
                    start = i;
                }
            } else if (start >= 0) {
                tokens.add(text.substring(start, i));
                start = -1;
            }
            i += Character.charCount(cp);
        }
        if (start >= 0) {
            tokens.add(text.substring(start));
        }
        return tokens;
    }

    static boolean isWordChar(int cp) {
        if (cp == '_' || Character.isLetter(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    /**
     * The multiset of the text's {@value #N}-token shingles; a text of 1 to 3 tokens is one shingle of all its
     * tokens, an empty text has none (the benchmark's {@code _ngrams}).
     */
    public static Map<List<String>, Integer> shingles(String text) {
        List<String> tokens = tokens(text);
        Map<List<String>, Integer> shingles = new HashMap<>();
        int count = Math.max(1, tokens.size() - N + 1);
        for (int i = 0; i < count; i++) {
            List<String> shingle = List.copyOf(tokens.subList(i, Math.min(tokens.size(), i + N)));
            if (!shingle.isEmpty()) {
                shingles.merge(shingle, 1, Integer::sum);
            }
        }
        return shingles;
    }
}
