package org.sitrep.serve;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.store.search.Facet;
import org.sitrep.store.search.SearchHit;
import org.sitrep.store.search.SearchIndex;
import org.sitrep.store.search.SearchQuery;
import org.sitrep.store.search.SearchResult;

/** {@code GET /api/v1/search}: the workspace's search (as {@code sitrep search}) with its facet counts. */
final class SearchEndpoints {

    /** Lucene collects offset + limit hits to skip the first offset: deep pages cost, so they stop here. */
    private static final int MAX_DEPTH = 10_000;

    private final SearchIndex index;
    private final Runnable linkFirst;

    /** @param linkFirst links the workspace if it changed, which gives the index's story facet its stories */
    SearchEndpoints(SearchIndex index, Runnable linkFirst) {
        this.index = index;
        this.linkFirst = linkFirst;
    }

    record Found(long total, int offset, int limit, List<SearchHit> items, Map<String, List<SearchResult.FacetCount>> facets) {}

    void search(Context ctx) {
        Paging paging = Paging.of(ctx);
        if ((long) paging.offset() + paging.limit() > MAX_DEPTH) {
            throw new BadParameter("offset", "offset + limit must stay within " + MAX_DEPTH);
        }
        SearchQuery query = new SearchQuery(Params.text(ctx, "q"), List.of(), paging.offset() + paging.limit());
        for (String facet : ctx.queryParams("facet")) {
            try {
                var value = SearchQuery.FacetValue.parse(facet);
                query = query.narrowedTo(value.facet(), value.value());
            } catch (IllegalArgumentException e) {
                throw new BadParameter("facet", e.getMessage());
            }
        }
        linkFirst.run();
        SearchResult result;
        try {
            result = index.search(query);
        } catch (IllegalArgumentException e) {
            throw new BadParameter("q", e.getMessage());
        }
        List<SearchHit> hits = result.hits();
        List<SearchHit> page = hits.subList(Math.min(paging.offset(), hits.size()), hits.size());
        Map<String, List<SearchResult.FacetCount>> facets = new LinkedHashMap<>();
        for (Facet facet : Facet.values()) { // in the enum's order, as sitrep search lists them
            facets.put(facet.dimension(), result.facets().getOrDefault(facet, List.of()));
        }
        ctx.json(new Found(result.totalHits(), paging.offset(), paging.limit(), List.copyOf(page), facets));
    }
}
