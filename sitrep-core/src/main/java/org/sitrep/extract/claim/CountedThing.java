package org.sitrep.extract.claim;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a figure counts: the noun phrase after it ("20,000 Syrians", "tens of thousands of civilians",
 * "dozens of Russian air strikes", "half the population"). The object is the run of nouns at its head
 * ("air strikes", not "Russian air strikes"); the words before the head ("displaced", "dead") are kept as
 * modifiers, which often say what happened to the counted ("5,000 displaced people"). Needs CoreNLP's tags.
 *
 * @param modifierStart first token after the figure (and "of the"), where modifiers begin
 * @param headStart     first noun of the head
 * @param end           exclusive end of the head
 */
record CountedThing(int modifierStart, int headStart, int end, String object, String headLemma) {

    private static final Set<String> DETERMINERS = Set.of("the", "their", "its", "his", "her", "our", "these",
            "those", "this", "that", "all");
    private static final int MAX_WORDS = 6;

    static Optional<CountedThing> after(List<Token> tokens, Quantity quantity) {
        if (quantity.kind() == Quantity.Kind.DISTANCE || quantity.kind() == Quantity.Kind.MONEY
                || quantity.kind() == Quantity.Kind.OTHER_UNIT) {
            return Optional.empty();
        }
        int p = quantity.end();
        if (word(tokens, p).equals("more")) {
            p++;
        }
        boolean partOf = quantity.kind() == Quantity.Kind.SHARE || quantity.kind() == Quantity.Kind.PERCENT;
        if (word(tokens, p).equals("of")) {
            p++;
            partOf = true;
        }
        if (partOf && DETERMINERS.contains(word(tokens, p))) {
            p++;
        }
        int modifierStart = p;
        int t = p;
        while (t < tokens.size() && t - p < MAX_WORDS && isModifier(tokens, t)) {
            t++;
        }
        int headStart = t;
        while (t < tokens.size() && t - p < MAX_WORDS && tokens.get(t).isNoun() && !tokens.get(t).tag().equals("NNP")) {
            t++;
        }
        // modifiers that were nouns belong to the head: "air" in "air strikes"
        while (headStart > modifierStart && tokens.get(headStart - 1).isNoun() && !tokens.get(headStart - 1).tag().equals("NNP")) {
            headStart--;
        }
        if (t == headStart) {
            return Optional.empty();
        }
        Token head = tokens.get(t - 1);
        StringBuilder object = new StringBuilder();
        for (int k = headStart; k < t; k++) {
            object.append(k > headStart ? " " : "").append(tokens.get(k).word());
        }
        String text = head.base().equals("life") ? "people" : object.toString();
        return Optional.of(new CountedThing(modifierStart, headStart, t, text, head.base()));
    }

    private static boolean isModifier(List<Token> tokens, int t) {
        Token token = tokens.get(t);
        String tag = token.tag();
        boolean nounFollows = t + 1 < tokens.size() && (tokens.get(t + 1).isNoun() || tokens.get(t + 1).isAdjective()
                || tokens.get(t + 1).isDash());
        // a participle tagged as a past tense right after a figure is still a modifier: "7 confirmed cases"
        return tag.startsWith("JJ") || tag.equals("VBN") || tag.equals("HYPH") || tag.equals("NN") && nounFollows
                || (tag.equals("VBG") || tag.equals("VBD") || tag.equals("NNP")) && nounFollows;
    }

    private static String word(List<Token> tokens, int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i).lower() : "";
    }
}
