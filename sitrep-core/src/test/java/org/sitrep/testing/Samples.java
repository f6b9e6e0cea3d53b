package org.sitrep.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.sitrep.ingest.Metadata;
import org.sitrep.model.DocumentAnalysis;
import org.sitrep.model.Dossier;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.Progress;

/**
 * The two sample reports in ../shared/samples (an AFP-based one from Friday 5 February 2016 and a
 * Reuters-based one from Monday 8 February 2016), and their dossiers, computed once per test JVM.
 */
public final class Samples {

    public static final String AFP = "000_92000f6dc78d55fa.txt";
    public static final String REUTERS = "003_d5fd3b3efb1a6e58.txt";
    private static final Map<String, Dossier> DOSSIERS = new ConcurrentHashMap<>();

    private Samples() {}

    public static Path shared() {
        Path shared = Path.of(System.getProperty("sitrep.shared", "../shared")).toAbsolutePath().normalize();
        if (!Files.isDirectory(shared.resolve("samples"))) {
            throw new IllegalStateException("the tests read the sample reports from " + shared.resolve("samples")
                    + ", which is missing: check out sitrep beside the project's shared/ folder");
        }
        return shared;
    }

    public static Path file(String name) {
        return shared().resolve("samples").resolve(name);
    }

    public static String raw(String name) {
        try {
            return Files.readString(file(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The samples as given: no date, no outlet. */
    public static Dossier undated() {
        return DOSSIERS.computeIfAbsent("undated", key -> Pipeline.standard().analyze(
                List.of(file(AFP), file(REUTERS)), Metadata.NONE, Progress.silent()));
    }

    /** The samples with their publication dates in sidecar files, as an analyst would supply them. */
    public static Dossier dated() {
        return DOSSIERS.computeIfAbsent("dated", key -> {
            try {
                Path folder = Files.createTempDirectory("sitrep-dated-samples");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(folder)));
                Files.copy(file(AFP), folder.resolve(AFP));
                Files.copy(file(REUTERS), folder.resolve(REUTERS));
                Files.writeString(folder.resolve(AFP + ".meta.json"), "{\"published\": \"2016-02-05\"}");
                Files.writeString(folder.resolve(REUTERS + ".meta.json"), "{\"published\": \"2016-02-08T16:12:00Z\"}");
                return Pipeline.standard().analyze(List.of(folder), Metadata.NONE, Progress.silent());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static void deleteQuietly(Path folder) {
        try (var files = Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }

    public static DocumentAnalysis document(Dossier dossier, String fileName) {
        return dossier.documents().stream()
                .filter(analysis -> analysis.document().source().endsWith(fileName))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no document from " + fileName));
    }
}
