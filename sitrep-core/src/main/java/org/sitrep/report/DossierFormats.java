package org.sitrep.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.Dossier;

/** Every dossier format. A new format is one class and one line here. */
public final class DossierFormats {

    private static final List<DossierWriter> ALL = List.of(
            new JsonDossierWriter(),
            new MarkdownDossierWriter(),
            new HtmlDossierWriter(),
            new CsvFiguresWriter(),
            new GeoJsonDossierWriter(),
            new HxlFiguresWriter(),
            new CsvEventsWriter());

    private DossierFormats() {}

    public static List<String> names() {
        return ALL.stream().map(DossierWriter::format).toList();
    }

    public static DossierWriter named(String format) {
        return ALL.stream().filter(writer -> writer.format().equalsIgnoreCase(format.strip())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "unknown format '" + format + "'; known formats: " + String.join(", ", names())));
    }

    /** Writes the dossier in each of {@code formats} into {@code folder}; returns the files written. */
    public static List<Path> writeAll(Dossier dossier, List<String> formats, Path folder) throws IOException {
        Files.createDirectories(folder);
        List<Path> written = new ArrayList<>();
        for (String format : formats) {
            DossierWriter writer = named(format);
            Path file = folder.resolve(writer.fileName());
            Path partial = folder.resolve(writer.fileName() + ".partial");
            try (Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
                writer.write(dossier, out);
            }
            Files.move(partial, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            written.add(file);
        }
        return written;
    }
}
