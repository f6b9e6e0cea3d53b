package org.sitrep.extract.time;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Set;

/**
 * Whether a date expression looks forward ("talks will resume on Thursday", "are set to meet on
 * February 11") or back. News narrates the past: without a sign of the future, a bare weekday or a
 * day of a month means the latest such day on or before the report's date.
 */
final class Tense {

    private static final Set<String> FUTURE_AUXILIARIES = Set.of("will", "'ll", "shall", "wo");
    private static final Set<String> SCHEDULING = Set.of("set", "due", "scheduled", "expected", "planned", "plans",
            "plan", "going", "slated", "poised");
    private static final int LOOK_BEFORE = 8;
    private static final int LOOK_AFTER = 4;

    private Tense() {}

    /** {@code first} and {@code last} are the expression's token indexes within {@code sentence}. */
    static boolean looksForward(List<CoreLabel> sentence, int first, int last) {
        for (int i = Math.max(0, first - LOOK_BEFORE); i < Math.min(sentence.size(), last + 1 + LOOK_AFTER); i++) {
            String word = sentence.get(i).word().toLowerCase(java.util.Locale.ROOT);
            if (i >= first && i <= last) {
                continue;
            }
            if (FUTURE_AUXILIARIES.contains(word) && sentence.get(i).tag().equals("MD")) {
                return true;
            }
            if (SCHEDULING.contains(word) && i + 1 < sentence.size() && sentence.get(i + 1).word().equals("to")) {
                return true;
            }
            if (word.equals("next") || word.equals("upcoming") || word.equals("coming")) {
                return true;
            }
            if (i == first - 1 && (word.equals("until") || word.equals("till"))) {
                return true;
            }
        }
        return false;
    }
}
