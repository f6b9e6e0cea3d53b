package org.sitrep.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.Writer;
import org.sitrep.model.Dossier;

/**
 * The full dossier as JSON: every item with its document id, character span and quoted text. The shape
 * is documented by {@code dossier.schema.json} (JSON Schema, draft 2020-12) beside this class.
 */
public final class JsonDossierWriter implements DossierWriter {

    public static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT);

    @Override
    public String format() {
        return "json";
    }

    @Override
    public String fileName() {
        return "dossier.json";
    }

    @Override
    public void write(Dossier dossier, Writer out) throws IOException {
        JSON.writeValue(new NonClosingWriter(out), dossier);
    }

    /** Jackson closes what it writes to; the caller owns the writer. */
    private static final class NonClosingWriter extends java.io.FilterWriter {
        NonClosingWriter(Writer out) {
            super(out);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
