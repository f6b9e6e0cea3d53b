package org.sitrep.extract.quote;

/**
 * A heading put in quote marks: wire copy (AFP's crossheads "– ‘Rebels on the retreat’ –") picks a phrase from
 * further down and sets it on a line of its own. Such a line holds nothing but the quote and decoration (dashes,
 * bullets), and the quoted words end without sentence punctuation: that is a heading, not something said here.
 */
final class Crossheads {

    private Crossheads() {}

    static boolean isHeading(String text, QuotedText quote) {
        int lineStart = text.lastIndexOf('\n', Math.max(0, quote.outerBegin() - 1)) + 1;
        if (quote.outerBegin() == 0) {
            lineStart = 0;
        }
        int lineEnd = text.indexOf('\n', quote.outerEnd());
        if (lineEnd < 0) {
            lineEnd = text.length();
        }
        String before = text.substring(lineStart, quote.outerBegin());
        String after = text.substring(Math.min(quote.outerEnd(), lineEnd), lineEnd);
        String inside = text.substring(quote.begin(), quote.end()).strip();
        return isDecoration(before) && isDecoration(after) && !inside.isEmpty()
                && ".!?…".indexOf(inside.charAt(inside.length() - 1)) < 0;
    }

    private static boolean isDecoration(String s) {
        return s.chars().allMatch(c -> Character.isWhitespace(c) || c == '-' || c == '–' || c == '—' || c == '•'
                || c == '*' || c == '|');
    }
}
