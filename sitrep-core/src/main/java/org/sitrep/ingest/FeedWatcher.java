package org.sitrep.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Polls feeds (URLs or files) and hands on only the entries not taken before ({@link SeenEntries}). An entry is
 * marked seen after the sink has taken it, so an entry whose writing failed is offered again at the next poll.
 */
public final class FeedWatcher {

    /** What one poll brought: how many new entries went to the sink, and what could not be read. */
    public record Poll(int fresh, int alreadySeen, List<InputProblem> problems) {}

    private final List<Input> feeds;
    private final Ingestor ingestor;
    private final SeenEntries seen;

    public FeedWatcher(List<Input> feeds, Metadata flags, SeenEntries seen) {
        this.feeds = List.copyOf(feeds);
        this.ingestor = new Ingestor(flags);
        this.seen = seen;
    }

    public Poll poll(Consumer<RawDocument> sink) {
        int fresh = 0;
        int old = 0;
        List<InputProblem> problems = new ArrayList<>();
        for (Input feed : feeds) {
            try (Stream<InputRecord> records = ingestor.records(feed)) {
                for (InputRecord record : (Iterable<InputRecord>) records::iterator) {
                    switch (record) {
                        case InputRecord.Skipped skipped -> problems.add(skipped.problem());
                        case InputRecord.Read read when seen.contains(read.document()) -> old++;
                        case InputRecord.Read read -> {
                            sink.accept(read.document());
                            seen.add(read.document());
                            fresh++;
                        }
                    }
                }
            }
        }
        return new Poll(fresh, old, problems);
    }
}
