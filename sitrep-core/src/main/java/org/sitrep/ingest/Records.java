package org.sitrep.ingest;

import java.util.ArrayDeque;
import java.util.Deque;

/** A record source over records already in hand: a single-article file, a problem found while opening. */
final class Records implements RecordSource {

    private final Deque<InputRecord> records;

    private Records(Deque<InputRecord> records) {
        this.records = records;
    }

    static RecordSource of(InputRecord... records) {
        return new Records(new ArrayDeque<>(java.util.List.of(records)));
    }

    @Override
    public InputRecord next() {
        return records.poll();
    }

    @Override
    public void close() {}
}
