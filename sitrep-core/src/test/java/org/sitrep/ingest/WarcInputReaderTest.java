package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcWriter;

class WarcInputReaderTest {

    private static final Metadata FLAGS = new Metadata(null, "Flag Outlet", null, null, null);

    @Test
    void htmlAndTextResponsesAndResourcesOfAGzippedCrawlAreDocumentsWithTheirRecordNumbers(@TempDir Path folder)
            throws IOException {
        Path crawl = Crawls.newsCrawl(folder.resolve("crawl.warc.gz"), WarcCompression.GZIP);

        List<InputRecord> records = read(crawl);

        assertThat(records).hasSize(4);
        RawDocument page = document(records.get(0));
        assertThat(page.source()).isEqualTo(crawl + ", record 3");
        assertThat(page.text()).contains("Up to 20,000 Syrians were stranded on the Turkish border Friday")
                .doesNotContain("Home", "All rights reserved");
        assertThat(page.metadata().published()).as("the page's own date wins over the crawl date")
                .isEqualTo("2016-02-05T12:00:00Z");
        assertThat(page.metadata().url()).isEqualTo(Crawls.BORDER_URL);
        assertThat(page.metadata().outlet()).isEqualTo("Flag Outlet");

        InputProblem noArticle = ((InputRecord.Skipped) records.get(1)).problem();
        assertThat(noArticle.getMessage()).isEqualTo(crawl + ", record 6: no article text found in the HTML");
        assertThat(noArticle.source()).isEqualTo(crawl.toString());
        assertThat(noArticle.record()).isEqualTo("record 6");

        RawDocument wire = document(records.get(2));
        assertThat(wire.source()).isEqualTo(crawl + ", record 7");
        assertThat(wire.text()).startsWith("The Syrian army advanced towards the Turkish border on Monday");
        assertThat(wire.metadata().published()).as("a record without a date of its own has the crawl date")
                .isEqualTo("2016-02-09T07:15:00Z");
        assertThat(wire.metadata().url()).isEqualTo(Crawls.OFFENSIVE_URL);
    }

    @Test
    void theCharsetOfAPayloadComesFromItsHttpContentType(@TempDir Path folder) throws IOException {
        Path crawl = Crawls.newsCrawl(folder.resolve("crawl.warc"), WarcCompression.NONE);

        RawDocument arabic = document(read(crawl).get(3));

        assertThat(arabic.source()).endsWith("record 8");
        assertThat(arabic.text()).contains("معبر باب السلامة", "حلب");
        assertThat(arabic.metadata().language()).isEqualTo("ar");
    }

    @Test
    void aTruncatedCrawlKeepsTheRecordsBeforeTheCutAndNamesTheRecordWhereItBroke(@TempDir Path folder)
            throws IOException {
        Path whole = Crawls.newsCrawl(folder.resolve("whole.warc.gz"), WarcCompression.GZIP);
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = folder.resolve("cut.warc.gz");
        long resourceStart = recordOffsets(whole).get(6);
        Files.write(cut, java.util.Arrays.copyOf(bytes, (int) resourceStart + 200)); // in the middle of record 7

        List<InputRecord> records = read(cut);

        assertThat(records).hasSize(3);
        assertThat(document(records.get(0)).source()).endsWith("record 3");
        InputProblem broken = ((InputRecord.Skipped) records.get(2)).problem();
        assertThat(broken.source()).isEqualTo(cut.toString());
        assertThat(broken.record()).isEqualTo("record 7");
        assertThat(broken.problem()).startsWith("truncated or corrupt WARC data");
        assertThat(broken.getMessage()).doesNotContain("\n");
    }

    @Test
    void aLargeCrawlIsReadRecordByRecordNotLoadedWhole(@TempDir Path folder) throws Exception {
        Path crawl = folder.resolve("big.warc");
        String page = Articles.page("Syria offensive", null, Articles.paragraphs(org.sitrep.testing.Samples.REUTERS));
        try (WarcWriter warc = new WarcWriter(FileChannel.open(crawl, StandardOpenOption.CREATE, StandardOpenOption.WRITE))) {
            for (int i = 0; i < 400; i++) {
                warc.write(Crawls.response(Crawls.OFFENSIVE_URL + "?page=" + i, 200, "text/html; charset=utf-8",
                        page.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            }
        }
        long size = Files.size(crawl);
        Counting counting = new Counting(Files.newInputStream(crawl));

        try (RecordSource source = new WarcInputReader().open(new Input.Local(crawl), counting)) {
            assertThat(source.next()).isInstanceOf(InputRecord.Read.class);
            assertThat(counting.read).as("bytes read for the first of 400 records").isLessThan(size / 10);
            int documents = 1;
            while (source.next() != null) {
                documents++;
            }
            assertThat(documents).isEqualTo(400);
        }
    }

    private static List<InputRecord> read(Path file) {
        try (Stream<InputRecord> records = new Ingestor(FLAGS).records(new Input.Local(file))) {
            return records.toList();
        }
    }

    private static RawDocument document(InputRecord record) {
        assertThat(record).isInstanceOf(InputRecord.Read.class);
        return ((InputRecord.Read) record).document();
    }

    private static List<Long> recordOffsets(Path warc) throws IOException {
        try (org.netpreserve.jwarc.WarcReader reader = new org.netpreserve.jwarc.WarcReader(warc)) {
            List<Long> offsets = new java.util.ArrayList<>();
            reader.forEach(record -> offsets.add(record.position()));
            return offsets;
        }
    }

    /** Counts the bytes a reader has taken from the stream. */
    private static final class Counting extends FilterInputStream {
        long read;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            read += b >= 0 ? 1 : 0;
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            read += Math.max(n, 0);
            return n;
        }
    }
}
