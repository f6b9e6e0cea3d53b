package org.sitrep.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads one input file into a {@link RawDocument}, with metadata layered as DESIGN.md §4 says:
 * what the document states first, then its sidecar, then what the user gave on the command line.
 */
public final class Ingestor {

    /** Files above this size are refused: no news article is this long, and it would stall the pipeline. */
    static final long MAX_BYTES = 20L * 1024 * 1024;

    private final Metadata commandLine;

    public Ingestor(Metadata commandLine) {
        this.commandLine = commandLine;
    }

    public RawDocument read(Path file) throws InputProblem {
        if (!Files.exists(file)) {
            throw new InputProblem(file, "no such file or directory");
        }
        if (!Files.isReadable(file)) {
            throw new InputProblem(file, "not readable (permission denied)");
        }
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new InputProblem(file, "too large (" + Files.size(file) / (1024 * 1024) + " MiB; at most "
                        + MAX_BYTES / (1024 * 1024) + " MiB)");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InputProblem(file.toString(), "cannot be read (" + e.getMessage() + ")", e);
        }
        String text = TextDecoder.decode(file, bytes);
        RawDocument raw = Readers.forFile(file, text).read(file, text);
        Metadata metadata = raw.metadata().orElse(SidecarMetadata.beside(file)).orElse(commandLine);
        return new RawDocument(raw.source(), raw.text(), metadata);
    }
}
