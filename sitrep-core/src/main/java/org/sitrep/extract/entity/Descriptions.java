package org.sitrep.extract.entity;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How the text describes a name: a common-noun phrase right before it ("spokeswoman Linda Tom",
 * "Britain-based monitor the Syrian Observatory…") or an apposition after it ("Emile Hokayem, a senior
 * fellow at the International Institute for Strategic Studies").
 */
final class Descriptions {

    private static final int MAX_APPOSITION_TOKENS = 14;

    private Descriptions() {}

    /** Role nouns and the endings of role nouns: a description names what someone or something is. */
    private static final java.util.regex.Pattern ROLE = java.util.regex.Pattern.compile(
            "(?i).*(?:ist|er|or|man|woman|person|ian|ent|ant|ary|chief|head|envoy|official|leader|group|agency"
                    + "|monitor|body|force|militia|watchdog|charity|organisation|organization|spokesperson)$");

    /**
     * A lower-case noun phrase right before the name whose last word is a role noun: "spokeswoman Linda Tom",
     * "Britain-based monitor the Syrian Observatory"; not "told reporters Russia" (plural object) nor
     * "the resolution Moscow signed" (no role).
     */
    static Optional<String> before(List<CoreLabel> tokens, int first, String text) {
        int i = first - 1;
        if (i >= 0 && tokens.get(i).word().equalsIgnoreCase("the")) {
            i--;
        }
        if (i < 0 || !tokens.get(i).tag().equals("NN") || !ROLE.matcher(tokens.get(i).word()).matches()
                || !Character.isLowerCase(tokens.get(i).word().charAt(0))) {
            return Optional.empty();
        }
        int last = i;
        int start = i;
        while (i >= 0 && (isLowerCaseModifier(tokens.get(i)) || isHyphenated(tokens, i))) {
            start = i;
            i--;
        }
        // a compound like "Britain-based": keep the word the hyphen joins
        if (start > 0 && tokens.get(start).word().equals("-") && adjacent(tokens, start - 1, start)) {
            start--;
        }
        return Optional.of(text.substring(tokens.get(start).beginPosition(), tokens.get(last).endPosition()));
    }

    private static boolean isHyphenated(List<CoreLabel> tokens, int i) {
        return tokens.get(i).word().equals("-") && i + 1 < tokens.size() && adjacent(tokens, i, i + 1);
    }

    private static boolean adjacent(List<CoreLabel> tokens, int left, int right) {
        return tokens.get(left).endPosition() == tokens.get(right).beginPosition();
    }

    private static boolean isLowerCaseModifier(CoreLabel token) {
        String tag = token.tag();
        String word = token.word();
        boolean modifier = tag.equals("JJ") || tag.equals("NN") || tag.equals("VBN");
        return modifier && !word.isEmpty() && Character.isLowerCase(word.charAt(0));
    }

    static Optional<String> apposition(List<CoreLabel> tokens, int last, String text) {
        int i = last + 1;
        if (i + 2 >= tokens.size() || !tokens.get(i).word().equals(",")) {
            return Optional.empty();
        }
        String determiner = tokens.get(i + 1).word().toLowerCase(java.util.Locale.ROOT);
        if (!determiner.equals("a") && !determiner.equals("an") && !determiner.equals("the")) {
            return Optional.empty();
        }
        int end = i + 1;
        while (end < tokens.size() && end - i <= MAX_APPOSITION_TOKENS) {
            String word = tokens.get(end).word();
            if (word.equals(",") || word.equals(".") || word.equals(";") || tokens.get(end).tag().startsWith("VB")) {
                break;
            }
            end++;
        }
        if (end >= tokens.size() || end - i > MAX_APPOSITION_TOKENS || tokens.get(end).tag().startsWith("VB")) {
            return Optional.empty();
        }
        return Optional.of(text.substring(tokens.get(i + 1).beginPosition(), tokens.get(end - 1).endPosition()));
    }
}
