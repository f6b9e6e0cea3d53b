package org.sitrep.report;

import java.io.IOException;
import java.io.Writer;
import org.sitrep.model.Dossier;

/** Writes a dossier in one format. Formats are registered in {@link DossierFormats}. */
public interface DossierWriter {

    /** The name users give to {@code --format}: json, md, html… */
    String format();

    /** The file it writes in the output folder. */
    String fileName();

    void write(Dossier dossier, Writer out) throws IOException;
}
