package org.sitrep.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Dossier;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.report.JsonDossierWriter;
import org.sitrep.store.Workspace;
import org.sitrep.testing.Samples;

/**
 * The REST API over a workspace holding the two dated samples, through a real server on a free loopback port:
 * every endpoint, its filters and paging, and the errors bad parameters get.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ServeApiTest {

    @TempDir
    static Path folder;
    static Workspace workspace;
    static SitrepServer server;
    static String base;
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static Dossier samples;

    @BeforeAll
    static void serveTheSamples() {
        samples = Samples.dated();
        workspace = Workspace.open(folder.resolve("workspace"));
        samples.documents().forEach(workspace::add);
        workspace.index().commit();
        server = new SitrepServer(workspace, Pipeline::standard);
        base = "http://127.0.0.1:" + server.start("127.0.0.1", 0) + "/api/v1/";
    }

    @AfterAll
    static void stop() {
        server.close();
        workspace.close();
    }

    record Reply(int status, String contentType, String body) {
        JsonNode json() {
            try {
                return JsonDossierWriter.JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }
    }

    static Reply get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
    }

    static Reply post(String path, String body) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    static Reply send(HttpRequest request) {
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    /** A request as a client that does not check its URI would send it (HttpClient refuses malformed ones). */
    static String rawGet(String target) {
        URI uri = URI.create(base);
        try (var socket = new java.net.Socket(uri.getHost(), uri.getPort())) {
            socket.getOutputStream().write(("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    static JsonNode ok(String path) {
        Reply reply = get(path);
        assertThat(reply.status()).as(path + ": " + reply.body()).isEqualTo(200);
        return reply.json();
    }

    /** A 400 whose message names the parameter, and no stack trace. */
    static void badParameter(String path, String parameter) {
        Reply reply = get(path);
        assertThat(reply.status()).as(path).isEqualTo(400);
        assertThat(reply.json().get("status").asInt()).isEqualTo(400);
        assertThat(reply.json().get("message").asText()).startsWith(parameter + ":");
        assertThat(reply.body()).doesNotContain("at org.sitrep", "Exception");
    }

    static String storyId() {
        return ok("stories").get("items").get(0).get("id").asText();
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Test
    void bothSamplesAreOneStoryWithItsDossier() {
        JsonNode stories = ok("stories");
        assertThat(stories.get("total").asInt()).isEqualTo(samples.stories().size()).isEqualTo(1);
        JsonNode story = stories.get("items").get(0);
        assertThat(story.get("documents")).hasSize(2);
        assertThat(story.get("from").asText()).isEqualTo("2016-02-05");
        assertThat(story.get("to").asText()).isEqualTo("2016-02-08");

        assertThat(ok("stories/" + story.get("id").asText()).get("documents")).hasSize(2);
        JsonNode dossier = ok("stories/" + story.get("id").asText() + "/dossier");
        assertThat(dossier.get("documents")).hasSize(2);
        assertThat(dossier.get("claimGroups")).hasSize(samples.claimGroups().size());
    }

    @Test
    void unknownIdsAreNotFound() {
        for (String path : List.of("stories/no-such-story", "stories/no-such-story/dossier", "documents/0000",
                "jobs/job-999")) {
            Reply reply = get(path);
            assertThat(reply.status()).as(path).isEqualTo(404);
            assertThat(reply.json().get("message").asText()).contains("no-such-story".equals(path.split("/")[1])
                    ? "no-such-story" : path.split("/")[1]);
        }
        assertThat(rawGet("/api/v1/documents/%ZZ")).startsWith("HTTP/1.1 400").contains("application/json")
                .contains("\"status\":400").doesNotContain("<html", "<h1");
        Reply unknownPath = get("no/such/endpoint");
        assertThat(unknownPath.status()).isEqualTo(404);
        assertThat(unknownPath.json().get("status").asInt()).isEqualTo(404);
    }

    @Test
    void aWrongMethodOnAKnownEndpointIsNotAllowedNotMissing() {
        Reply reply = post("stories", "{}");
        assertThat(reply.status()).isEqualTo(405);
        assertThat(reply.json().get("status").asInt()).isEqualTo(405);
        assertThat(get("ingest").status()).isEqualTo(405);
    }

    @Test
    void documentsGiveCleanTextAndWhatCleaningRemoved() {
        JsonNode documents = ok("documents");
        assertThat(documents.get("total").asInt()).isEqualTo(2);
        for (JsonNode summary : documents.get("items")) {
            JsonNode document = ok("documents/" + summary.get("id").asText());
            var stored = Samples.document(samples, Path.of(document.get("source").asText()).getFileName().toString());
            assertThat(document.get("cleanText").asText()).isEqualTo(stored.document().cleanText());
            assertThat(document.get("removed")).hasSize(stored.document().removed().size());
            assertThat(document.get("stories")).hasSize(1);
        }
        assertThat(ok("documents?story=" + storyId()).get("total").asInt()).isEqualTo(2);
        badParameter("documents?story=nope", "story");
    }

    @Test
    void everyFigurePointsAtItsWordsAndItsSentence() {
        JsonNode claims = ok("claims?limit=1000");
        int inDossier = samples.documents().stream().mapToInt(d -> d.claims().size()).sum();
        assertThat(claims.get("total").asInt()).isEqualTo(inDossier).isPositive();
        for (JsonNode figure : claims.get("items")) {
            JsonNode evidence = figure.get("evidence");
            String text = ok("documents/" + evidence.get("documentId").asText()).get("cleanText").asText();
            int begin = evidence.get("begin").asInt(), end = evidence.get("end").asInt();
            assertThat(text.substring(begin, end)).isEqualTo(evidence.get("text").asText());
            assertThat(evidence.get("sentenceBegin").asInt()).isLessThanOrEqualTo(begin);
            assertThat(evidence.get("sentenceEnd").asInt()).isGreaterThanOrEqualTo(end);
            assertThat(text.substring(evidence.get("sentenceBegin").asInt(), evidence.get("sentenceEnd").asInt()))
                    .isEqualTo(evidence.get("sentence").asText());
        }
    }

    @Test
    void figuresAndTheirGroupsFilterByMeasureAndVerdict() {
        long stranded = samples.documents().stream().flatMap(d -> d.claims().stream())
                .filter(c -> "stranded".equals(c.measure())).count();
        JsonNode strandedFigures = ok("claims?measure=stranded&limit=1000");
        assertThat(strandedFigures.get("total").asLong()).isEqualTo(stranded).isPositive();
        strandedFigures.get("items").forEach(f -> assertThat(f.get("measure").asText()).isEqualTo("stranded"));

        JsonNode groups = ok("claim-groups?limit=1000");
        assertThat(groups.get("total").asInt()).isEqualTo(samples.claimGroups().size());
        int byVerdict = 0;
        for (String verdict : List.of("corroborated", "consistent", "conflicting", "single-source")) {
            JsonNode some = ok("claim-groups?limit=1000&verdict=" + verdict);
            some.get("items").forEach(g -> {
                assertThat(g.get("verdict").asText()).isEqualTo(verdict);
                assertThat(g.get("independentSources").asInt()).isPositive();
                g.get("figures").forEach(f -> assertThat(f.get("verdict").asText()).isEqualTo(verdict));
            });
            byVerdict += some.get("total").asInt();
            ok("claims?limit=1000&verdict=" + verdict).get("items")
                    .forEach(f -> assertThat(f.get("verdict").asText()).isEqualTo(verdict));
        }
        assertThat(byVerdict).isEqualTo(groups.get("total").asInt());
        badParameter("claims?measure=bananas", "measure");
        badParameter("claim-groups?verdict=maybe", "verdict");
    }

    @Test
    void placesAreGeoJsonPointsAtTheGazetteersCoordinates() {
        JsonNode places = ok("places?limit=1000");
        assertThat(places.get("type").asText()).isEqualTo("FeatureCollection");
        assertThat(get("places").contentType()).startsWith("application/geo+json");
        Set<String> resolved = new HashSet<>();
        samples.documents().forEach(d -> d.places().stream().filter(m -> m.resolved() != null)
                .forEach(m -> resolved.add(m.resolved().gazetteerId())));
        assertThat(places.get("total").asInt()).isEqualTo(resolved.size());
        for (JsonNode feature : places.get("features")) {
            String id = feature.get("properties").get("gazetteerId").asText();
            var place = samples.documents().stream().flatMap(d -> d.places().stream())
                    .filter(m -> m.resolved() != null && m.resolved().gazetteerId().equals(id)).findFirst().orElseThrow()
                    .resolved();
            assertThat(feature.get("geometry").get("coordinates").get(0).asDouble()).isEqualTo(place.longitude());
            assertThat(feature.get("geometry").get("coordinates").get(1).asDouble()).isEqualTo(place.latitude());
            assertThat(feature.get("properties").get("evidence")).isNotEmpty();
        }
        JsonNode page = ok("places?limit=2&offset=1");
        assertThat(page.get("features")).hasSize(2);
        assertThat(page.get("features").get(0)).isEqualTo(places.get("features").get(1));
    }

    @Test
    void eventsAreCheckedAndFiltered() {
        long events = samples.events().size();
        assertThat(ok("events").get("total").asLong()).isEqualTo(events);
        // the capture of Mayer, told by both reports, is one event with two sources
        assertThat(ok("events?place=Mayer&limit=100").get("items")).anySatisfy(event ->
                assertThat(event.get("independentSources").asInt()).isEqualTo(2));
        assertThat(ok("events?type=battle&from=2016-02-01&to=2016-02-28&actor=army&place=Aleppo").get("total").asLong())
                .isLessThanOrEqualTo(events);
        badParameter("events?from=last-week", "from");
        badParameter("events?from=2016-02-08&to=2016-02-01", "to");
    }

    @Test
    void theTimelineIsInCalendarOrderWithItsEvidence() {
        JsonNode rows = ok("timeline?limit=1000").get("items");
        assertThat(rows).isNotEmpty();
        List<String> dates = new ArrayList<>();
        rows.forEach(row -> dates.add(row.get("date").asText()));
        assertThat(dates).isSorted();
        assertThat(dates).contains("2016-02-05", "2016-02-08");
        // a dated mention is shown by the sentence that holds it, not by the date expression alone
        rows.forEach(row -> {
            if (row.get("kind").asText().equals("date")) {
                assertThat(row.get("text").asText()).contains(row.get("evidence").get("text").asText())
                        .isEqualTo(row.get("evidence").get("sentence").asText());
            }
        });
    }

    @Test
    void entitiesAndQuotesFilter() {
        JsonNode people = ok("entities?type=person&limit=1000");
        assertThat(people.get("total").asInt()).isPositive();
        people.get("items").forEach(e -> assertThat(e.get("type").asText()).isEqualTo("PERSON"));
        JsonNode ocha = ok("entities?name=" + encode("ocha"));
        assertThat(ocha.get("items").get(0).get("canonicalName").asText()).containsIgnoringCase("Coordination");
        badParameter("entities?type=dragon", "type");

        JsonNode quotes = ok("quotes?limit=1000");
        int said = samples.documents().stream().mapToInt(d -> d.quotes().size()).sum();
        int counted = 0;
        for (JsonNode speaker : quotes.get("items")) {
            counted += speaker.get("quotes").size();
        }
        assertThat(counted).isEqualTo(said);
        long direct = samples.documents().stream().flatMap(d -> d.quotes().stream()).filter(q -> q.direct()).count();
        List<String> kinds = new java.util.ArrayList<>();
        quotes.get("items").forEach(speaker -> speaker.get("quotes").forEach(q -> kinds.add(q.get("kind").asText())));
        assertThat(kinds).allMatch(List.of("direct", "indirect", "stance")::contains)
                .filteredOn("direct"::equals).hasSize((int) direct);
        String someone = quotes.get("items").get(0).get("speaker").asText();
        ok("quotes?speaker=" + encode(someone)).get("items")
                .forEach(s -> assertThat(s.get("speaker").asText()).containsIgnoringCase(someone));
    }

    @Test
    void searchHasFacetsThatNarrow() {
        JsonNode all = ok("search?q=Kilis");
        assertThat(all.get("total").asInt()).isPositive();
        assertThat(all.get("facets").get("kind")).isNotEmpty();
        JsonNode documents = ok("search?q=Kilis&facet=" + encode("kind=document"));
        assertThat(documents.get("total").asInt()).isLessThanOrEqualTo(all.get("total").asInt()).isPositive();
        documents.get("items").forEach(hit -> assertThat(hit.get("kind").asText()).isEqualTo("document"));
        JsonNode second = ok("search?q=Kilis&offset=1&limit=1");
        assertThat(second.get("items").get(0)).isEqualTo(all.get("items").get(1));
        badParameter("search?facet=" + encode("colour=red"), "facet");
        badParameter("search?q=" + encode("(Kilis AND"), "q");
    }

    @Test
    void searchCountsAndNarrowsByTheStoriesTheLinkStageBuilt() {
        JsonNode all = ok("search?q=Kilis");
        JsonNode stories = all.get("facets").get("story");
        assertThat(stories).hasSize(1);
        assertThat(stories.get(0).get("value").asText()).isEqualTo(storyId());
        assertThat(stories.get(0).get("count").asInt()).isEqualTo(all.get("total").asInt());
        JsonNode inStory = ok("search?q=Kilis&facet=" + encode("story=" + storyId()));
        assertThat(inStory.get("total").asInt()).isEqualTo(all.get("total").asInt());
        assertThat(ok("search?q=Kilis&facet=" + encode("story=no-such-story")).get("total").asInt()).isZero();
    }

    @Test
    void pagingIsCheckedEverywhere() {
        for (String list : List.of("stories", "documents", "entities", "places", "events", "timeline", "claims",
                "claim-groups", "quotes", "search", "jobs")) {
            badParameter(list + "?offset=-1", "offset");
            badParameter(list + "?limit=0", "limit");
            badParameter(list + "?limit=many", "limit");
        }
        JsonNode beyond = ok("claims?offset=100000");
        assertThat(beyond.get("items")).isEmpty();
        assertThat(beyond.get("total").asInt()).isPositive();
    }

    @Test
    void exportsComeInEveryFormat() throws IOException {
        Reply json = get("export/json?story=" + storyId());
        assertThat(json.status()).isEqualTo(200);
        assertThat(json.json().get("documents")).hasSize(2);
        Reply hxl = get("export/hxl");
        List<String> lines = hxl.body().lines().toList();
        assertThat(hxl.contentType()).startsWith("text/csv");
        assertThat(lines.get(1).replace("\"", "")).startsWith("#").contains("#affected+stranded", "#geo+lat", "#date", "#meta+source");
        assertThat(lines).hasSize(2 + (int) samples.documents().stream().mapToLong(d -> d.claims().size()).sum());
        assertThat(get("export/csv").body().lines().count()).isGreaterThan(2);
        assertThat(get("export/geojson").json().get("type").asText()).isEqualTo("FeatureCollection");
        assertThat(get("export/md").body()).contains("Syrians");
        badParameter("export/pdf", "format");
    }

    @Test
    void theOpenApiDocumentDescribesEveryRoute() {
        JsonNode openApi = ok("openapi.json");
        assertThat(openApi.get("openapi").asText()).startsWith("3.");
        Set<String> documented = new HashSet<>();
        openApi.get("paths").properties().forEach(path -> path.getValue().properties()
                .forEach(method -> documented.add(method.getKey().toUpperCase() + " " + path.getKey())));
        Set<String> served = new HashSet<>();
        server.routes().forEach(route -> served.add(route.method() + " " + route.path()));
        assertThat(documented).isEqualTo(served);
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void anArticlePostedIsIngestedInTheBackgroundAndJoinsTheDossier() throws Exception {
        assertThat(post("ingest", "not json").status()).isEqualTo(400);
        assertThat(post("ingest", "{}").json().get("message").asText()).startsWith("body:");
        assertThat(post("ingest", "{\"text\": \"x\", \"published\": \"Friday\"}").json().get("message").asText())
                .startsWith("published:");
        assertThat(post("ingest", "{\"inputs\": [\"/no/such/file.txt\"]}").json().get("message").asText())
                .startsWith("inputs[0]:");

        // the first paragraph of the AFP sample, as a client would post a new report
        String text = Samples.raw(Samples.AFP).lines().filter(l -> !l.isBlank()).limit(3)
                .reduce((a, b) -> a + "\n\n" + b).orElseThrow();
        Reply accepted = post("ingest", JsonDossierWriter.JSON.createObjectNode().put("text", text)
                .put("published", "2016-02-06").put("outlet", "Posted").put("title", "Posted report").toString());
        assertThat(accepted.status()).isEqualTo(202);
        String job = accepted.json().get("id").asText();
        JsonNode status = null;
        for (int i = 0; i < 600; i++) {
            status = ok("jobs/" + job);
            if (!List.of("QUEUED", "RUNNING").contains(status.get("state").asText())) {
                break;
            }
            Thread.sleep(200);
        }
        assertThat(status.get("state").asText()).as(status.toString()).isEqualTo("DONE");
        assertThat(status.get("added").asInt()).isEqualTo(1);
        assertThat(ok("jobs").get("total").asInt()).isEqualTo(1);
        JsonNode documents = ok("documents");
        assertThat(documents.get("total").asInt()).isEqualTo(3);
        assertThat(documents.get("items").findValuesAsText("outlet")).contains("Posted");
        assertThat(Files.list(folder.resolve("workspace").resolve("posted")).count()).isEqualTo(2); // text + sidecar
    }
}
