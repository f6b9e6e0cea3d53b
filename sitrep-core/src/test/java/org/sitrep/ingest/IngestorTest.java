package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestorTest {

    private static final Metadata FLAGS = new Metadata("2016-02-09", "Flag Outlet", null, null, null);

    @Test
    void metadataComesFromTheSidecarBeforeTheCommandLine(@TempDir Path folder) throws Exception {
        Path article = folder.resolve("report.txt");
        Files.writeString(article, "Thousands fled the town on Friday, officials said.");
        Files.writeString(folder.resolve("report.txt.meta.json"), "{\"published\": \"2016-02-05\", \"url\": \"https://example.org/a\"}");

        Metadata metadata = new Ingestor(FLAGS).read(article).metadata();

        assertThat(metadata.published()).isEqualTo("2016-02-05");
        assertThat(metadata.url()).isEqualTo("https://example.org/a");
        assertThat(metadata.outlet()).isEqualTo("Flag Outlet");
    }

    @Test
    void anHtmlPageGivesItsOwnMetadataAndArticleText(@TempDir Path folder) throws Exception {
        Path page = folder.resolve("page.html");
        Files.writeString(page, """
                <!doctype html><html lang="en"><head>
                <meta property="og:title" content="Thousands flee fighting near Aleppo">
                <meta property="og:site_name" content="Example News">
                <meta property="article:published_time" content="2016-02-05T10:30:00Z">
                <title>Thousands flee | Example News</title></head>
                <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
                <article><h1>Thousands flee fighting near Aleppo</h1>
                <p>Tens of thousands of civilians have fled a government offensive north of Aleppo, monitors said on Friday.</p>
                <p>The United Nations said up to 20,000 people had gathered at the border crossing, where aid groups were
                handing out blankets and food to families who had walked for days.</p>
                <p>Turkey, which already hosts about 2.5 million Syrian refugees, kept the crossing closed, officials said.</p>
                </article><footer>© Example News</footer></body></html>
                """);

        RawDocument raw = new Ingestor(FLAGS).read(page);

        assertThat(raw.metadata().title()).isEqualTo("Thousands flee fighting near Aleppo");
        assertThat(raw.metadata().outlet()).isEqualTo("Example News");
        assertThat(raw.metadata().published()).isEqualTo("2016-02-05T10:30:00Z");
        assertThat(raw.metadata().language()).isEqualTo("en");
        assertThat(raw.text()).contains("Tens of thousands of civilians have fled", "kept the crossing closed")
                .doesNotContain("Home", "© Example News");
    }

    @Test
    void aLatin1FileIsReadAsText(@TempDir Path folder) throws Exception {
        Path article = folder.resolve("latin1.txt");
        Files.write(article, "Le ministre a déclaré que 3 000 personnes ont fui.".getBytes(Charset.forName("ISO-8859-1")));

        assertThat(new Ingestor(Metadata.NONE).read(article).text()).contains("déclaré");
    }

    @Test
    void anUnreadableSidecarNamesItself(@TempDir Path folder) throws IOException {
        Path article = folder.resolve("report.txt");
        Files.writeString(article, "Thousands fled the town on Friday, officials said.");
        Files.writeString(folder.resolve("report.txt.meta.json"), "{\"published\": ");

        assertThatThrownBy(() -> new Ingestor(Metadata.NONE).read(article))
                .isInstanceOf(InputProblem.class)
                .hasMessageContaining("report.txt.meta.json")
                .hasMessageContaining("not valid JSON metadata");
    }

    @Test
    void directoriesAreReadRecursivelyWithoutSidecarsOrHiddenFiles(@TempDir Path folder) throws IOException {
        Files.createDirectories(folder.resolve("day1/wire"));
        Files.writeString(folder.resolve("day1/wire/a.txt"), "a");
        Files.writeString(folder.resolve("day1/wire/a.txt.meta.json"), "{}");
        Files.writeString(folder.resolve("day1/.DS_Store"), "x");
        Files.writeString(folder.resolve("b.html"), "<p>b</p>");

        assertThat(InputFiles.expand(java.util.List.of(folder)))
                .containsExactly(folder.resolve("b.html"), folder.resolve("day1/wire/a.txt"));
    }

    @Test
    void argumentsBecomeFilesFromFoldersAndUrlsAsGiven(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("a.txt"), "a");
        Files.writeString(folder.resolve("a.txt.meta.json"), "{}");
        String feed = "https://news.example.org/world/middle-east/rss";

        Inputs inputs = Inputs.expand(java.util.List.of(folder.toString(), feed));

        assertThat(inputs.all()).containsExactly(new Input.Local(folder.resolve("a.txt")),
                new Input.Remote(java.net.URI.create(feed)));
        assertThat(inputs.all().get(1).formatName()).isEqualTo("rss");
    }

    @Test
    void anEmptyCrawlOrJsonLinesFileHoldsNoArticle(@TempDir Path folder) throws IOException {
        Path crawl = Files.writeString(folder.resolve("empty.warc"), "");
        Path lines = Files.writeString(folder.resolve("blank.jsonl"), "\n\n");

        assertThatThrownBy(() -> new Ingestor(Metadata.NONE).read(crawl)).hasMessage(crawl + ": holds no article");
        assertThatThrownBy(() -> new Ingestor(Metadata.NONE).read(lines)).hasMessage(lines + ": holds no article");
    }
}
