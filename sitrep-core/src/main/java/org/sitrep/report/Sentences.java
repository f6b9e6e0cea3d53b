package org.sitrep.report;

import org.sitrep.model.Span;

/**
 * The sentence around a span, for showing an item in context. Sentence ends are found in the clean
 * text (". ", "? ", "! " or a line break) rather than kept from CoreNLP, because readers only need context.
 */
public final class Sentences {

    private Sentences() {}

    static String around(String cleanText, Span span) {
        return containing(cleanText, span).text();
    }

    /** The span of the sentence around {@code span}, trimmed of surrounding blanks: what a page highlights. */
    public static Span containing(String cleanText, Span span) {
        int begin = span.begin();
        while (begin > 0 && !endsSentence(cleanText, begin - 1)) {
            begin--;
        }
        int end = span.end();
        while (end < cleanText.length() && !endsSentence(cleanText, end)) {
            end++;
        }
        if (end < cleanText.length() && cleanText.charAt(end) != '\n') {
            end++;
        }
        end = Math.min(end, cleanText.length());
        while (begin < end && Character.isWhitespace(cleanText.charAt(begin))) {
            begin++;
        }
        while (end > begin && Character.isWhitespace(cleanText.charAt(end - 1))) {
            end--;
        }
        return Span.of(span.documentId(), cleanText, begin, end);
    }

    private static boolean endsSentence(String text, int i) {
        char c = text.charAt(i);
        if (c == '\n') {
            return true;
        }
        boolean terminator = c == '.' || c == '?' || c == '!';
        return terminator && i + 1 < text.length() && Character.isWhitespace(text.charAt(i + 1))
                && i + 2 < text.length() && !Character.isLowerCase(text.charAt(i + 2))
                && !(i >= 2 && Character.isUpperCase(text.charAt(i - 1)) && text.charAt(i - 2) == '.');
    }
}
