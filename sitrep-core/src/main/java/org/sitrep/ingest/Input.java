package org.sitrep.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/** Something the user names to read: a file, or a URL (a feed, usually). */
public sealed interface Input permits Input.Local, Input.Remote {

    /** The input as the user named it: what messages and document sources show. */
    String name();

    /** The lower-case name whose ending tells the format: the file name, or the URL path's last segment. */
    String formatName();

    /** The base address that relative links in an HTML page resolve against. */
    String baseUri();

    InputStream open() throws IOException;

    /** Metadata the user keeps beside the input ({@link SidecarMetadata}); none for a URL. */
    Metadata sidecar() throws InputProblem;

    /** A URL when {@code argument} starts with http:// or https://, a file otherwise. */
    static Input of(String argument) {
        String lower = argument.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://")
                ? new Remote(URI.create(argument)) : new Local(Path.of(argument));
    }

    record Local(Path path) implements Input {
        public String name() {
            return path.toString();
        }

        public String formatName() {
            return path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
        }

        public String baseUri() {
            return path.toUri().toString();
        }

        public InputStream open() throws IOException {
            return Files.newInputStream(path);
        }

        public Metadata sidecar() throws InputProblem {
            return SidecarMetadata.beside(path);
        }
    }

    record Remote(URI uri) implements Input {
        // A feed that does not answer in this time is reported and retried at the next poll, not waited for.
        private static final Duration TIMEOUT = Duration.ofSeconds(60);
        private static final HttpClient HTTP = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(20))
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();

        public String name() {
            return uri.toString();
        }

        public String formatName() {
            String path = uri.getPath() == null ? "" : uri.getPath();
            return path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        }

        public String baseUri() {
            return uri.toString();
        }

        public InputStream open() throws IOException {
            HttpRequest request = HttpRequest.newBuilder(uri)
                    .timeout(TIMEOUT)
                    .header("User-Agent", "sitrep/0.1 (feed reader)")
                    .header("Accept", "application/rss+xml, application/atom+xml, application/xml;q=0.9, "
                            + "text/html;q=0.8, */*;q=0.5")
                    .GET()
                    .build();
            HttpResponse<InputStream> response;
            try {
                response = HTTP.send(request, HttpResponse.BodyHandlers.ofInputStream());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while fetching", e);
            }
            if (response.statusCode() != 200) {
                response.body().close();
                throw new IOException("HTTP status " + response.statusCode());
            }
            return response.body();
        }

        public Metadata sidecar() {
            return Metadata.NONE;
        }
    }
}
