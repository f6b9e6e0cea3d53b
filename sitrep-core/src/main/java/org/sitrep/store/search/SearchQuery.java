package org.sitrep.store.search;

import java.util.List;

/**
 * A full-text query (Lucene syntax: words, "phrases", AND/OR, kind:quote…; blank for everything),
 * narrowed to items having every facet value given.
 */
public record SearchQuery(String text, List<FacetValue> filters, int limit) {
    public SearchQuery {
        filters = List.copyOf(filters);
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, not " + limit);
        }
    }

    public static SearchQuery of(String text) {
        return new SearchQuery(text, List.of(), 10);
    }

    public SearchQuery narrowedTo(Facet facet, String value) {
        List<FacetValue> more = new java.util.ArrayList<>(filters);
        more.add(new FacetValue(facet, value));
        return new SearchQuery(text, more, limit);
    }

    /** One facet value, as given on the command line: {@code entity=UNHCR}. */
    public record FacetValue(Facet facet, String value) {
        public static FacetValue parse(String given) {
            int equals = given.indexOf('=');
            if (equals <= 0 || equals == given.length() - 1) {
                throw new IllegalArgumentException("a facet is NAME=VALUE (entity=UNHCR), not '" + given + "'");
            }
            return new FacetValue(Facet.named(given.substring(0, equals)), given.substring(equals + 1).strip());
        }
    }
}
