package org.sitrep.report;

import java.nio.file.Path;
import org.sitrep.model.Document;

/**
 * How a document is named to a reader: its title; an untitled report (a scrape that kept no headline) by the first
 * words of its lede in quote marks, as a newsroom names a story it has no slug for; its file name only when it has
 * no text either. A hash-named file says nothing to a reader.
 */
public final class Labels {

    /** About the length of a headline: enough words to tell two reports of one story apart. */
    static final int LEDE_CHARACTERS = 60;

    private Labels() {}

    public static String of(Document document) {
        if (document.title() != null && !document.title().isBlank()) {
            return document.title();
        }
        String lede = lede(document.cleanText());
        return lede.isEmpty() ? Path.of(document.source()).getFileName().toString() : "“" + lede + "”";
    }

    /** The first paragraph's opening words, cut at a word and marked "…" when cut. */
    private static String lede(String cleanText) {
        if (cleanText == null) {
            return "";
        }
        String first = cleanText.strip().lines().findFirst().orElse("").strip();
        if (first.length() <= LEDE_CHARACTERS) {
            return first;
        }
        int cut = first.lastIndexOf(' ', LEDE_CHARACTERS);
        return first.substring(0, cut > 0 ? cut : LEDE_CHARACTERS).replaceAll("[\\p{Punct}\\s]+$", "") + "…";
    }
}
