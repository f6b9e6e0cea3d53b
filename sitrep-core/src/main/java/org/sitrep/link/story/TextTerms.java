package org.sitrep.link.story;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.util.IOUtils;

/**
 * Turns text into {@link TermCounts} with Lucene's English analysis chain (standard tokenizer, possessives,
 * lower case, stop words, Porter stemmer), so that "tapering" and "taper", "Fed's" and "Fed" meet.
 */
public final class TextTerms {

    /**
     * The Snowball project's English stop list (174 words, shipped in lucene-analysis-common) rather than
     * EnglishAnalyzer's default 33: in a stream of few long articles idf cannot yet tell that "has", "were" or
     * "about" say nothing about a story, and they made up labels and inflated similarity between unrelated reports.
     */
    private static final CharArraySet STOP_WORDS = snowballEnglish();

    private final Analyzer analyzer = new EnglishAnalyzer(STOP_WORDS);

    private static CharArraySet snowballEnglish() {
        try (InputStream list = SnowballFilter.class.getResourceAsStream("english_stop.txt")) {
            if (list == null) {
                throw new IOException("no english_stop.txt beside " + SnowballFilter.class.getName());
            }
            return WordlistLoader.getSnowballWordSet(IOUtils.getDecodingReader(list, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("the English stop list is missing from lucene-analysis-common", e);
        }
    }

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
