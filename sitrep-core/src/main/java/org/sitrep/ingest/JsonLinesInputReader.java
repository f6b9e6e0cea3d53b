package org.sitrep.ingest;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * JSON Lines: one article per line, a JSON object with {@code text} (plain text) or {@code html} (a page, read like
 * an HTML file), and optionally {@code published}, {@code outlet}, {@code url}, {@code title}, {@code language} and
 * {@code id}. The format is documented in the README. Lines are read one at a time; a bad line is skipped with its
 * line number, blank lines are ignored. UTF-8, as JSON requires (RFC 8259 §8.1).
 */
final class JsonLinesInputReader implements InputReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public boolean accepts(String name) {
        return name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".jsonlines");
    }

    @Override
    public boolean recognizes(String head) {
        return head.replace("\u00EF\u00BB\u00BF", "").stripLeading().startsWith("{");
    }

    @Override
    public RecordSource open(Input input, InputStream in) {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 64 * 1024);
        return new Lines(input, reader);
    }

    private static final class Lines implements RecordSource {
        private final Input input;
        private final BufferedReader reader;
        private final BoundedLines lines;
        private long number;
        private boolean broken;

        Lines(Input input, BufferedReader reader) {
            this.input = input;
            this.reader = reader;
            this.lines = new BoundedLines(reader, ArticleFileReader.MAX_BYTES);
        }

        @Override
        public InputRecord next() {
            while (!broken) {
                BoundedLines.Line line;
                try {
                    line = lines.next();
                } catch (IOException e) {
                    broken = true;
                    return skipped("line " + (number + 1), ReadFailure.describe(e) + "; the rest of the file is not read");
                }
                if (line == null) {
                    return null;
                }
                number++;
                if (line.tooLong()) {
                    return skipped("line " + number, "too long (more than " + ArticleFileReader.MAX_BYTES / (1024 * 1024)
                            + " MiB)");
                }
                String text = number == 1 && line.text().startsWith("\uFEFF") ? line.text().substring(1) : line.text();
                if (!text.isBlank()) {
                    try {
                        return new InputRecord.Read(document(text));
                    } catch (InputProblem problem) {
                        return new InputRecord.Skipped(problem);
                    }
                }
            }
            return null;
        }

        private RawDocument document(String line) throws InputProblem {
            String record = "line " + number;
            JsonNode json;
            try {
                json = JSON.readTree(line);
            } catch (JacksonException e) {
                throw new InputProblem(input.name(), record, "not valid JSON (" + e.getOriginalMessage() + ")", e);
            }
            if (json == null || !json.isObject()) {
                throw new InputProblem(input.name(), record, "not a JSON object", null);
            }
            String id = field(json, "id");
            String source = input.name() + ", " + record + (id != null ? " (id " + id + ")" : "");
            Metadata fields = new Metadata(field(json, "published"), field(json, "outlet"), field(json, "url"),
                    field(json, "title"), field(json, "language"));
            String html = field(json, "html");
            String text = field(json, "text");
            if (html != null && !html.isBlank()) {
                String base = fields.url() != null ? fields.url() : input.baseUri();
                RawDocument page;
                try {
                    page = new HtmlReader().read(source, base, html);
                } catch (InputProblem problem) {
                    throw problem.of(input.name(), record);
                }
                return new RawDocument(source, page.text(), page.metadata().orElse(fields));
            }
            if (text != null && !text.isBlank()) {
                return new RawDocument(source, text.replace("\r\n", "\n").replace('\r', '\n'), fields);
            }
            throw new InputProblem(input.name(), record, "neither \"text\" nor \"html\" holds an article", null);
        }

        private static String field(JsonNode json, String key) {
            JsonNode value = json.get(key);
            return value != null && value.isValueNode() && !value.isNull() ? value.asText() : null;
        }

        private InputRecord skipped(String record, String problem) {
            return new InputRecord.Skipped(new InputProblem(input.name(), record, problem, null));
        }

        @Override
        public void close() throws IOException {
            reader.close();
        }
    }
}
