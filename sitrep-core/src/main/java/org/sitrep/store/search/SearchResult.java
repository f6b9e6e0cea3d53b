package org.sitrep.store.search;

import java.util.List;
import java.util.Map;

/** The best hits, how many items matched in all, and for each facet the commonest values among them. */
public record SearchResult(long totalHits, List<SearchHit> hits, Map<Facet, List<FacetCount>> facets) {
    public SearchResult {
        hits = List.copyOf(hits);
        facets = Map.copyOf(facets);
    }

    public record FacetCount(String value, int count) {}
}
