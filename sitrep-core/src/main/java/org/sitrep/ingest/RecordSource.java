package org.sitrep.ingest;

import java.io.Closeable;

/** The records of one open input, pulled one at a time so a 2 GB crawl never sits in memory whole. */
public interface RecordSource extends Closeable {

    /** The next record, or null after the last one. A record that cannot be read comes back as skipped. */
    InputRecord next();
}
