package org.sitrep.extract.quote;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds text in quote marks: curly double “…”, straight double "…", two straight apostrophes ''…'' (the New York
 * Times archive's typewriter convention, 116 of PolNeAR's 840 training articles), and curly single ‘…’ (nested
 * quotes, and the marks some outlets put around headings). Marks are paired within one paragraph: by journalistic
 * convention a quote that goes on into the next paragraph leaves its closing mark off and opens the next paragraph
 * again, so an unclosed quote ends with its paragraph. The straight single quote is left alone: it is far more often an
 * apostrophe than a quote mark.
 */
final class QuoteMarks {

    private QuoteMarks() {}

    static List<QuotedText> find(String text) {
        List<QuotedText> found = new ArrayList<>();
        int paragraphStart = 0;
        while (paragraphStart < text.length()) {
            int paragraphEnd = text.indexOf('\n', paragraphStart);
            if (paragraphEnd < 0) {
                paragraphEnd = text.length();
            }
            findInParagraph(text, paragraphStart, paragraphEnd, found);
            paragraphStart = paragraphEnd + 1;
        }
        found.sort(java.util.Comparator.comparingInt(QuotedText::outerBegin));
        return found;
    }

    private static void findInParagraph(String text, int from, int to, List<QuotedText> found) {
        int open = -1;
        boolean curly = false;
        boolean doubled = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            boolean twoApostrophes = c == '\'' && i + 1 < to && text.charAt(i + 1) == '\'';
            if (open >= 0 && doubled) {
                if (twoApostrophes) {
                    add(found, open, i + 2, open + 2, i);
                    findSingle(text, open + 2, i, found);
                    open = -1;
                    i++;
                }
            } else if (open < 0 && twoApostrophes) {
                open = i;
                doubled = true;
                i++;
            } else if (open < 0 && (c == '“' || c == '"' || c == '”' && opensHere(text, i, from))) {
                open = i;
                curly = c != '"';
            } else if (open >= 0 && (curly ? c == '”' || c == '"' && closesHere(text, i, to) : c == '"' || c == '”')) {
                add(found, open, i + 1, open + 1, i);
                findSingle(text, open + 1, i, found);
                open = -1;
            }
            doubled &= open >= 0;
        }
        if (open >= 0) {
            int inside = open + (doubled ? 2 : 1);
            int end = trimEnd(text, inside, to);
            add(found, open, to, inside, end);
            findSingle(text, inside, to, found);
        }
        if (open < 0) {
            findSingleOutsideDouble(text, from, to, found);
        }
    }

    /** A ” at a word start is a mistyped opening mark (“ and ” are confused by some publishing systems). */
    private static boolean opensHere(String text, int i, int from) {
        return (i == from || Character.isWhitespace(text.charAt(i - 1)))
                && i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1));
    }

    private static boolean closesHere(String text, int i, int to) {
        return i + 1 >= to || !Character.isLetterOrDigit(text.charAt(i + 1));
    }

    /** ‘…’ inside a double quote: the closing ’ is the first one not inside a word (rebels’ main is possessive). */
    private static void findSingle(String text, int from, int to, List<QuotedText> found) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) != '‘' || i + 1 < to && Character.isWhitespace(text.charAt(i + 1))) {
                continue;
            }
            for (int j = i + 1; j < to; j++) {
                if (text.charAt(j) == '’' && (j + 1 >= to || !Character.isLetter(text.charAt(j + 1)))
                        && !Character.isWhitespace(text.charAt(j - 1))) {
                    add(found, i, j + 1, i + 1, j);
                    i = j;
                    break;
                }
            }
        }
    }

    /** Single quotes in a paragraph without double quotes (headings such as – ‘Empty words’ –). */
    private static void findSingleOutsideDouble(String text, int from, int to, List<QuotedText> found) {
        boolean hasDouble = false;
        for (QuotedText quote : found) {
            hasDouble |= quote.outerBegin() >= from && quote.outerEnd() <= to;
        }
        if (!hasDouble) {
            findSingle(text, from, to, found);
        }
    }

    private static int trimEnd(String text, int from, int to) {
        int end = to;
        while (end > from && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    private static void add(List<QuotedText> found, int outerBegin, int outerEnd, int begin, int end) {
        if (end > begin) {
            found.add(new QuotedText(outerBegin, outerEnd, begin, end));
        }
    }
}
