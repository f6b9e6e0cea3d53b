package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedWatcherTest {

    @Test
    void eachPollTakesOnlyTheEntriesNotTakenBeforeEvenAcrossRestarts(@TempDir Path out) throws IOException {
        try (FeedServer server = new FeedServer(FeedServer.rssWithItems(1))) {
            List<Input> feeds = List.of(Input.of(server.url()));
            List<RawDocument> taken = new ArrayList<>();

            FeedWatcher.Poll first = new FeedWatcher(feeds, Metadata.NONE, SeenEntries.in(out)).poll(taken::add);
            FeedWatcher.Poll again = new FeedWatcher(feeds, Metadata.NONE, SeenEntries.in(out)).poll(taken::add);
            server.serve(FeedServer.rssWithItems(2));
            FeedWatcher.Poll later = new FeedWatcher(feeds, Metadata.NONE, SeenEntries.in(out)).poll(taken::add);

            assertThat(first).isEqualTo(new FeedWatcher.Poll(1, 0, List.of()));
            assertThat(again.fresh()).as("nothing new, and the seen-set was read back from disk").isZero();
            assertThat(later.fresh()).isEqualTo(1);
            assertThat(later.alreadySeen()).isEqualTo(1);
            assertThat(taken).extracting(doc -> doc.metadata().url()).containsExactly(Feeds.AFP_LINK, Feeds.KERRY_LINK);
            assertThat(Files.readAllLines(out.resolve(SeenEntries.FILE_NAME))).hasSize(2);
            assertThat(server.requests()).isEqualTo(3);
        }
    }

    @Test
    void anEntryTheSinkFailedToKeepIsOfferedAgain(@TempDir Path out) throws IOException {
        try (FeedServer server = new FeedServer(FeedServer.rssWithItems(2))) {
            FeedWatcher watcher = new FeedWatcher(List.of(Input.of(server.url())), Metadata.NONE, SeenEntries.in(out));
            List<RawDocument> kept = new ArrayList<>();

            try {
                watcher.poll(entry -> {
                    throw new IllegalStateException("disk full");
                });
            } catch (IllegalStateException expected) {
                // the watch stops; nothing was marked seen
            }
            FeedWatcher.Poll retry = watcher.poll(kept::add);

            assertThat(retry.fresh()).isEqualTo(2);
            assertThat(kept).hasSize(2);
        }
    }

    @Test
    void aFeedThatCannotBeFetchedIsReportedAndTheOthersArePolled(@TempDir Path out) throws IOException {
        try (FeedServer server = new FeedServer(Feeds.rss())) {
            Path atom = out.resolve("world.atom");
            Files.writeString(atom, Feeds.atom());
            String gone = server.url().replace("/feeds/middle-east", "/feeds/gone");
            FeedWatcher watcher = new FeedWatcher(List.of(Input.of(gone), Input.of(server.url()), new Input.Local(atom)),
                    Metadata.NONE, SeenEntries.in(out));

            FeedWatcher.Poll poll = watcher.poll(entry -> {});

            assertThat(poll.fresh()).isEqualTo(4);
            assertThat(poll.problems()).extracting(InputProblem::getMessage).containsExactly(
                    gone + ": cannot be read (HTTP status 404)",
                    server.url() + ", entry 3: no content or description");
        }
    }
}
