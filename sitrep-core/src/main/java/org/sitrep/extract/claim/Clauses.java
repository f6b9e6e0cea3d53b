package org.sitrep.extract.claim;

import java.util.List;
import java.util.Set;

/**
 * Splits a sentence into clause-like segments, so that a figure takes its measure, hedges and date from its
 * own clause: in "clashes cost 120 lives, which forced 5,000 to flee", "forced to flee" is not about the 120.
 * A new segment starts at a relative or subordinating word (which, who, where, because, after + clause…),
 * at "; : —", at a conjunction after a comma (", and aid workers said they could…") and at ", according to".
 * Commas alone do not split: "On Friday, clashes … cost 120 lives" is one clause. Needs CoreNLP's tags.
 */
final class Clauses {

    private static final Set<String> RELATIVES = Set.of("which", "who", "whom", "whose", "where", "whereas",
            "although", "though", "because", "unless", "while", "whereby");
    /** Prepositions that open a clause only when a verb follows ("after fleeing", "since Russia began…"). */
    private static final Set<String> TEMPORAL = Set.of("after", "before", "since", "until", "till", "when", "once");
    private static final Set<String> BREAKS = Set.of(";", ":", "—", "–", "--");
    private static final Set<String> CONJUNCTIONS = Set.of("and", "but", "or", "yet", "so");
    private static final int CLAUSE_VERB_WINDOW = 5;

    private Clauses() {}

    /** The segment number of every token of the sentence, starting at 0. */
    static int[] segments(List<Token> tokens) {
        int[] segment = new int[tokens.size()];
        int current = 0;
        for (int t = 0; t < tokens.size(); t++) {
            if (t > 0 && startsClause(tokens, t)) {
                current++;
            }
            segment[t] = current;
        }
        return segment;
    }

    private static boolean startsClause(List<Token> tokens, int t) {
        Token token = tokens.get(t);
        String word = token.lower();
        String previous = tokens.get(t - 1).lower();
        if (BREAKS.contains(word) && !(NumberWords.isDigits(previous) && t + 1 < tokens.size()
                && NumberWords.isDigits(tokens.get(t + 1).word()))) {
            return true;
        }
        if (RELATIVES.contains(word) && !token.tag().equals("CC")) {
            return true;
        }
        if (word.equals("that") && token.tag().equals("WDT")) {
            return true;
        }
        if (TEMPORAL.contains(word) && opensClause(tokens, t + 1)) {
            return true;
        }
        if (previous.equals(",") && word.equals("according")) {
            return true;
        }
        // ", and aid workers said…" opens a clause; ", and 25 militiamen" only ends a list of figures
        if (previous.equals(",") && CONJUNCTIONS.contains(word)) {
            return t + 1 >= tokens.size() || !tokens.get(t + 1).tag().equals("CD");
        }
        return false;
    }

    /** A verb form close after the word: "after fleeing", "since Russia began its campaign". */
    private static boolean opensClause(List<Token> tokens, int from) {
        if (from < tokens.size() && tokens.get(from).tag().equals("VBG")) {
            return true;
        }
        for (int t = from; t < Math.min(tokens.size(), from + CLAUSE_VERB_WINDOW); t++) {
            String tag = tokens.get(t).tag();
            if (tag.equals("VBD") || tag.equals("VBZ") || tag.equals("VBP") || tag.equals("MD")) {
                return true;
            }
            if (tag.equals(",") || tag.equals(".")) {
                return false;
            }
        }
        return false;
    }
}
