package org.sitrep.link.origin;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.Span;

/**
 * A paragraph of a report's clean text (a line; cleaning keeps one paragraph per line), the unit near-duplicates are
 * found in: rewrites of one wire story keep most paragraphs nearly as they were and change the rest.
 */
record Paragraph(String documentId, int begin, int end) {

    /** Paragraphs shorter than this (in words) are datelines, crossheads and captions, too short to tell copying. */
    static final int MIN_WORDS = 12;

    static List<Paragraph> of(String documentId, String cleanText) {
        List<Paragraph> paragraphs = new ArrayList<>();
        int begin = 0;
        while (begin < cleanText.length()) {
            int end = cleanText.indexOf('\n', begin);
            end = end < 0 ? cleanText.length() : end;
            if (Shingles.words(cleanText.substring(begin, end)).size() >= MIN_WORDS) {
                paragraphs.add(new Paragraph(documentId, begin, end));
            }
            begin = end + 1;
        }
        return paragraphs;
    }

    boolean contains(Span span) {
        return documentId.equals(span.documentId()) && begin <= span.begin() && span.end() <= end;
    }
}
