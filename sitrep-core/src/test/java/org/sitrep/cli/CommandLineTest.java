package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.ingest.FeedServer;
import org.sitrep.ingest.SeenEntries;
import org.sitrep.testing.Samples;
import picocli.CommandLine;

class CommandLineTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = SitrepCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void helpExplainsEverySubcommand() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("analyze", "watch", "eval", "bench");
        assertThat(run("analyze", "--help")).isZero();
        assertThat(out.toString()).contains("--published", "--outlet", "--meta", "--format", "sidecar");
    }

    @Test
    void aBadDateOrFormatIsAUsageError(@TempDir Path folder) {
        assertThat(run("analyze", "--published", "yesterday", folder.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--published", "yesterday");
        assertThat(run("analyze", "--format", "pdf", folder.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("unknown format 'pdf'");
    }

    @Test
    void analyzeWritesTheDossierAndSaysWhereAndReportsSkippedInputsInItsExitCode(@TempDir Path folder) throws Exception {
        Files.copy(Samples.file(Samples.AFP), folder.resolve("afp.txt"));
        Files.writeString(folder.resolve("empty.txt"), "");
        Path outDir = folder.resolve("out");

        int exit = run("analyze", folder.toString(), "--out", outDir.toString(), "--published", "2016-02-05",
                "--format", "json,md");

        assertThat(exit).isEqualTo(SitrepCommand.EXIT_SKIPPED_INPUTS);
        assertThat(out.toString()).contains("Dossier of 1 document(s) written to " + outDir.toAbsolutePath());
        assertThat(err.toString()).contains("empty.txt: the file is empty");
        assertThat(outDir.resolve("dossier.json")).exists();
        assertThat(Files.readString(outDir.resolve("dossier.md"))).contains("published: 2016-02-05");
        assertThat(outDir.resolve("dossier.html")).doesNotExist();
        assertThat(outDir.resolve("figures.csv")).doesNotExist();
    }

    @Test
    void watchAppendsOnlyNewEntriesAndRemembersThemInTheOutputFolder(@TempDir Path folder) throws Exception {
        Path dir = folder.resolve("watch");
        try (FeedServer server = new FeedServer(FeedServer.rssWithItems(1))) {
            assertThat(run("watch", server.url(), "--polls", "1", "--no-dossier", "--out", dir.toString())).isZero();
            server.serve(FeedServer.rssWithItems(3));
            assertThat(run("watch", server.url(), "--polls", "2", "--interval", "1s", "--no-dossier",
                    "--out", dir.toString())).isZero();
        }

        assertThat(Files.readAllLines(dir.resolve("entries.jsonl"))).hasSize(2);
        assertThat(Files.readAllLines(dir.resolve(SeenEntries.FILE_NAME))).hasSize(2);
        assertThat(out.toString()).contains("poll 1: 1 new entry (0 seen before)", "poll 1: 1 new entry (1 seen before)",
                "poll 2: 0 new entries (2 seen before)");
        assertThat(err.toString()).contains(", entry 3: no content or description");
    }

    @Test
    void watchRebuildsTheDossierFromTheEntriesItTook(@TempDir Path folder) throws Exception {
        Path dir = folder.resolve("watch");
        try (FeedServer server = new FeedServer(FeedServer.rssWithItems(2))) {
            assertThat(run("watch", server.url(), "--polls", "1", "--format", "json", "--out", dir.toString())).isZero();
        }

        assertThat(out.toString()).contains("dossier of 2 document(s) written to " + dir.toAbsolutePath());
        assertThat(Files.readString(dir.resolve("dossier.json"))).contains("Kerry", "World News: Middle East");
    }

    @Test
    void watchIngestsNewEntriesIntoANamedWorkspaceThatOutlivesIt(@TempDir Path folder) throws Exception {
        Path dir = folder.resolve("watch");
        Path workspace = folder.resolve("crisis");
        try (FeedServer server = new FeedServer(FeedServer.rssWithItems(1))) {
            assertThat(run("watch", server.url(), "--polls", "1", "--format", "json", "--workspace", workspace.toString(),
                    "--out", dir.toString())).isZero();
            server.serve(FeedServer.rssWithItems(2));
            assertThat(run("watch", server.url(), "--polls", "1", "--format", "json", "--workspace", workspace.toString(),
                    "--out", dir.toString())).isZero();
        }
        assertThat(out.toString()).contains("dossier of 1 document(s)", "dossier of 2 document(s)");

        assertThat(run("search", "Kerry", "--workspace", workspace.toString(), "--facet", "kind=document")).isZero();
        assertThat(out.toString()).contains("«Kerry»");
    }

    @Test
    void anIntervalThatIsNotADurationIsBadUsage(@TempDir Path folder) {
        assertThat(run("watch", "https://news.example.org/feed", "--interval", "often", "--out", folder.toString()))
                .isEqualTo(2);
        assertThat(err.toString()).contains("not a duration like 30s, 10m or 1h: often");
    }
}
