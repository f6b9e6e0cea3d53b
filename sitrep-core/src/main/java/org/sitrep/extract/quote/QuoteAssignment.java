package org.sitrep.extract.quote;

import edu.stanford.nlp.pipeline.CoreSentence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.model.Document;
import org.sitrep.model.Span;

/** Gives each quote in marks its attribution, and adds the reported speech not in marks (see {@link QuoteExtractor}). */
final class QuoteAssignment {

    /** Words outside quote marks an attribution's content must have to count as reported speech of its own. */
    private static final int MIN_INDIRECT_WORDS = 3;

    private final Document document;
    private final String text;
    private final List<CoreSentence> sentences;
    private final List<QuotedText> marks;
    private final List<ReportedSpeech> attributions;
    private final int[] lineStarts;

    QuoteAssignment(Document document, List<CoreSentence> sentences, List<QuotedText> marks,
                    List<ReportedSpeech> attributions) {
        this.document = document;
        this.text = document.cleanText();
        this.sentences = sentences;
        this.marks = marks;
        this.attributions = attributions;
        this.lineStarts = text.lines().count() == 0 ? new int[] {0} : lineStarts(text);
    }

    List<AttributedQuote> quotes() {
        List<AttributedQuote> found = new ArrayList<>();
        Map<ReportedSpeech, List<QuotedText>> quotesOf = new HashMap<>();
        AttributedQuote previousQuote = null;
        for (QuotedText quote : marks) {
            AttributedQuote attributed = attribute(quote, previousQuote);
            if (attributed != null) {
                found.add(attributed);
                previousQuote = attributed;
                if (!attributed.carriedOver()) {
                    quotesOf.computeIfAbsent(attributed.attribution(), k -> new ArrayList<>()).add(quote);
                }
            }
        }
        for (ReportedSpeech attribution : attributions) {
            int words = wordsOutside(attribution.content(), quotesOf.getOrDefault(attribution, List.of()));
            if (words > 0) {
                found.add(new AttributedQuote(attribution.content(), attribution.content(), false, attribution, false,
                        words < MIN_INDIRECT_WORDS));
            }
        }
        found.sort(QuoteExtractor.IN_TEXT_ORDER);
        return found;
    }

    private AttributedQuote attribute(QuotedText quote, AttributedQuote previousQuote) {
        Span inner = document.span(quote.begin(), quote.end());
        Span outer = document.span(quote.outerBegin(), quote.outerEnd());
        boolean label = QuoteExtractor.isLabelSized(inner.text());
        int from = Integer.MAX_VALUE;
        int to = -1;
        for (CoreSentence sentence : sentences) {
            int b = sentence.charOffsets().first();
            int e = sentence.charOffsets().second();
            if (b < quote.outerEnd() && quote.outerBegin() < e) {
                from = Math.min(from, b);
                to = Math.max(to, e);
            }
        }
        int sentencesFrom = from;
        int sentencesTo = to;
        List<ReportedSpeech> candidates = attributions.stream()
                .filter(a -> a.cueSpan().begin() >= sentencesFrom && a.cueSpan().end() <= sentencesTo)
                .sorted(Comparator.comparingInt(a -> distance(a.cueSpan(), quote)))
                .toList();
        for (ReportedSpeech a : candidates) {
            // a stance's object in quote marks is a label, not words of the speaker ("call the district the “zone”")
            if (a.content().overlaps(inner) && !(label && a.stance())) {
                return new AttributedQuote(inner, outer, true, a, false);
            }
        }
        if (label) {
            return null;
        }
        if (!candidates.isEmpty()) {
            return new AttributedQuote(inner, outer, true, candidates.get(0), false);
        }
        ReportedSpeech previous = previousAttribution(quote.outerBegin());
        int previousEnd = previous == null ? -1 : Math.max(previous.cueSpan().end(), previous.content().end());
        if (previousQuote != null && previousQuote.quoted().end() <= quote.outerBegin()
                && previousQuote.quoted().end() >= previousEnd) {
            previous = previousQuote.attribution();
            previousEnd = previousQuote.quoted().end();
        }
        if (previous != null && introduces(previous, quote)) {
            return new AttributedQuote(inner, outer, true, previous, false);
        }
        ReportedSpeech after = reportingClauseAfter(quote);
        if (after != null) {
            return new AttributedQuote(inner, outer, true, after, false);
        }
        if (previous != null && line(quote.outerBegin()) - line(Math.max(0, previousEnd - 1)) <= 1 + blankLinesBetween(
                previousEnd, quote.outerBegin())) {
            return new AttributedQuote(inner, outer, true, previous, true);
        }
        return null;
    }

    /** "Cruz continued:" and the quote right after it: the quote is what the cue introduces, not a carried-over one. */
    private boolean introduces(ReportedSpeech attribution, QuotedText quote) {
        Span content = attribution.content();
        return content.text().equals(":") && content.end() <= quote.outerBegin()
                && text.substring(content.end(), quote.outerBegin()).isBlank();
    }

    /** "“…?” she said.", the reporting clause a sentence of its own right after the quote: its content is its full stop. */
    private ReportedSpeech reportingClauseAfter(QuotedText quote) {
        for (ReportedSpeech a : attributions) {
            int sourceBegin = Math.min(a.source().span().begin(), a.cueSpan().begin());
            if (a.content().text().equals(".") && sourceBegin >= quote.outerEnd()
                    && text.substring(quote.outerEnd(), sourceBegin).isBlank()) {
                return a;
            }
        }
        return null;
    }

    /** The attribution ending last before {@code offset}. */
    private ReportedSpeech previousAttribution(int offset) {
        ReportedSpeech latest = null;
        int latestEnd = -1;
        for (ReportedSpeech a : attributions) {
            int end = Math.max(a.cueSpan().end(), a.content().end());
            if (end <= offset && end > latestEnd) {
                latest = a;
                latestEnd = end;
            }
        }
        return latest;
    }

    private static int distance(Span cue, QuotedText quote) {
        if (cue.end() <= quote.outerBegin()) {
            return quote.outerBegin() - cue.end();
        }
        return Math.max(0, cue.begin() - quote.outerEnd());
    }

    /** Words of {@code content} outside the given quotes. */
    private int wordsOutside(Span content, List<QuotedText> quotes) {
        StringBuilder outside = new StringBuilder();
        for (int i = content.begin(); i < content.end(); i++) {
            int offset = i;
            boolean quoted = quotes.stream().anyMatch(q -> q.contains(offset));
            outside.append(quoted ? ' ' : text.charAt(i));
        }
        return QuoteExtractor.words(outside.toString().replaceAll("[\\p{Punct}“”‘’–—]", " "));
    }

    private int line(int offset) {
        int index = java.util.Arrays.binarySearch(lineStarts, offset);
        return index >= 0 ? index : -index - 2;
    }

    /** Blank lines between two offsets: paragraphs separated by an empty line are still neighbours. */
    private int blankLinesBetween(int from, int to) {
        int blank = 0;
        for (int l = line(Math.max(0, from - 1)) + 1; l < line(to); l++) {
            int start = lineStarts[l];
            int end = l + 1 < lineStarts.length ? lineStarts[l + 1] : text.length();
            if (text.substring(start, end).isBlank()) {
                blank++;
            }
        }
        return blank;
    }

    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }
}
