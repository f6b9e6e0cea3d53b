package org.sitrep.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.sitrep.store.search.Facet;
import org.sitrep.store.search.SearchHit;
import org.sitrep.store.search.SearchIndex;
import org.sitrep.store.search.SearchQuery;
import org.sitrep.store.search.SearchResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sitrep search}: full-text search of a workspace, narrowed by facets. */
@Command(
        name = "search",
        mixinStandardHelpOptions = true,
        description = {
                "Searches a workspace's documents, entities, quotes and claims. QUERY is Lucene syntax: words, "
                        + "\"a phrase\", AND / OR / NOT, displac* ; '*' for everything.",
                "Each hit names its kind, document, outlet, date and character span, with a snippet whose matching "
                        + "words are marked «like this»; then, per facet, the commonest values among all hits.",
                "Facets: outlet, entity, place, date (2016-02-05), story, kind (document, entity, quote, claim).",
                "Reads only the search index, so it works while sitrep ingest adds to the same workspace."})
public final class SearchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "QUERY", description = "What to look for.")
    String query;

    @Option(names = "--workspace", paramLabel = "DIR", required = true, description = "The workspace folder.")
    Path workspace;

    @Option(names = "--facet", paramLabel = "NAME=VALUE",
            description = "Keep only hits with this facet value, e.g. --facet entity=UNHCR --facet kind=quote.")
    List<String> facets;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "Hits shown (default: ${DEFAULT-VALUE}).")
    int limit;

    @Override
    public Integer call() {
        if (!Files.isDirectory(workspace.resolve("index"))) {
            throw new ParameterException(spec.commandLine(), "--workspace: no search index under "
                    + workspace.toAbsolutePath().normalize() + " (is it a workspace? sitrep ingest makes one)");
        }
        SearchQuery search;
        try {
            search = new SearchQuery(query, facets == null ? List.of()
                    : facets.stream().map(SearchQuery.FacetValue::parse).toList(), limit);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        SearchResult result;
        try (SearchIndex index = SearchIndex.openForReading(workspace.resolve("index"))) {
            result = index.search(search);
        } catch (IllegalArgumentException e) { // the query's syntax
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        print(result, spec.commandLine().getOut());
        return 0;
    }

    private static void print(SearchResult result, PrintWriter out) {
        out.printf(Locale.ROOT, "%d hit(s)%n", result.totalHits());
        int rank = 0;
        for (SearchHit hit : result.hits()) {
            out.printf(Locale.ROOT, "%n%d. [%s] %s%n   %s%s, document %s, characters %d–%d%n   %s%n", ++rank, hit.kind(),
                    hit.title() != null ? hit.title() : "(untitled)",
                    hit.outlet() != null ? hit.outlet() : "outlet unknown",
                    hit.published() != null ? ", " + hit.published() : ", undated",
                    hit.documentId(), hit.begin(), hit.end(), hit.snippet());
        }
        if (result.totalHits() > 0) {
            out.println();
            for (Facet facet : Facet.values()) {
                List<SearchResult.FacetCount> counts = result.facets().getOrDefault(facet, List.of());
                if (!counts.isEmpty()) {
                    out.println(facet.dimension() + ": " + counts.stream()
                            .map(c -> c.value() + " (" + c.count() + ")").collect(Collectors.joining(", ")));
                }
            }
        }
        out.flush();
    }
}
