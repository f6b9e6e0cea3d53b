package org.sitrep.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
}
