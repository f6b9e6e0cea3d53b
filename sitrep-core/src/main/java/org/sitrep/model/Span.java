package org.sitrep.model;

/**
 * A stretch of a document's clean text: where every extraction comes from.
 * Offsets are character offsets into {@link Document#cleanText()}, end exclusive.
 */
public record Span(String documentId, int begin, int end, String text) {
    public Span {
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("bad span [" + begin + ", " + end + ") in " + documentId);
        }
    }

    public static Span of(String documentId, String cleanText, int begin, int end) {
        return new Span(documentId, begin, end, cleanText.substring(begin, end));
    }

    public boolean contains(Span other) {
        return documentId.equals(other.documentId) && begin <= other.begin && other.end <= end;
    }

    public boolean overlaps(Span other) {
        return documentId.equals(other.documentId) && begin < other.end && other.begin < end;
    }
}
