package org.sitrep.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A hand-annotated gold set kept as a JSON Lines resource beside the evaluation's classes (one article a line): read
 * and checked line by line, so that a malformed line fails naming its line number.
 */
final class GoldResource {

    private static final ObjectMapper JSON = new ObjectMapper();

    private GoldResource() {}

    static <T> List<T> load(String resource, Function<JsonNode, T> article) {
        try (InputStream in = GoldResource.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("gold file " + resource + " is missing from the class path");
            }
            return parse(resource, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList(),
                    article);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    static <T> List<T> parse(String resource, List<String> lines, Function<JsonNode, T> article) {
        List<T> articles = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            try {
                articles.add(article.apply(JSON.readTree(lines.get(i))));
            } catch (IOException | RuntimeException e) {
                throw new IllegalStateException(resource + " line " + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return articles;
    }

    /** An annotation error: fails with the message, which the line number is added to. */
    static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException(message);
        }
    }
}
