package org.sitrep.store.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.sitrep.model.Claim;
import org.sitrep.model.Document;
import org.sitrep.model.DocumentAnalysis;
import org.sitrep.model.Entity;
import org.sitrep.model.EntityType;
import org.sitrep.model.PlaceMention;
import org.sitrep.model.Quote;
import org.sitrep.model.Span;

/** Turns one analysis into the Lucene documents searched: the report, each entity, each quote, each claim. */
final class IndexedItems {

    static final String ID = "doc";
    static final String KIND = "kind";
    static final String TEXT = "text";
    static final String TITLE = "title";
    static final String OUTLET = "outlet";
    static final String PUBLISHED = "published";
    static final String BEGIN = "begin";
    static final String END = "end";

    /** Offsets in the postings let the highlighter mark matches without re-analysing each hit's text. */
    private static final FieldType TEXT_WITH_OFFSETS = new FieldType();

    static {
        TEXT_WITH_OFFSETS.setTokenized(true);
        TEXT_WITH_OFFSETS.setStored(true);
        TEXT_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        TEXT_WITH_OFFSETS.freeze();
    }

    private IndexedItems() {}

    static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        for (Facet facet : Facet.values()) {
            config.setMultiValued(facet.dimension(), facet.multiValued());
        }
        return config;
    }

    /** @param stories the ids of the stories the document belongs to, once the link stage has built them */
    static List<org.apache.lucene.document.Document> of(DocumentAnalysis analysis, Set<String> stories,
                                                        FacetsConfig config) {
        Document d = analysis.document();
        Map<Facet, Set<String>> facets = facetValues(analysis);
        facets.put(Facet.STORY, nonBlank(stories));
        List<org.apache.lucene.document.Document> items = new ArrayList<>();
        String title = d.title() != null ? d.title() : "";
        items.add(item(d, "document", (title + "\n" + d.cleanText()).strip(), 0, d.cleanText().length(), facets, config));
        for (Entity entity : analysis.entities()) {
            List<String> names = new ArrayList<>(List.of(entity.canonicalName()));
            names.addAll(entity.aliases());
            names.addAll(entity.descriptions());
            String text = String.join("; ", names);
            Span first = entity.mentions().isEmpty() ? null : entity.mentions().get(0);
            items.add(item(d, "entity", text, first != null ? first.begin() : 0, first != null ? first.end() : 0,
                    facets, config));
        }
        for (Quote quote : analysis.quotes()) {
            String speaker = quote.speaker() != null && quote.speaker().name() != null ? " — " + quote.speaker().name() : "";
            items.add(item(d, "quote", quote.span().text() + speaker, quote.span().begin(), quote.span().end(),
                    facets, config));
        }
        for (Claim claim : analysis.claims()) {
            items.add(item(d, "claim", claim.span().text(), claim.span().begin(), claim.span().end(), facets, config));
        }
        return items;
    }

    private static org.apache.lucene.document.Document item(Document d, String kind, String text, int begin, int end,
                                                             Map<Facet, Set<String>> facets, FacetsConfig config) {
        org.apache.lucene.document.Document item = new org.apache.lucene.document.Document();
        item.add(new StringField(ID, d.id(), Field.Store.YES));
        item.add(new StringField(KIND, kind, Field.Store.YES));
        item.add(new Field(TEXT, text, TEXT_WITH_OFFSETS));
        item.add(new StoredField(BEGIN, begin));
        item.add(new StoredField(END, end));
        if (d.title() != null) {
            item.add(new StoredField(TITLE, d.title()));
        }
        if (d.outlet() != null) {
            item.add(new StoredField(OUTLET, d.outlet()));
        }
        if (d.published() != null) {
            item.add(new StoredField(PUBLISHED, d.published().date().toString()));
        }
        item.add(new SortedSetDocValuesFacetField(Facet.KIND.dimension(), kind));
        facets.forEach((facet, values) -> values.forEach(value ->
                item.add(new SortedSetDocValuesFacetField(facet.dimension(), value))));
        try {
            return config.build(item);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Map<Facet, Set<String>> facetValues(DocumentAnalysis analysis) {
        Document d = analysis.document();
        Set<String> entities = new LinkedHashSet<>();
        Set<String> places = new LinkedHashSet<>();
        for (Entity entity : analysis.entities()) {
            entities.add(entity.canonicalName());
            if (entity.type() == EntityType.LOCATION || entity.type() == EntityType.GPE) {
                places.add(entity.canonicalName());
            }
        }
        for (PlaceMention place : analysis.places()) {
            if (place.resolved() != null) {
                places.add(place.resolved().name());
            }
        }
        Map<Facet, Set<String>> values = new java.util.EnumMap<>(Facet.class);
        values.put(Facet.ENTITY, nonBlank(entities));
        values.put(Facet.PLACE, nonBlank(places));
        values.put(Facet.OUTLET, d.outlet() != null ? nonBlank(Set.of(d.outlet())) : Set.of());
        values.put(Facet.DATE, d.published() != null ? Set.of(d.published().date().toString()) : Set.of());
        return values;
    }

    private static Set<String> nonBlank(Set<String> values) {
        Set<String> kept = new LinkedHashSet<>();
        values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).forEach(kept::add);
        return kept;
    }
}
