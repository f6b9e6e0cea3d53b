package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.testing.Samples;

class JsonLinesInputReaderTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void eachLineIsAnArticleWithItsFieldsAndABadLineIsSkippedWithItsNumber(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("articles.jsonl");
        ObjectNode text = JSON.createObjectNode()
                .put("id", "afp-20160205-border")
                .put("text", String.join("\n\n", Articles.paragraphs(Samples.AFP).subList(0, 4)))
                .put("published", "2016-02-05")
                .put("outlet", "AFP")
                .put("url", Feeds.AFP_LINK)
                .put("title", "Syrians mass on Turkish border as regime advances")
                .put("language", "en");
        ObjectNode html = JSON.createObjectNode()
                .put("html", Articles.page("Syria offensive", "2016-02-08T14:10:00Z",
                        Articles.paragraphs(Samples.REUTERS).subList(0, 5)))
                .put("published", "2016-02-09")
                .put("outlet", "Reuters");
        Files.writeString(file, String.join("\n",
                JSON.writeValueAsString(text),
                "",
                "{\"text\": \"Up to 20,000 Syrians were stranded on the Turkish border\", \"outlet\": ",
                JSON.writeValueAsString(JSON.createObjectNode().put("title", "No body").put("outlet", "AFP")),
                "[\"an array, not an article\"]",
                JSON.writeValueAsString(html)) + "\n");

        List<InputRecord> records = FeedInputReaderTest.read(new Input.Local(file));

        assertThat(records).hasSize(5);
        RawDocument first = ((InputRecord.Read) records.get(0)).document();
        assertThat(first.source()).isEqualTo(file + ", line 1 (id afp-20160205-border)");
        assertThat(first.text()).contains("Up to 20,000 Syrians", "\n\nTens of thousands of civilians");
        assertThat(first.metadata()).isEqualTo(new Metadata("2016-02-05", "AFP", Feeds.AFP_LINK,
                "Syrians mass on Turkish border as regime advances", "en"));
        assertThat(((InputRecord.Skipped) records.get(1)).problem().getMessage())
                .startsWith(file + ", line 3: not valid JSON (").doesNotContain("\n");
        assertThat(((InputRecord.Skipped) records.get(2)).problem().getMessage())
                .isEqualTo(file + ", line 4: neither \"text\" nor \"html\" holds an article");
        assertThat(((InputRecord.Skipped) records.get(3)).problem().getMessage())
                .isEqualTo(file + ", line 5: not a JSON object");
        RawDocument page = ((InputRecord.Read) records.get(4)).document();
        assertThat(page.source()).isEqualTo(file + ", line 6");
        assertThat(page.text()).contains("The Syrian army advanced").doesNotContain("All rights reserved");
        assertThat(page.metadata().published()).as("the page's own date first").isEqualTo("2016-02-08T14:10:00Z");
        assertThat(page.metadata().outlet()).isEqualTo("Reuters");
    }

    @Test
    void whatTheWatchWritesReadsBackTheSame(@TempDir Path folder) {
        RawDocument entry = new RawDocument("feed.rss, entry 1", Articles.afpParagraph(0) + "\n\n" + Articles.afpParagraph(1),
                new Metadata("2016-02-05T17:42:00Z", "World News", Feeds.AFP_LINK, "Syrians mass on Turkish border", "en"));
        JsonLinesWriter writer = new JsonLinesWriter(folder.resolve("entries.jsonl"));
        writer.append(entry);
        writer.append(entry);

        List<InputRecord> records = FeedInputReaderTest.read(new Input.Local(writer.file()));

        assertThat(records).hasSize(2).allSatisfy(record -> {
            RawDocument read = ((InputRecord.Read) record).document();
            assertThat(read.text()).isEqualTo(entry.text());
            assertThat(read.metadata()).isEqualTo(entry.metadata());
        });
    }

    @Test
    void aLineLongerThanAnArticleCanBeIsSkippedAndTheNextLineRead(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("dump.ndjson");
        try (var out = Files.newBufferedWriter(file)) {
            out.write("{\"text\": \"");
            String paragraph = Articles.reutersParagraph(0) + " ";
            for (long written = 0; written <= ArticleFileReader.MAX_BYTES; written += paragraph.length()) {
                out.write(paragraph);
            }
            out.write("\"}\n");
            out.write(JSON.writeValueAsString(JSON.createObjectNode().put("text", Articles.reutersParagraph(1))) + "\n");
        }

        List<InputRecord> records = FeedInputReaderTest.read(new Input.Local(file));

        assertThat(((InputRecord.Skipped) records.get(0)).problem().getMessage())
                .isEqualTo(file + ", line 1: too long (more than 20 MiB)");
        assertThat(((InputRecord.Read) records.get(1)).document().text()).isEqualTo(Articles.reutersParagraph(1));
    }
}
