package org.sitrep.link.story;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Turns text into {@link TermCounts} with Lucene's English analysis chain (standard tokenizer, possessives,
 * lower case, English stop words, Porter stemmer), so that "tapering" and "taper", "Fed's" and "Fed" meet.
 */
public final class TextTerms {

    private final Analyzer analyzer = new EnglishAnalyzer();

    public TermCounts of(String text) {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, String> surfaces = new HashMap<>();
        try (TokenStream tokens = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                String stem = term.toString();
                // Numbers alone ("2014", "1") say little about which story a text belongs to.
                if (stem.length() < 2 || stem.chars().allMatch(Character::isDigit)) {
                    continue;
                }
                counts.merge(stem, 1, Integer::sum);
                surfaces.putIfAbsent(stem, surface(text, offset.startOffset(), offset.endOffset()));
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing a string cannot fail to read", e);
        }
        return new TermCounts(counts, surfaces);
    }

    private static String surface(String text, int begin, int end) {
        String word = text.substring(begin, end);
        return word.endsWith("'s") || word.endsWith("’s") ? word.substring(0, word.length() - 2) : word;
    }
}
