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
import java.util.Set;
import java.util.function.Function;

/**
 * A hand-annotated JSON Lines file beside the evaluation classes, read one record a line: a malformed line fails
 * naming the file and its line number, so an annotation error is found where it was made.
 */
final class AnnotatedLines {

    private static final ObjectMapper JSON = new ObjectMapper();

    private AnnotatedLines() {}

    static <T> List<T> load(String resource, Function<JsonNode, T> record) {
        try (InputStream in = AnnotatedLines.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("annotated file " + resource + " is missing from the class path");
            }
            return parse(resource, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList(),
                    record);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    static <T> List<T> parse(String resource, List<String> lines, Function<JsonNode, T> record) {
        List<T> records = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            try {
                records.add(record.apply(JSON.readTree(lines.get(i))));
            } catch (IOException | RuntimeException e) {
                throw new IllegalStateException(resource + " line " + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return records;
    }

    /** The splits every annotated set is cut into: develop on dev, report test. */
    static final Set<String> SPLITS = Set.of("dev", "test");

    /** A record's split ("split" field), which must be dev or test. */
    static String split(JsonNode record) {
        String split = record.path("split").asText();
        require(SPLITS.contains(split), "split must be dev or test, not '" + split + "'");
        return split;
    }

    /** An annotation error: fails with the message, which the line number is added to. */
    static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException(message);
        }
    }
}
