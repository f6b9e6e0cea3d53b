package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.DocumentAnalysis;
import org.sitrep.testing.Corpus;

/**
 * A real kill -9 of a JVM in the middle of an ingest run, then a second run on the same workspace: it must
 * store exactly the documents the first did not commit, and every stored document must be whole.
 */
class KillAndResumeTest {

    private static final int ARTICLES = 60;
    private static final int STORED_BEFORE_KILL = 12;

    @TempDir
    Path folder;

    @Test
    void aRunKilledMidwayAndStartedAgainFinishesTheRestWithoutRedoingOrDuplicatingAnything() throws Exception {
        Path inputs = folder.resolve("inputs");
        Path workspace = folder.resolve("workspace");
        Set<String> all = Corpus.write(inputs, ARTICLES, 8).stream().map(Path::toString).collect(Collectors.toSet());

        Child first = Child.start(workspace, inputs, 100);
        first.awaitLines("stored ", STORED_BEFORE_KILL, Duration.ofSeconds(60));
        first.process.destroyForcibly(); // SIGKILL: no shutdown hook, no close, no commit
        assertThat(first.process.waitFor()).isEqualTo(137);
        List<String> reportedStored = first.lines("stored ");

        Set<String> storedAtKill;
        try (SqlDocumentStore store = SqlDocumentStore.open(Database.embeddedIn(workspace), 2)) {
            storedAtKill = sources(store);
            assertThat(storedAtKill).as("what the first run reported stored survived the kill")
                    .containsAll(reportedStored).hasSizeLessThan(ARTICLES);
            assertWhole(store);
        }

        Child second = Child.start(workspace, inputs, 0);
        assertThat(second.finish()).isZero();
        Set<String> analysedAgain = new HashSet<>(second.lines("analysing "));

        assertThat(analysedAgain).as("nothing stored before the kill is analysed again").doesNotContainAnyElementsOf(storedAtKill);
        try (Workspace resumed = Workspace.open(workspace)) {
            assertThat(sources(resumed.store())).isEqualTo(all);
            assertThat(resumed.store().count("documents")).isEqualTo(ARTICLES);
            assertWhole(resumed.store());
            assertThat(resumed.index().documentIds()).isEqualTo(resumed.store().ids());
        }
        Set<String> union = new HashSet<>(storedAtKill);
        union.addAll(analysedAgain);
        assertThat(union).isEqualTo(all);
    }

    private static Set<String> sources(SqlDocumentStore store) {
        return store.all().stream().map(a -> a.document().source()).collect(Collectors.toSet());
    }

    /** No half-written document: the normalised rows hold exactly what each stored record holds. */
    private static void assertWhole(SqlDocumentStore store) {
        List<DocumentAnalysis> stored = store.all();
        assertThat(store.count("entities")).isEqualTo(stored.stream().mapToLong(a -> a.entities().size()).sum());
        assertThat(store.count("entity_mentions")).isEqualTo(stored.stream()
                .flatMap(a -> a.entities().stream()).mapToLong(e -> e.mentions().size()).sum());
        assertThat(store.count("quotes")).isEqualTo(stored.stream().mapToLong(a -> a.quotes().size()).sum());
        assertThat(store.count("removed_spans")).isEqualTo(stored.stream().mapToLong(a -> a.document().removed().size()).sum());
        assertThat(stored).allSatisfy(a -> assertThat(a.entities()).isNotEmpty());
    }

    /** A JVM running {@link SlowIngest} on the test classpath, its output collected line by line. */
    private record Child(Process process, Thread reader, List<String> output) {

        static Child start(Path workspace, Path inputs, long pauseMillis) throws IOException {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process process = new ProcessBuilder(java, "-Xmx512m", "--enable-native-access=ALL-UNNAMED",
                    "-cp", System.getProperty("java.class.path"), SlowIngest.class.getName(),
                    workspace.toString(), inputs.toString(), Long.toString(pauseMillis))
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            List<String> output = new CopyOnWriteArrayList<>();
            Thread reader = new Thread(() -> {
                try (BufferedReader lines = new BufferedReader(
                        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                        output.add(line);
                    }
                } catch (IOException e) {
                    // the child was killed: its output ends here
                }
            });
            reader.setDaemon(true);
            reader.start();
            return new Child(process, reader, output);
        }

        /** Waits for the child to end and for its last line to be read; returns its exit status. */
        int finish() throws InterruptedException {
            int status = process.waitFor();
            reader.join();
            return status;
        }

        void awaitLines(String prefix, int count, Duration limit) throws InterruptedException {
            long deadline = System.nanoTime() + limit.toNanos();
            while (lines(prefix).size() < count) {
                assertThat(process.isAlive()).as("child still running; output so far: " + output).isTrue();
                assertThat(System.nanoTime()).as("child too slow; output so far: " + output).isLessThan(deadline);
                Thread.sleep(10);
            }
        }

        List<String> lines(String prefix) {
            return output.stream().filter(line -> line.startsWith(prefix)).map(line -> line.substring(prefix.length())).toList();
        }
    }
}
