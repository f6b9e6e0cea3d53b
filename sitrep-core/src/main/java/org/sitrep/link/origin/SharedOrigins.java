package org.sitrep.link.origin;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.model.Document;
import org.sitrep.model.DocumentAnalysis;
import org.sitrep.model.Span;

/**
 * Which reports share an origin, and why: the same wire agency (two outlets rewriting one AFP story), the same
 * direct quote word for word (a quote lifted from one report into another), or near-duplicate paragraphs (one
 * report's text copied into another, lightly edited). Reports that share an origin are not independent sources
 * for what they say on their own account.
 *
 * <p>Nothing is compared with all documents: near-duplicate paragraphs meet in MinHash band buckets
 * ({@link MinHash}), each paragraph joined only to the first paragraph of each bucket it falls in and kept when the
 * signatures agree on at least {@link #NEAR_DUPLICATE} of their positions; quotes meet in a hash of their folded
 * words; wire agencies by name.
 */
public final class SharedOrigins {

    /** Estimated shingle Jaccard from which two paragraphs are one passage copied: edited copies of wire paragraphs
     *  keep well above half their 4-word runs, two reports of one event in their own words share far fewer. */
    static final double NEAR_DUPLICATE = 0.5;
    /** Direct quotes shorter than this (words) are too common to say that one report took them from another. */
    static final int MIN_QUOTE_WORDS = 6;

    private final Map<String, Document> documents = new HashMap<>();
    private final List<String> documentOrder = new ArrayList<>();
    private final Map<String, Integer> documentIndex = new HashMap<>();
    private Partition origins = new Partition(0);
    private final Map<String, List<Paragraph>> paragraphsByDocument = new HashMap<>();
    private final Map<Paragraph, Integer> passageOf = new HashMap<>();
    private final Map<String, Set<Integer>> passagesByDocument = new HashMap<>();
    private final Map<String, Map<String, Span>> quotesByDocument = new HashMap<>();

    private SharedOrigins() {}

    public static SharedOrigins of(List<DocumentAnalysis> analyses) {
        return of(analyses, new OriginPrints());
    }

    /** @param prints each report's paragraphs hashed and quotes folded, kept between links by a workspace */
    public static SharedOrigins of(List<DocumentAnalysis> analyses, OriginPrints prints) {
        SharedOrigins origins = new SharedOrigins();
        List<Paragraph> paragraphs = new ArrayList<>();
        List<long[]> signatures = new ArrayList<>();
        for (DocumentAnalysis analysis : analyses) {
            Document document = analysis.document();
            if (origins.documents.put(document.id(), document) == null) {
                origins.documentIndex.put(document.id(), origins.documentOrder.size());
                origins.documentOrder.add(document.id());
            }
            OriginPrints.Print print = prints.of(analysis);
            origins.paragraphsByDocument.put(document.id(), print.paragraphs());
            paragraphs.addAll(print.paragraphs());
            signatures.addAll(print.signatures());
            origins.quotesByDocument.put(document.id(), print.quotes());
        }
        origins.findPassages(paragraphs, signatures);
        origins.joinOrigins();
        return origins;
    }

    /** Reports joined by a shared wire, passage or quote: each joined to the first report that has it. */
    private void joinOrigins() {
        origins = new Partition(documentOrder.size());
        Map<String, Integer> first = new HashMap<>();
        for (int i = 0; i < documentOrder.size(); i++) {
            String id = documentOrder.get(i);
            List<String> keys = new ArrayList<>();
            Document document = documents.get(id);
            if (present(document.wireAgency())) {
                keys.add("wire:" + document.wireAgency().toLowerCase(java.util.Locale.ROOT));
            }
            passagesByDocument.getOrDefault(id, Set.of()).forEach(passage -> keys.add("passage:" + passage));
            quotesByDocument.getOrDefault(id, Map.of()).keySet().forEach(quote -> keys.add("quote:" + quote));
            for (String key : keys) {
                Integer earlier = first.putIfAbsent(key, i);
                if (earlier != null) {
                    origins.join(earlier, i);
                }
            }
        }
    }

    /** Why two reports share an origin, if they do: "both carry AFP's wire", a shared quote or paragraph. */
    public Optional<String> between(String documentA, String documentB) {
        if (documentA.equals(documentB)) {
            return Optional.of("the same report");
        }
        Document a = documents.get(documentA);
        Document b = documents.get(documentB);
        if (a == null || b == null) {
            return Optional.empty();
        }
        if (present(a.wireAgency()) && a.wireAgency().equalsIgnoreCase(b.wireAgency())) {
            return Optional.of("both rewrite the " + a.wireAgency() + " wire");
        }
        Set<Integer> shared = new HashSet<>(passagesByDocument.getOrDefault(documentA, Set.of()));
        shared.retainAll(passagesByDocument.getOrDefault(documentB, Set.of()));
        if (!shared.isEmpty()) {
            return Optional.of(shared.size() + " paragraph" + (shared.size() == 1 ? " is" : "s are")
                    + " near-duplicates of each other");
        }
        Map<String, Span> quotesB = quotesByDocument.getOrDefault(documentB, Map.of());
        for (var quote : quotesByDocument.getOrDefault(documentA, Map.of()).entrySet()) {
            if (quotesB.containsKey(quote.getKey())) {
                return Optional.of("both quote “" + abbreviated(quote.getValue().text()) + "” word for word");
            }
        }
        return Optional.empty();
    }

    /** Whether two spans sit in paragraphs that are near-duplicates of each other: the same passage copied. */
    public boolean samePassage(Span a, Span b) {
        Integer passageA = passageAt(a);
        return passageA != null && passageA.equals(passageAt(b));
    }

    /**
     * The origin a report belongs to: reports joined, directly or through others, by a shared wire, a shared
     * passage or a quote taken word for word have one origin (the id of its first report); a report sharing
     * nothing is its own.
     */
    public String originOf(String documentId) {
        Integer index = documentIndex.get(documentId);
        return index == null ? documentId : documentOrder.get(origins.root(index));
    }

    /** The copied passage a span sits in (paragraphs near-duplicates of one another share it), or null. */
    public Integer passageAt(Span span) {
        for (Paragraph paragraph : paragraphsByDocument.getOrDefault(span.documentId(), List.of())) {
            if (paragraph.contains(span)) {
                return passageOf.get(paragraph);
            }
        }
        return null;
    }

    /**
     * Paragraphs joined into passages: in each band bucket every paragraph is compared with the bucket's first one
     * only (a star, not all pairs), and joined when their signatures agree; copies of copies meet through the
     * first, since each copy agrees with it.
     */
    private void findPassages(List<Paragraph> paragraphs, List<long[]> signatures) {
        Partition passages = new Partition(paragraphs.size());
        for (int band = 0; band < MinHash.BANDS; band++) {
            Map<Long, Integer> firstInBucket = new HashMap<>();
            for (int i = 0; i < paragraphs.size(); i++) {
                Integer first = firstInBucket.putIfAbsent(MinHash.bandKey(signatures.get(i), band), i);
                if (first != null && !paragraphs.get(first).documentId().equals(paragraphs.get(i).documentId())
                        && MinHash.similarity(signatures.get(first), signatures.get(i)) >= NEAR_DUPLICATE) {
                    passages.join(first, i);
                }
            }
        }
        Map<Integer, Integer> sizes = new HashMap<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            sizes.merge(passages.root(i), 1, Integer::sum);
        }
        for (int i = 0; i < paragraphs.size(); i++) {
            int passage = passages.root(i);
            if (sizes.get(passage) > 1) {
                Paragraph paragraph = paragraphs.get(i);
                passageOf.put(paragraph, passage);
                passagesByDocument.computeIfAbsent(paragraph.documentId(), id -> new HashSet<>()).add(passage);
            }
        }
    }

    private static String abbreviated(String text) {
        String stripped = text.strip();
        return stripped.length() <= 60 ? stripped : stripped.substring(0, 57).strip() + "…";
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
