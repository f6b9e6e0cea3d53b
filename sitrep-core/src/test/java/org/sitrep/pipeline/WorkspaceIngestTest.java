package org.sitrep.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.ingest.Metadata;
import org.sitrep.store.DocumentStore;
import org.sitrep.store.Workspace;
import org.sitrep.store.search.SearchQuery;
import org.sitrep.testing.Corpus;
import org.sitrep.testing.LightAnalyzer;

class WorkspaceIngestTest {

    @TempDir
    Path folder;

    private final AtomicInteger analysed = new AtomicInteger();
    private final DocumentAnalyzer counting = document -> {
        analysed.incrementAndGet();
        return new LightAnalyzer(0).analyze(document);
    };

    private IngestReport ingest(Path inputs) {
        try (Workspace workspace = Workspace.open(folder.resolve("workspace"))) {
            return new WorkspaceIngest(counting, 2).run(List.of(inputs), Metadata.NONE, workspace, Progress.silent());
        }
    }

    @Test
    void anInputOfManyDocumentsShowsItsPaceDocumentByDocument() throws IOException {
        // A JSON Lines file of 12 articles made of real sentences: one input, twelve documents.
        Path lines = folder.resolve("crawl.jsonl");
        StringBuilder jsonl = new StringBuilder();
        for (Path article : Corpus.write(folder.resolve("texts"), 12, 3)) {
            jsonl.append("{\"text\": ").append(new com.fasterxml.jackson.databind.ObjectMapper()
                    .writeValueAsString(Files.readString(article))).append("}\n");
        }
        Files.writeString(lines, jsonl);
        List<Integer> counts = new java.util.concurrent.CopyOnWriteArrayList<>();
        Progress recording = new Progress() {
            public void started(int total) {}
            public void finished(String item, int done, int total) {}
            public void problem(String message) {}
            public void recordDone(String input, int records) {
                counts.add(records);
            }
            public void done() {}
        };

        try (Workspace workspace = Workspace.open(folder.resolve("workspace"))) {
            new WorkspaceIngest(counting, 2).run(List.of(lines), Metadata.NONE, workspace, recording);
        }

        assertThat(analysed).hasValue(12);
        assertThat(counts).isNotEmpty().contains(12).allSatisfy(n -> assertThat(n).isBetween(1, 12));
    }

    @Test
    void ingestingTheSameArticlesAgainAnalysesNothingAndAddsNothing() {
        Path inputs = folder.resolve("inputs");
        Corpus.write(inputs, 15, 1);

        IngestReport first = ingest(inputs);
        IngestReport second = ingest(inputs);

        assertThat(first.added()).isEqualTo(15);
        assertThat(second.added()).isZero();
        assertThat(second.alreadyStored()).isEqualTo(15);
        assertThat(second.documentIds()).isEqualTo(first.documentIds());
        assertThat(analysed).hasValue(15);
    }

    @Test
    void aChangedArticleIsANewVersionOfItsSourceAndTheOldOneIsKept() throws IOException {
        Path inputs = folder.resolve("inputs");
        Path article = Corpus.write(inputs, 3, 2).get(0);
        IngestReport first = ingest(inputs);
        Files.writeString(article, Files.readString(article) + "\nThe figure was later revised.\n");

        IngestReport second = ingest(inputs);

        assertThat(second.added()).isEqualTo(1);
        assertThat(second.alreadyStored()).isEqualTo(2);
        try (Workspace workspace = Workspace.open(folder.resolve("workspace"))) {
            List<DocumentStore.DocumentVersion> versions = workspace.store().versions(article.toString());
            assertThat(versions).extracting(DocumentStore.DocumentVersion::version).containsExactly(1, 2);
            assertThat(versions.get(0).documentId()).isIn(first.documentIds());
            assertThat(versions.get(1).documentId()).isIn(second.documentIds()).isNotIn(first.documentIds());
            assertThat(workspace.store().get(versions.get(1).documentId()).orElseThrow().document().cleanText())
                    .contains("later revised");
        }
    }

    @Test
    void aLostSearchIndexIsRebuiltFromTheStoreOnOpening() throws IOException {
        Path inputs = folder.resolve("inputs");
        Corpus.write(inputs, 5, 3);
        ingest(inputs);
        try (Stream<Path> files = Files.walk(folder.resolve("workspace/index"))) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }

        try (Workspace workspace = Workspace.open(folder.resolve("workspace"))) {
            assertThat(workspace.index().documentIds()).isEqualTo(workspace.store().ids()).hasSize(5);
            assertThat(workspace.index().search(SearchQuery.of("\"Report 3\"")).hits()).isNotEmpty();
        }
    }

    @Test
    void unreadableInputsAreSkippedWithTheirReasonAndTheOthersStored() throws IOException {
        Path inputs = folder.resolve("inputs");
        Corpus.write(inputs, 2, 4);
        Files.writeString(inputs.resolve("empty.txt"), "");

        IngestReport run = ingest(inputs);

        assertThat(run.added()).isEqualTo(2);
        assertThat(run.skipped()).singleElement().satisfies(skipped -> {
            assertThat(skipped.source()).endsWith("empty.txt");
            assertThat(skipped.problem()).isEqualTo("the file is empty");
        });
    }

    @Test
    void aDocumentWhoseAnalysisFailsIsSkippedWithTheReasonAndTheRestStored() {
        Path inputs = folder.resolve("inputs");
        Path failing = Corpus.write(inputs, 4, 5).get(1);
        DocumentAnalyzer failsOnOne = document -> {
            if (document.source().equals(failing.toString())) {
                throw new IllegalStateException("parser gave up");
            }
            return new LightAnalyzer(0).analyze(document);
        };
        try (Workspace workspace = Workspace.open(folder.resolve("workspace"))) {
            IngestReport run = new WorkspaceIngest(failsOnOne, 2).run(List.of(inputs), Metadata.NONE, workspace,
                    Progress.silent());

            assertThat(run.added()).isEqualTo(3);
            assertThat(run.documentIds()).hasSize(3);
            assertThat(run.skipped()).singleElement().satisfies(skipped -> {
                assertThat(skipped.source()).isEqualTo(failing.toString());
                assertThat(skipped.problem()).contains("analysis failed", "parser gave up");
            });
        }
    }
}
