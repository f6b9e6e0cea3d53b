package org.sitrep.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Metadata from a sidecar file {@code NAME.meta.json} next to {@code NAME}, with the keys
 * {@code published}, {@code outlet}, {@code url}, {@code title}, {@code language}.
 */
public final class SidecarMetadata {

    public static final String SUFFIX = ".meta.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private SidecarMetadata() {}

    public static boolean isSidecar(Path file) {
        return file.getFileName().toString().endsWith(SUFFIX);
    }

    /** The sidecar of {@code document}, or {@link Metadata#NONE} when there is none. */
    public static Metadata beside(Path document) throws InputProblem {
        Path sidecar = document.resolveSibling(document.getFileName() + SUFFIX);
        return Files.isRegularFile(sidecar) ? read(sidecar) : Metadata.NONE;
    }

    public static Metadata read(Path sidecar) throws InputProblem {
        JsonNode json;
        try {
            json = JSON.readTree(sidecar.toFile());
        } catch (IOException e) {
            throw new InputProblem(sidecar.toString(), "not valid JSON metadata (" + e.getMessage().lines().findFirst().orElse("") + ")", e);
        }
        if (json == null || !json.isObject()) {
            throw new InputProblem(sidecar, "metadata must be a JSON object");
        }
        return new Metadata(text(json, "published"), text(json, "outlet"), text(json, "url"),
                text(json, "title"), text(json, "language"));
    }

    private static String text(JsonNode json, String key) {
        JsonNode value = json.get(key);
        return value != null && value.isValueNode() ? value.asText() : null;
    }
}
