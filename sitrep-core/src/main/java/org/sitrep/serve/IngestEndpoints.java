package org.sitrep.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.ingest.ContentHash;
import org.sitrep.ingest.Input;
import org.sitrep.ingest.Inputs;
import org.sitrep.ingest.Metadata;
import org.sitrep.ingest.SidecarMetadata;
import org.sitrep.model.PublicationDate;
import org.sitrep.report.JsonDossierWriter;

/**
 * {@code POST /api/v1/ingest}: an article's text, or files, folders and URLs (as {@code sitrep ingest} takes them),
 * added to the workspace by a background job; {@code GET /api/v1/jobs/{id}} tells how it goes. A posted text is
 * kept under the workspace's {@code posted/} folder with its metadata as a sidecar, so it is a source like any file.
 */
final class IngestEndpoints {

    private final IngestJobs jobs;
    private final Path posted;

    IngestEndpoints(IngestJobs jobs, Path workspace) {
        this.jobs = jobs;
        this.posted = workspace.resolve("posted");
    }

    void ingest(Context ctx) {
        JsonNode body;
        try {
            body = JsonDossierWriter.JSON.readTree(ctx.body());
        } catch (IOException e) {
            throw new BadParameter("body", "not JSON: " + e.getMessage().lines().findFirst().orElse(""));
        }
        if (body == null || !body.isObject()) {
            throw new BadParameter("body", "must be a JSON object with \"text\" (an article) or \"inputs\" (paths, URLs)");
        }
        String published = field(body, "published");
        if (published != null) {
            try {
                PublicationDate.parse(published, "published");
            } catch (IllegalArgumentException e) {
                throw new BadParameter("published", e.getMessage());
            }
        }
        Metadata flags = new Metadata(published, field(body, "outlet"), null, null, null);
        Inputs inputs;
        if (body.hasNonNull("text")) {
            inputs = Inputs.ofPaths(List.of(save(body)));
        } else if (body.has("inputs")) {
            inputs = Inputs.expand(inputs(body.get("inputs")));
        } else {
            throw new BadParameter("body", "give \"text\" (an article) or \"inputs\" (paths, URLs)");
        }
        IngestJobs.Job job = jobs.submit(inputs, flags);
        ctx.header("Location", "/api/v1/jobs/" + job.id());
        ctx.status(202).json(job);
    }

    void job(Context ctx) {
        ctx.json(jobs.find(ctx.pathParam("id")));
    }

    void jobs(Context ctx) {
        ctx.json(Page.of(jobs.all(), Paging.of(ctx)));
    }

    private static List<String> inputs(JsonNode given) {
        if (!given.isArray() || given.isEmpty()) {
            throw new BadParameter("inputs", "must be a non-empty list of paths or URLs");
        }
        List<String> inputs = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            JsonNode item = given.get(i);
            if (!item.isTextual() || item.asText().isBlank()) {
                throw new BadParameter("inputs[" + i + "]", "must be a path or URL");
            }
            String input = item.asText().strip();
            if (Input.of(input) instanceof Input.Local local && !Files.exists(local.path())) {
                throw new BadParameter("inputs[" + i + "]", "no such file or folder: " + input);
            }
            inputs.add(input);
        }
        return inputs;
    }

    /** Keeps a posted article as a text file named by its content, its metadata beside it. */
    private Path save(JsonNode body) {
        JsonNode text = body.get("text");
        if (!text.isTextual() || text.asText().isBlank()) {
            throw new BadParameter("text", "must be the article's text, not empty");
        }
        byte[] content = text.asText().getBytes(StandardCharsets.UTF_8);
        String name = ContentHash.of(text.asText()) + ".txt";
        try {
            Files.createDirectories(posted);
            Path file = posted.resolve(name);
            ObjectNode meta = JsonDossierWriter.JSON.createObjectNode();
            for (String key : List.of("published", "outlet", "url", "title", "language")) {
                String value = field(body, key);
                if (value != null) {
                    meta.put(key, value);
                }
            }
            Files.writeString(file.resolveSibling(name + SidecarMetadata.SUFFIX), meta.toString());
            Files.write(file, content);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the posted article under " + posted + ": " + e.getMessage(), e);
        }
    }

    private static String field(JsonNode body, String name) {
        JsonNode value = body.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new BadParameter(name, "must be a string");
        }
        return value.asText().isBlank() ? null : value.asText().strip();
    }
}
