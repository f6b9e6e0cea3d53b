package org.sitrep.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * A bounded load test of a running {@code sitrep serve}: {@code clients} threads, each sending one request after
 * another for {@code seconds}, cycling through what the page asks for (stories, a story, its figures, figure groups,
 * places, timeline, quotes, a document, entities, searches). Reports requests per second, latency p50/p99 and the
 * responses by class; any 5xx or failed connection is an error.
 */
public final class ServeBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI base;
    private final int clients;
    private final int seconds;

    public ServeBenchmark(URI base, int clients, int seconds) {
        if (clients < 1 || seconds < 1) {
            throw new IllegalArgumentException("clients and seconds must be at least 1");
        }
        this.base = base;
        this.clients = clients;
        this.seconds = seconds;
    }

    public record Result(int clients, int seconds, int paths, long requests, double perSecond, double p50Millis,
                         double p99Millis, double maxMillis, long ok, long clientErrors, long serverErrors,
                         long failures) {
        public String render() {
            return String.format(Locale.ROOT, """
                    serve load test: %d clients for %d s over %d API paths (loopback)
                      requests: %d, %.0f/s
                      latency: p50 %.2f ms, p99 %.2f ms, max %.1f ms
                      responses: %d 2xx, %d 4xx, %d 5xx, %d failed connections
                    """, clients, seconds, paths, requests, perSecond, p50Millis, p99Millis, maxMillis, ok, clientErrors,
                    serverErrors, failures);
        }
    }

    public Result run() throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        List<String> paths = paths(http);
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        AtomicLongArray counts = new AtomicLongArray(4); // 2xx, 4xx, 5xx, failed
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<double[]>> timings = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int first = c;
            timings.add(pool.submit(() -> {
                double[] millis = new double[1024];
                int n = 0;
                for (int i = first; System.nanoTime() < end; i++) {
                    HttpRequest request = HttpRequest.newBuilder(base.resolve(paths.get(i % paths.size())))
                            .timeout(Duration.ofSeconds(30)).build();
                    long start = System.nanoTime();
                    try {
                        int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                        counts.incrementAndGet(status >= 500 ? 2 : status >= 400 ? 1 : 0);
                    } catch (IOException e) {
                        counts.incrementAndGet(3);
                    }
                    if (n == millis.length) {
                        millis = Arrays.copyOf(millis, n * 2);
                    }
                    millis[n++] = (System.nanoTime() - start) / 1e6;
                }
                return Arrays.copyOf(millis, n);
            }));
        }
        List<double[]> all = new ArrayList<>();
        for (Future<double[]> timing : timings) {
            all.add(timing.get());
        }
        pool.shutdown();
        double[] sorted = all.stream().flatMapToDouble(Arrays::stream).sorted().toArray();
        long requests = sorted.length;
        return new Result(clients, seconds, paths.size(), requests, requests / (double) seconds,
                requests == 0 ? 0 : StoreBenchmark.percentile(sorted, 0.50),
                requests == 0 ? 0 : StoreBenchmark.percentile(sorted, 0.99),
                requests == 0 ? 0 : sorted[sorted.length - 1], counts.get(0), counts.get(1), counts.get(2), counts.get(3));
    }

    /** What the page asks for when an analyst opens a story and reads from it, for every story and document. */
    private List<String> paths(HttpClient http) throws IOException, InterruptedException {
        List<String> paths = new ArrayList<>(List.of("api/v1/stories", "api/v1/claim-groups", "api/v1/places",
                "api/v1/entities?type=person", "api/v1/search?q=refugees", "api/v1/search?q=border&facet=kind%3Dclaim",
                "api/v1/claims?measure=killed", "api/v1/quotes"));
        for (JsonNode story : get(http, "api/v1/stories?limit=20").get("items")) {
            String id = story.get("id").asText();
            for (String path : List.of("stories/" + id, "claims?story=" + id, "places?story=" + id,
                    "timeline?story=" + id, "quotes?story=" + id)) {
                paths.add("api/v1/" + path);
            }
        }
        for (JsonNode document : get(http, "api/v1/documents?limit=20").get("items")) {
            paths.add("api/v1/documents/" + document.get("id").asText());
        }
        return paths;
    }

    private JsonNode get(HttpClient http, String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(base.resolve(path)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException(path + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }
}
