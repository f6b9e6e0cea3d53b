package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedInputReaderTest {

    @Test
    void eachRssItemIsADocumentWithItsDateLinkTitleAndTheFeedsOutletAndLanguage(@TempDir Path folder) throws IOException {
        Path feed = folder.resolve("middle-east.rss");
        Files.writeString(feed, Feeds.rss());

        List<InputRecord> records = read(new Input.Local(feed));

        assertThat(records).hasSize(3);
        RawDocument first = ((InputRecord.Read) records.get(0)).document();
        assertThat(first.source()).isEqualTo(feed + ", entry 1");
        assertThat(first.text()).as("content:encoded, not the one-paragraph description")
                .contains("Up to 20,000 Syrians were stranded", "Bab al-Salama border crossing")
                .doesNotContain("<p>");
        assertThat(first.metadata()).isEqualTo(new Metadata("2016-02-05T17:42:00Z", "World News: Middle East",
                Feeds.AFP_LINK, "Syrians mass on Turkish border as regime advances", "en-gb"));

        RawDocument second = ((InputRecord.Read) records.get(1)).document();
        assertThat(second.text()).as("the description, when there is no content").contains("John Kerry");
        assertThat(second.metadata().url()).isEqualTo(Feeds.KERRY_LINK);

        InputProblem empty = ((InputRecord.Skipped) records.get(2)).problem();
        assertThat(empty.getMessage()).isEqualTo(feed + ", entry 3: no content or description");
    }

    @Test
    void atomEntriesTakeTheirPublishedDateAndHtmlOrTextContent(@TempDir Path folder) throws IOException {
        Path feed = folder.resolve("world.atom");
        Files.writeString(feed, Feeds.atom());

        List<InputRecord> records = read(new Input.Local(feed));

        RawDocument html = ((InputRecord.Read) records.get(0)).document();
        assertThat(html.text()).startsWith("The Syrian army advanced towards the Turkish border on Monday");
        assertThat(html.metadata().published()).isEqualTo("2016-02-08T14:10:00Z");
        assertThat(html.metadata().outlet()).isEqualTo("Wire Service: World");
        RawDocument text = ((InputRecord.Read) records.get(1)).document();
        assertThat(text.metadata().published()).as("no published date: the updated one").isEqualTo("2016-02-08T18:30:00Z");
        assertThat(text.text()).contains("\n\n");
    }

    @Test
    void aFeedUrlIsFetchedAndRecognizedByItsContent() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        byte[] atom = Feeds.atom().getBytes(StandardCharsets.UTF_8);
        server.createContext("/world/feed", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/atom+xml");
            exchange.sendResponseHeaders(200, atom.length);
            exchange.getResponseBody().write(atom);
            exchange.close();
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/world/feed";
            List<InputRecord> records = read(Input.of(url));

            assertThat(records).hasSize(2).allMatch(record -> record instanceof InputRecord.Read);
            assertThat(((InputRecord.Read) records.get(0)).document().source()).isEqualTo(url + ", entry 1");
            String gone = "http://127.0.0.1:" + server.getAddress().getPort() + "/gone";
            InputProblem missing = (((InputRecord.Skipped) read(Input.of(gone)).get(0))).problem();
            assertThat(missing.getMessage()).isEqualTo(gone + ": cannot be read (HTTP status 404)");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aMalformedFeedIsOneClearProblemNamingTheFile(@TempDir Path folder) throws IOException {
        Path feed = folder.resolve("broken.xml");
        Files.writeString(feed, Feeds.rss().substring(0, Feeds.rss().indexOf("</item>")));

        List<InputRecord> records = read(new Input.Local(feed));

        InputProblem problem = ((InputRecord.Skipped) records.get(0)).problem();
        assertThat(problem.source()).isEqualTo(feed.toString());
        assertThat(problem.problem()).startsWith("not a valid RSS or Atom feed (");
        assertThat(problem.getMessage()).doesNotContain("\n");
    }

    static List<InputRecord> read(Input input) {
        try (Stream<InputRecord> records = new Ingestor(Metadata.NONE).records(input)) {
            return records.toList();
        }
    }
}
