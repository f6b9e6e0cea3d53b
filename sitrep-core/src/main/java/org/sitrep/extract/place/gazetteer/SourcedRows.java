package org.sitrep.extract.place.gazetteer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of one of sitrep's own gazetteer tables (tab-separated; # comments, blank lines and the "id" header
 * skipped) whose last column names the public source of the row's coordinates. A row short of columns or without
 * a source is refused with the file and line, so no coordinate enters the gazetteer unsourced.
 */
final class SourcedRows {

    private SourcedRows() {}

    /** @param columns how many columns a row has, the last being its source */
    static List<String[]> read(Path file, int columns) throws IOException {
        List<String[]> rows = new ArrayList<>();
        int number = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            number++;
            if (line.isBlank() || line.startsWith("#") || line.startsWith("id\t")) {
                continue;
            }
            String[] fields = line.split("\t", -1);
            if (fields.length < columns || fields[columns - 1].isBlank()) {
                throw new IOException(file + ":" + number + ": " + columns + " columns wanted, the last naming the source");
            }
            rows.add(fields);
        }
        return rows;
    }
}
