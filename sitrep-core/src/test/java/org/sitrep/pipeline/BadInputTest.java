package org.sitrep.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcCompression;
import org.sitrep.ingest.Articles;
import org.sitrep.ingest.Crawls;
import org.sitrep.ingest.Feeds;
import org.sitrep.ingest.Metadata;
import org.sitrep.model.Dossier;
import org.sitrep.model.SkippedInput;
import org.sitrep.testing.Samples;

class BadInputTest {

    @Test
    void emptyBinaryAndMissingFilesAreSkippedWithTheirReasonAndTheRestIsAnalysed(@TempDir Path folder) throws IOException {
        Files.copy(Samples.file(Samples.REUTERS), folder.resolve("report.txt"));
        Files.writeString(folder.resolve("empty.txt"), "");
        Files.write(folder.resolve("photo.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, 0, 0, 0x10, 'J', 'F', 'I', 'F', 0});

        Dossier dossier = Pipeline.standard().analyze(List.of(folder, folder.resolve("missing.txt")), Metadata.NONE,
                Progress.silent());

        assertThat(dossier.documents()).hasSize(1);
        assertThat(dossier.skipped()).extracting(SkippedInput::source, SkippedInput::problem).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(folder.resolve("empty.txt").toString(), "the file is empty"),
                org.assertj.core.groups.Tuple.tuple(folder.resolve("photo.jpg").toString(),
                        "binary content (NUL bytes), not a text or HTML article"),
                org.assertj.core.groups.Tuple.tuple(folder.resolve("missing.txt").toString(), "no such file or directory"));
    }

    @Test
    void theSameArticleGivenTwiceIsStoredOnce(@TempDir Path folder) throws IOException {
        Files.copy(Samples.file(Samples.REUTERS), folder.resolve("a.txt"));
        Files.writeString(folder.resolve("b.txt"), Samples.raw(Samples.REUTERS).replace("\n", "\r\n"));

        Dossier dossier = Pipeline.standard().analyze(List.of(folder), Metadata.NONE, Progress.silent());

        assertThat(dossier.documents()).hasSize(1);
        assertThat(dossier.skipped()).isEmpty();
    }

    @Test
    void aBadSidecarDateNamesTheFileAndTheProblem(@TempDir Path folder) throws IOException {
        Files.copy(Samples.file(Samples.REUTERS), folder.resolve("a.txt"));
        Files.writeString(folder.resolve("a.txt.meta.json"), "{\"published\": \"last Monday\"}");

        Dossier dossier = Pipeline.standard().analyze(List.of(folder), Metadata.NONE, Progress.silent());

        assertThat(dossier.skipped()).singleElement().satisfies(skipped -> {
            assertThat(skipped.source()).isEqualTo(folder.resolve("a.txt").toString());
            assertThat(skipped.problem()).contains("bad publication date", "last Monday");
        });
    }

    @Test
    void aBadRecordOfACrawlAFeedOrAJsonLinesFileIsSkippedWithItsNumberAndTheOtherRecordsAreAnalysed(@TempDir Path folder)
            throws IOException {
        Crawls.newsCrawl(folder.resolve("crawl.warc.gz"), WarcCompression.GZIP);
        Files.writeString(folder.resolve("middle-east.rss"), Feeds.rss());
        Files.writeString(folder.resolve("wire.jsonl"), "{\"outlet\": \"Reuters\", \"published\": \"2016-02-08\", \"text\": \""
                + Articles.reutersParagraph(6).replace("\"", "\\\"") + "\"}\n{\"text\": \"Aleppo\n");

        Dossier dossier = Pipeline.standard().analyze(List.of(folder), Metadata.NONE, Progress.silent());

        assertThat(dossier.skipped()).extracting(SkippedInput::source).containsExactlyInAnyOrder(
                folder.resolve("crawl.warc.gz") + ", record 6",
                folder.resolve("middle-east.rss") + ", entry 3",
                folder.resolve("wire.jsonl") + ", line 2");
        assertThat(dossier.documents()).as("the feed's entry 1 is the crawled page's article: one document")
                .extracting(analysis -> analysis.document().source()).containsExactlyInAnyOrder(
                        folder.resolve("crawl.warc.gz") + ", record 3",
                        folder.resolve("crawl.warc.gz") + ", record 7",
                        folder.resolve("crawl.warc.gz") + ", record 8",
                        folder.resolve("middle-east.rss") + ", entry 2",
                        folder.resolve("wire.jsonl") + ", line 1");
        assertThat(dossier.documents()).filteredOn(analysis -> analysis.document().source().endsWith("entry 2"))
                .singleElement().satisfies(analysis -> {
                    assertThat(analysis.document().url()).isEqualTo(Feeds.KERRY_LINK);
                    assertThat(analysis.document().outlet()).isEqualTo("World News: Middle East");
                    assertThat(analysis.document().published()).isNotNull();
                });
    }
}
