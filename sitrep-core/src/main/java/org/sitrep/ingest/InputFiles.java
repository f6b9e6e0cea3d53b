package org.sitrep.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Expands the paths a user names into article files: directories recursively, sidecars and hidden files left out. */
public final class InputFiles {

    private InputFiles() {}

    /** The files to read, in a stable order; a path that does not exist is returned as is, to be reported. */
    public static List<Path> expand(List<Path> inputs) {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> walk = Files.walk(input)) {
                    walk.filter(Files::isRegularFile)
                            .filter(file -> !SidecarMetadata.isSidecar(file))
                            .filter(file -> !file.getFileName().toString().startsWith("."))
                            .sorted()
                            .forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot list " + input, e);
                }
            } else {
                files.add(input);
            }
        }
        return files;
    }
}
