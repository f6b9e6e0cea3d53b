package org.sitrep.spark;

import java.io.Serializable;
import org.sitrep.ingest.InputRecord;
import org.sitrep.ingest.Metadata;
import org.sitrep.ingest.RawDocument;

/**
 * One record of an input as read by the core's readers, in a form Spark can ship between executors: a raw
 * document, or the reason the record was skipped ({@code problem}). {@code file} and {@code number} (the record's
 * position in its file) give the run's input order, which the single-machine pipeline follows too.
 */
record ReadRecord(String file, long number, String source, String text, String published, String outlet, String url,
                  String title, String language, String problem) implements Serializable {

    static ReadRecord of(String file, long number, InputRecord record) {
        return switch (record) {
            case InputRecord.Read read -> {
                RawDocument raw = read.document();
                Metadata m = raw.metadata();
                yield new ReadRecord(file, number, raw.source(), raw.text(), m.published(), m.outlet(), m.url(),
                        m.title(), m.language(), null);
            }
            case InputRecord.Skipped skipped -> new ReadRecord(file, number, skipped.problem().where(), null, null,
                    null, null, null, null, skipped.problem().problem());
        };
    }

    boolean skipped() {
        return problem != null;
    }

    RawDocument raw() {
        return new RawDocument(source, text, new Metadata(published, outlet, url, title, language));
    }
}
