package org.sitrep.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;

/**
 * A plain-text or HTML file (or URL) holding one article: one record. The format the registry falls back on, so it
 * recognizes any content; HTML or text is decided by the name, else by the content.
 */
final class ArticleFileReader implements InputReader {

    /** Inputs above this size are refused: no news article is this long, and it would stall the pipeline. */
    static final int MAX_BYTES = 20 * 1024 * 1024;

    private static final HtmlReader HTML = new HtmlReader();
    private static final List<DocumentReader> BY_NAME = List.of(HTML, new PlainTextReader());

    @Override
    public boolean accepts(String name) {
        return name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")
                || name.endsWith(".txt") || name.endsWith(".text");
    }

    @Override
    public boolean recognizes(String head) {
        return true;
    }

    @Override
    public RecordSource open(Input input, InputStream in) throws InputProblem {
        try (in) {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new InputProblem(input.name(), "too large (" + sizeOf(input) + "; at most "
                        + MAX_BYTES / (1024 * 1024) + " MiB)", null);
            }
            String text = TextDecoder.decode(input.name(), null, bytes, null);
            RawDocument raw = readerFor(input.formatName(), text).read(input.name(), input.baseUri(), text);
            return Records.of(new InputRecord.Read(raw));
        } catch (IOException e) {
            throw new InputProblem(input.name(), ReadFailure.describe(e), e);
        }
    }

    static DocumentReader readerFor(String name, String text) {
        for (DocumentReader reader : BY_NAME) {
            if (reader.accepts(name)) {
                return reader;
            }
        }
        return looksLikeHtml(text) ? HTML : new PlainTextReader();
    }

    static boolean looksLikeHtml(String text) {
        String head = text.stripLeading().toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<body");
    }

    private static String sizeOf(Input input) {
        if (input instanceof Input.Local local) {
            try {
                return java.nio.file.Files.size(local.path()) / (1024 * 1024) + " MiB";
            } catch (IOException e) {
                // fall through: the size is only for the message
            }
        }
        return "more than " + MAX_BYTES / (1024 * 1024) + " MiB";
    }
}
