package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcCompression;
import org.sitrep.testing.Samples;

/** DESIGN.md §8: every kind of bad input gets one clear line naming it (and its record); the rest is read. */
class BadInputSuiteTest {

    @Test
    void eachBadInputIsOneLineNamingItAndTheGoodOnesAreRead(@TempDir Path folder) throws IOException {
        Files.copy(Samples.file(Samples.REUTERS), folder.resolve("good.txt"));
        Files.writeString(folder.resolve("empty.html"), "");
        Files.write(folder.resolve("photo.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10,
                'J', 'F', 'I', 'F', 0, 1, 1, 0, 0, 1});
        byte[] gzipped = gzip(Samples.raw(Samples.AFP).getBytes(StandardCharsets.UTF_8));
        Files.write(folder.resolve("cut.txt.gz"), Arrays.copyOf(gzipped, gzipped.length / 2));
        Files.write(folder.resolve("not-gzip.jsonl.gz"), Samples.raw(Samples.AFP).getBytes(StandardCharsets.UTF_8));
        byte[] warc = Files.readAllBytes(Crawls.newsCrawl(folder.resolve("crawl.warc"), WarcCompression.NONE));
        Files.delete(folder.resolve("crawl.warc"));
        Files.write(folder.resolve("cut.warc"), Arrays.copyOf(warc, warc.length - 500));
        Files.writeString(folder.resolve("markup-only.html"), "<html><head><title>Live</title><script>var a = 1;</script>"
                + "</head><body><div id=\"app\"></div></body></html>");
        Files.writeString(folder.resolve("tag-soup.html"), "<HTML><BODY><div class=story><P>" + Articles.afpParagraph(0)
                + "<P>" + Articles.afpParagraph(1) + "</span></td><P>" + Articles.afpParagraph(2) + "</div></div>");
        Files.writeString(folder.resolve("broken.rss"), Feeds.rss().replace("</channel>", "<item><title>Cut"));
        Files.writeString(folder.resolve("not-a-feed.atom"), "<feed><entry>" + Articles.afpParagraph(0));
        Files.write(folder.resolve("arabic-1256.txt"), (Encodings.ARABIC_LEDE + "\n\n" + Encodings.ARABIC_SECOND)
                .getBytes(Charset.forName("windows-1256")));
        Files.write(folder.resolve("names-latin1.txt"), Encodings.FRENCH_WITH_ARABIC_NAMES.getBytes(StandardCharsets.ISO_8859_1));
        Path huge = folder.resolve("huge.html");
        try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(huge))) {
            byte[] paragraph = ("<p>" + Articles.afpParagraph(3) + "</p>\n").getBytes(StandardCharsets.UTF_8);
            for (long left = 50L * 1024 * 1024; left > 0; left -= paragraph.length) {
                out.write(paragraph, 0, (int) Math.min(left, paragraph.length));
            }
        }

        List<String> problems = new ArrayList<>();
        List<RawDocument> documents = new ArrayList<>();
        Ingestor ingestor = new Ingestor(Metadata.NONE);
        for (Input input : Inputs.ofPaths(List.of(folder)).all()) {
            try (var records = ingestor.records(input)) {
                records.forEach(record -> {
                    switch (record) {
                        case InputRecord.Read read -> documents.add(read.document());
                        case InputRecord.Skipped skipped -> problems.add(skipped.problem().getMessage());
                    }
                });
            }
        }

        String dir = folder + "/";
        assertThat(problems).allSatisfy(line -> assertThat(line).doesNotContain("\n").startsWith(dir));
        assertThat(problems).containsExactlyInAnyOrder(
                dir + "empty.html: the file is empty",
                dir + "photo.jpg: binary content (NUL bytes), not a text or HTML article",
                dir + "cut.txt.gz: truncated: the data ends in the middle (Unexpected end of ZLIB input stream)",
                dir + "not-gzip.jsonl.gz: corrupt compressed data (Not in GZIP format)",
                dir + "cut.warc, record 6: no article text found in the HTML",
                dir + "cut.warc, record 8: truncated: the WARC data ends inside this record ("
                        + problemOf(problems, "cut.warc, record 8") + ")",
                dir + "markup-only.html: no article text found in the HTML",
                dir + "broken.rss: not a valid RSS or Atom feed (" + problemOf(problems, "broken.rss") + ")",
                dir + "not-a-feed.atom: not a valid RSS or Atom feed (" + problemOf(problems, "not-a-feed.atom") + ")",
                dir + "huge.html: too large (50 MiB; at most 20 MiB)");
        assertThat(documents).extracting(RawDocument::source).containsExactlyInAnyOrder(
                dir + "arabic-1256.txt", dir + "cut.warc, record 3", dir + "cut.warc, record 7", dir + "good.txt",
                dir + "names-latin1.txt", dir + "tag-soup.html");
        assertThat(text(documents, "arabic-1256.txt")).contains("معبر باب السلامة");
        assertThat(text(documents, "names-latin1.txt")).contains("Ratyane", "a déclaré Abdel Rahmane");
        assertThat(text(documents, "tag-soup.html")).contains("Up to 20,000 Syrians", "Tens of thousands", "On Friday");
    }

    /** The detail in brackets that a library gave, which the test does not pin down. */
    private static String problemOf(List<String> problems, String where) {
        String line = problems.stream().filter(p -> p.contains(where + ": ")).findFirst().orElse("(");
        return line.substring(line.indexOf('(') + 1, line.lastIndexOf(')'));
    }

    private static String text(List<RawDocument> documents, String name) {
        return documents.stream().filter(d -> d.source().endsWith(name)).findFirst().orElseThrow().text();
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        var buffer = new java.io.ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(buffer)) {
            out.write(bytes);
        }
        return buffer.toByteArray();
    }
}
