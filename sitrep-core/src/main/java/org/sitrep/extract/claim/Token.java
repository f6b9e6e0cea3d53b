package org.sitrep.extract.claim;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.Locale;

/**
 * One word as the claim grammar sees it: plain strings, so the quantity parser can be tested on hand-made
 * token lists without loading CoreNLP. {@code tag}, {@code lemma} and {@code ner} are empty when unknown.
 *
 * @param begin character offset of the word in the document's clean text
 * @param end   end offset, exclusive
 */
public record Token(String word, String lemma, String tag, String ner, int begin, int end) {

    public static Token of(CoreLabel label) {
        return new Token(label.word(), label.lemma() == null ? "" : label.lemma(), label.tag() == null ? "" : label.tag(),
                label.ner() == null ? "O" : label.ner(), label.beginPosition(), label.endPosition());
    }

    /** A token known only by its text, as in the parser's unit tests. */
    public static Token plain(String word, int begin) {
        return new Token(word, "", "", "O", begin, begin + word.length());
    }

    public String lower() {
        return word.toLowerCase(Locale.ROOT);
    }

    /** The lemma when CoreNLP gave one, else the lower-cased word. */
    public String base() {
        return lemma.isEmpty() ? lower() : lemma.toLowerCase(Locale.ROOT);
    }

    public boolean isNoun() {
        return tag.startsWith("NN");
    }

    public boolean isVerb() {
        return tag.startsWith("VB") || tag.equals("MD");
    }

    public boolean isAdjective() {
        return tag.startsWith("JJ");
    }

    public boolean isOpeningBracket() {
        return word.equals("(") || word.equals("[") || word.equals("-LRB-") || word.equals("-LSB-");
    }

    public boolean isClosingBracket() {
        return word.equals(")") || word.equals("]") || word.equals("-RRB-") || word.equals("-RSB-");
    }

    public boolean isDash() {
        return word.equals("-") || word.equals("–") || word.equals("—") || word.equals("--");
    }
}
