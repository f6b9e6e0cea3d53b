package org.sitrep.report;

import java.nio.file.Path;
import org.sitrep.model.Document;

/** How a document is named to a reader: its title, else its file name. */
final class Labels {

    private Labels() {}

    static String of(Document document) {
        if (document.title() != null && !document.title().isBlank()) {
            return document.title();
        }
        return Path.of(document.source()).getFileName().toString();
    }
}
