package org.sitrep.store.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Document;
import org.sitrep.model.DocumentAnalysis;
import org.sitrep.model.Entity;
import org.sitrep.model.Quote;
import org.sitrep.testing.Samples;

class SearchIndexTest {

    @TempDir
    Path folder;

    /** The dated samples, given the outlets that carried them (their sidecars only say when). */
    private static final DocumentAnalysis AFP = withOutlet(Samples.document(Samples.dated(), Samples.AFP), "Al Arabiya");
    private static final DocumentAnalysis REUTERS = withOutlet(Samples.document(Samples.dated(), Samples.REUTERS), "Reuters");

    private SearchIndex indexOfBoth() {
        SearchIndex index = SearchIndex.open(folder);
        index.add(AFP);
        index.add(REUTERS);
        index.commit();
        return index;
    }

    @Test
    void aWordFindsTheReportsAndTheirItemsWithTheWordMarkedInEverySnippet() {
        try (SearchIndex index = indexOfBoth()) {
            SearchResult result = index.search(SearchQuery.of("Aleppo"));

            assertThat(result.totalHits()).isGreaterThan(2);
            assertThat(result.hits()).extracting(SearchHit::documentId)
                    .contains(AFP.document().id(), REUTERS.document().id());
            assertThat(result.hits()).allSatisfy(hit -> assertThat(hit.snippet()).containsIgnoringCase("«Aleppo»"));
            assertThat(counts(result, Facet.OUTLET)).containsKeys("Al Arabiya", "Reuters");
            assertThat(counts(result, Facet.DATE)).containsKeys("2016-02-05", "2016-02-08");
            assertThat(counts(result, Facet.KIND)).containsKey("document");
        }
    }

    @Test
    void facetsNarrowTheHitsAndEachQuoteHitPointsAtItsSpan() {
        try (SearchIndex index = indexOfBoth()) {
            SearchResult quotes = index.search(new SearchQuery("*", List.of(
                    new SearchQuery.FacetValue(Facet.KIND, "quote"),
                    new SearchQuery.FacetValue(Facet.DATE, "2016-02-05")), 100));

            assertThat(quotes.totalHits()).isEqualTo(AFP.quotes().size()).isPositive();
            Set<List<Integer>> spans = AFP.quotes().stream().map(Quote::span)
                    .map(span -> List.of(span.begin(), span.end())).collect(Collectors.toSet());
            assertThat(quotes.hits()).allSatisfy(hit -> {
                assertThat(hit.kind()).isEqualTo("quote");
                assertThat(hit.outlet()).isEqualTo("Al Arabiya");
                assertThat(hit.published()).isEqualTo("2016-02-05");
                assertThat(List.of(hit.begin(), hit.end())).isIn(spans);
            });
        }
    }

    @Test
    void anEntityFacetKeepsOnlyTheReportsThatNameIt() {
        Set<String> inReuters = REUTERS.entities().stream().map(Entity::canonicalName).collect(Collectors.toSet());
        String onlyInAfp = AFP.entities().stream().map(Entity::canonicalName)
                .filter(name -> !inReuters.contains(name)).findFirst().orElseThrow();
        try (SearchIndex index = indexOfBoth()) {
            SearchResult result = index.search(new SearchQuery("*", List.of(), 500).narrowedTo(Facet.ENTITY, onlyInAfp));

            assertThat(result.hits()).isNotEmpty()
                    .allSatisfy(hit -> assertThat(hit.documentId()).isEqualTo(AFP.document().id()));
            assertThat(result.totalHits()).as("the report, its entities, quotes and claims")
                    .isEqualTo(1 + AFP.entities().size() + AFP.quotes().size() + AFP.claims().size());
        }
    }

    @Test
    void indexingADocumentAgainReplacesItsItemsAndABadQueryIsExplained() {
        try (SearchIndex index = indexOfBoth()) {
            long before = index.search(SearchQuery.of("*")).totalHits();
            index.add(AFP);

            assertThat(index.search(SearchQuery.of("*")).totalHits()).isEqualTo(before);
            assertThat(index.documentIds()).containsExactlyInAnyOrder(AFP.document().id(), REUTERS.document().id());
            assertThatThrownBy(() -> index.search(SearchQuery.of("refugees AND (")))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("refugees AND (");
        }
    }

    private static java.util.Map<String, Integer> counts(SearchResult result, Facet facet) {
        return result.facets().get(facet).stream()
                .collect(Collectors.toMap(SearchResult.FacetCount::value, SearchResult.FacetCount::count));
    }

    private static DocumentAnalysis withOutlet(DocumentAnalysis analysis, String outlet) {
        Document d = analysis.document();
        return new DocumentAnalysis(new Document(d.id(), d.source(), d.url(), outlet, d.wireAgency(), d.wireSignals(),
                d.byline(), d.dateline(), d.credits(), d.published(), d.language(), d.title(), d.rawText(), d.cleanText(),
                d.removed(), d.ingestedAt()), analysis.entities(), analysis.times(), analysis.places(), analysis.quotes(),
                analysis.claims(), analysis.events());
    }
}
