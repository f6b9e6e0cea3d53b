package org.sitrep.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.sitrep.ingest.Metadata;
import org.sitrep.report.JsonDossierWriter;

/**
 * The ingest jobs of a workspace, one JSON file each under its {@code jobs/} folder, written whenever a job changes
 * state: a server started again lists the jobs it ran before and takes up those a stop cut short (the workspace
 * skips the articles they had stored already).
 */
final class JobJournal {

    /** A job as kept: what a client saw of it last, and the metadata it was asked to give its inputs. */
    record Entry(IngestJobs.Job job, Metadata flags) {}

    private final Path folder;

    JobJournal(Path folder) {
        this.folder = folder;
    }

    /** Keeps {@code entry}, replacing what was kept of its job: written beside and moved, never half written. */
    synchronized void keep(Entry entry) {
        try {
            Files.createDirectories(folder);
            Path target = folder.resolve(entry.job().id() + ".json");
            Path partial = folder.resolve(entry.job().id() + ".json.partial");
            JsonDossierWriter.JSON.writeValue(partial.toFile(), entry);
            try {
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep ingest job " + entry.job().id() + " under " + folder + ": "
                    + e.getMessage(), e);
        }
    }

    /** The jobs kept, in no order; a file that cannot be read is reported to {@code problems} by name and skipped. */
    List<Entry> read(Consumer<String> problems) {
        List<Entry> entries = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return entries;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList()) {
                try {
                    entries.add(JsonDossierWriter.JSON.readValue(file.toFile(), Entry.class));
                } catch (IOException e) {
                    problems.accept(file + ": not a kept ingest job, left out (" + e.getMessage().lines().findFirst()
                            .orElse("") + ")");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the ingest jobs under " + folder + ": " + e.getMessage(), e);
        }
        return entries;
    }
}
