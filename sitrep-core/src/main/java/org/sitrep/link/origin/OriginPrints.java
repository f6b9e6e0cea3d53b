package org.sitrep.link.origin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.sitrep.model.Document;
import org.sitrep.model.DocumentAnalysis;
import org.sitrep.model.Quote;
import org.sitrep.model.Span;

/**
 * What of each report {@link SharedOrigins} compares with the others: its paragraphs with their MinHash signatures
 * and its long direct quotes. Hashing the paragraphs is most of the cost of finding shared origins and depends on
 * the report alone, so a workspace that links again after an ingest keeps the prints of the reports it had and
 * computes only the new ones'.
 */
public final class OriginPrints {

    /** One report's print. */
    record Print(List<Paragraph> paragraphs, List<long[]> signatures, Map<String, Span> quotes) {}

    private final Map<String, Print> byDocument = new ConcurrentHashMap<>();

    /** Forgets the prints of documents no longer linked (an older version of a source, a deleted document). */
    public void retainOnly(Set<String> documentIds) {
        byDocument.keySet().retainAll(documentIds);
    }

    /** A report's print, computed the first time it is asked for (a document's id is the hash of its content). */
    Print of(DocumentAnalysis analysis) {
        return byDocument.computeIfAbsent(analysis.document().id(), id -> print(analysis));
    }

    private static Print print(DocumentAnalysis analysis) {
        Document document = analysis.document();
        String text = document.cleanText() == null ? "" : document.cleanText();
        List<Paragraph> paragraphs = Paragraph.of(document.id(), text);
        List<long[]> signatures = new ArrayList<>(paragraphs.size());
        for (Paragraph paragraph : paragraphs) {
            signatures.add(MinHash.signature(Shingles.of(text.substring(paragraph.begin(), paragraph.end()))));
        }
        return new Print(List.copyOf(paragraphs), List.copyOf(signatures), quotes(analysis));
    }

    /** Direct quotes long enough to say one report took them from another, by their folded words. */
    private static Map<String, Span> quotes(DocumentAnalysis analysis) {
        Map<String, Span> own = new LinkedHashMap<>();
        for (Quote quote : analysis.quotes()) {
            List<String> words = Shingles.words(quote.span().text());
            if (quote.direct() && words.size() >= SharedOrigins.MIN_QUOTE_WORDS) {
                own.putIfAbsent(String.join(" ", words), quote.span());
            }
        }
        return own;
    }
}
