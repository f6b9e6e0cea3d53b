package org.sitrep.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.WarcCaptureRecord;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;

/**
 * WARC and WARC.gz crawls (jwarc), streamed record by record. Each response record with an HTML or text payload and a
 * 2xx status, and each HTML or text resource record, is a document; its {@code WARC-Date} and target URI are the
 * record's metadata, under what the page itself says (a crawl date is only an upper bound on the publication date).
 * Requests, metadata, redirects, error pages, images and scripts are not articles and are passed over in silence:
 * a crawl holds far more of them than of articles. A record numbered n is the n-th record of the file.
 */
final class WarcInputReader implements InputReader {

    private static final Set<String> HTML = Set.of("text/html", "application/xhtml+xml");

    @Override
    public boolean accepts(String name) {
        return name.endsWith(".warc") || name.endsWith(".warc.gz");
    }

    @Override
    public boolean recognizes(String head) {
        return head.startsWith("WARC/");
    }

    @Override
    public RecordSource open(Input input, InputStream in) throws InputProblem {
        try {
            return new Source(input, new WarcReader(in));
        } catch (IOException e) {
            throw new InputProblem(input.name(), "not a WARC file (" + ReadFailure.describe(e) + ")", e);
        }
    }

    private static final class Source implements RecordSource {
        private final Input input;
        private final WarcReader warc;
        private long number;
        private boolean broken;

        Source(Input input, WarcReader warc) {
            this.input = input;
            this.warc = warc;
        }

        @Override
        public InputRecord next() {
            while (!broken) {
                Optional<WarcRecord> record;
                try {
                    record = warc.next();
                } catch (IOException | RuntimeException e) {
                    // jwarc cannot find the next record boundary in damaged data: the rest of the file is lost.
                    broken = true;
                    return skipped(number + 1, "truncated or corrupt WARC data; the rest of the file is not read ("
                            + message(e) + ")", e);
                }
                if (record.isEmpty()) {
                    return null;
                }
                number++;
                try {
                    InputRecord read = read(record.get());
                    if (read != null) {
                        return read;
                    }
                } catch (InputProblem problem) {
                    return new InputRecord.Skipped(problem);
                } catch (IOException e) {
                    if (ReadFailure.isTruncation(e)) {
                        broken = true; // the file ends inside this record: there is no next one
                        return skipped(number, "truncated: the WARC data ends inside this record ("
                                + ReadFailure.detail(e) + ")", e);
                    }
                    return skipped(number, "cannot be read (" + ReadFailure.detail(e) + ")", e);
                } catch (RuntimeException e) {
                    return skipped(number, "cannot be read (" + message(e) + ")", e);
                }
            }
            return null;
        }

        /** The record's document, or null when the record is not an article (a request, an image, a redirect). */
        private InputRecord read(WarcRecord record) throws IOException, InputProblem {
            MediaType type;
            MessageBody body;
            if (record instanceof WarcResponse response) {
                if (!response.contentType().base().equals(MediaType.HTTP)) {
                    return null;
                }
                HttpResponse http = response.http();
                if (http.status() < 200 || http.status() > 299) {
                    return null;
                }
                type = http.contentType();
                body = http.bodyDecoded();
            } else if (record instanceof WarcResource resource) {
                type = resource.contentType();
                body = resource.body();
            } else {
                return null;
            }
            String base = type.base().toString().toLowerCase(Locale.ROOT);
            boolean html = HTML.contains(base);
            if (!html && !base.equals("text/plain")) {
                return null;
            }
            WarcCaptureRecord capture = (WarcCaptureRecord) record;
            String source = input.name() + ", record " + number;
            byte[] bytes;
            try (InputStream payload = body.stream()) {
                bytes = payload.readNBytes(ArticleFileReader.MAX_BYTES + 1);
            }
            if (bytes.length > ArticleFileReader.MAX_BYTES) {
                throw new InputProblem(input.name(), "record " + number, "payload too large (more than "
                        + ArticleFileReader.MAX_BYTES / (1024 * 1024) + " MiB)", null);
            }
            String text = TextDecoder.decode(input.name(), "record " + number, bytes, type.parameters().get("charset"));
            String uri = capture.target();
            DocumentReader reader = html ? new HtmlReader() : new PlainTextReader();
            RawDocument raw;
            try {
                raw = reader.read(source, uri, text);
            } catch (InputProblem problem) {
                throw problem.of(input.name(), "record " + number);
            }
            Metadata crawl = new Metadata(capture.date() == null ? null : capture.date().toString(), null, uri, null, null);
            return new InputRecord.Read(new RawDocument(raw.source(), raw.text(), raw.metadata().orElse(crawl)));
        }

        private InputRecord skipped(long record, String problem, Throwable cause) {
            return new InputRecord.Skipped(new InputProblem(input.name(), "record " + record, problem, cause));
        }

        private static String message(Exception e) {
            return e instanceof IOException ? ReadFailure.detail(e) : e.getClass().getSimpleName() + ": " + ReadFailure.detail(e);
        }

        @Override
        public void close() throws IOException {
            warc.close();
        }
    }
}
