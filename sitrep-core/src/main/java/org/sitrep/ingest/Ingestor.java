package org.sitrep.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import java.util.zip.GZIPInputStream;

/**
 * Reads inputs into records, with metadata layered as DESIGN.md §4 says: what the document states first (HTML meta
 * tags), then what its record states (WARC headers, feed entry, JSON Lines fields), then the input's sidecar, then
 * what the user gave on the command line. An input that cannot be opened is one skipped record; an input that can
 * is read lazily, record by record.
 */
public final class Ingestor {

    /** Enough of the start of an input to recognize its format. */
    private static final int HEAD_BYTES = 4096;

    private final Metadata commandLine;

    public Ingestor(Metadata commandLine) {
        this.commandLine = commandLine;
    }

    /** The records of {@code input}, read as the stream is consumed; close the stream to close the input. */
    public Stream<InputRecord> records(Input input) {
        return records(input, null);
    }

    /**
     * As {@link #records(Input)}, reading {@code content} rather than opening {@code input} (which then only names it
     * and gives its sidecar): the bytes of a file on a distributed file system, opened by the caller.
     */
    public Stream<InputRecord> records(Input input, InputStream content) {
        RecordSource source;
        Metadata sidecar;
        try {
            sidecar = input.sidecar();
            source = open(input, content);
        } catch (InputProblem problem) {
            sidecar = Metadata.NONE;
            source = Records.of(new InputRecord.Skipped(problem));
        }
        RecordSource opened = source;
        Metadata fallback = sidecar.orElse(commandLine);
        return StreamSupport.stream(new Layered(input, opened, fallback), false).onClose(() -> {
            try {
                opened.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The one document of a text or HTML file (the first, for a file holding many), or why it cannot be read. */
    public RawDocument read(Path file) throws InputProblem {
        try (Stream<InputRecord> records = records(new Input.Local(file))) {
            InputRecord first = records.findFirst().orElseThrow();
            return switch (first) {
                case InputRecord.Read read -> read.document();
                case InputRecord.Skipped skipped -> throw skipped.problem();
            };
        }
    }

    private static RecordSource open(Input input, InputStream content) throws InputProblem {
        if (content == null && input instanceof Input.Local local) {
            checkFile(local.path());
        }
        String name = input.formatName();
        InputStream in = content;
        try {
            if (in == null) {
                in = input.open();
            }
            // A gzipped WARC is read record by record by jwarc itself; any other .gz is unpacked as it is read.
            if (name.endsWith(".gz") && !name.endsWith(".warc.gz")) {
                in = new GZIPInputStream(in, 64 * 1024);
                name = name.substring(0, name.length() - ".gz".length());
            }
            BufferedInputStream buffered = new BufferedInputStream(in, 64 * 1024);
            buffered.mark(HEAD_BYTES);
            String head = new String(buffered.readNBytes(HEAD_BYTES), StandardCharsets.ISO_8859_1);
            buffered.reset();
            return Readers.forInput(name, head).open(input, buffered);
        } catch (IOException e) {
            closeQuietly(in);
            throw new InputProblem(input.name(), ReadFailure.describe(e), e);
        } catch (InputProblem | RuntimeException e) {
            closeQuietly(in);
            throw e;
        }
    }

    private static void checkFile(Path file) throws InputProblem {
        if (!Files.exists(file)) {
            throw new InputProblem(file, "no such file or directory");
        }
        if (Files.isDirectory(file)) {
            throw new InputProblem(file, "a directory, not a file");
        }
        if (!Files.isReadable(file)) {
            throw new InputProblem(file, "not readable (permission denied)");
        }
    }

    private static void closeQuietly(InputStream in) {
        if (in != null) {
            try {
                in.close();
            } catch (IOException ignored) {
                // already failing: the first error is the one to report
            }
        }
    }

    /** Pulls records one at a time, fills in fallback metadata, and reports an input that held no record at all. */
    private static final class Layered extends Spliterators.AbstractSpliterator<InputRecord> {
        private final Input input;
        private final RecordSource source;
        private final Metadata fallback;
        private int records;
        private boolean finished;

        Layered(Input input, RecordSource source, Metadata fallback) {
            super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
            this.input = input;
            this.source = source;
            this.fallback = fallback;
        }

        @Override
        public boolean tryAdvance(Consumer<? super InputRecord> action) {
            if (finished) {
                return false;
            }
            InputRecord next = source.next();
            if (next == null) {
                finished = true;
                if (records > 0) {
                    return false;
                }
                next = new InputRecord.Skipped(new InputProblem(input.name(), "holds no article", null));
            }
            records++;
            action.accept(next instanceof InputRecord.Read read
                    ? new InputRecord.Read(withFallback(read.document())) : next);
            return true;
        }

        private RawDocument withFallback(RawDocument raw) {
            return new RawDocument(raw.source(), raw.text(), raw.metadata().orElse(fallback));
        }
    }
}
