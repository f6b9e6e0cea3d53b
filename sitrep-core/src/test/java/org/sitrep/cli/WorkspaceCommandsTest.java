package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.testing.Samples;
import picocli.CommandLine;

class WorkspaceCommandsTest {

    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        CommandLine cli = SitrepCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void ingestAddsOnceThenSearchFindsWithFacetsAndHighlights(@TempDir Path folder) throws Exception {
        Files.copy(Samples.file(Samples.AFP), folder.resolve("afp.txt"));
        Path workspace = folder.resolve("crisis");

        assertThat(run("ingest", folder.resolve("afp.txt").toString(), "--workspace", workspace.toString(),
                "--published", "2016-02-05", "--outlet", "Al Arabiya")).isZero();
        assertThat(out.toString()).startsWith("1 document(s) added to " + workspace.toAbsolutePath() + ", 0 already there");
        assertThat(run("ingest", folder.resolve("afp.txt").toString(), "--workspace", workspace.toString())).isZero();
        assertThat(out.toString()).startsWith("0 document(s) added to " + workspace.toAbsolutePath() + ", 1 already there");

        assertThat(run("search", "refugees", "--workspace", workspace.toString(), "--facet", "kind=document")).isZero();
        assertThat(out.toString()).contains("1 hit(s)", "[document]", "Al Arabiya, 2016-02-05", "«refugees»",
                "outlet: Al Arabiya (1)", "date: 2016-02-05 (1)", "kind: document (1)");
    }

    @Test
    void searchSaysWhatIsWrongWithAFacetOrAWorkspace(@TempDir Path folder) {
        assertThat(run("search", "x", "--workspace", folder.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("no search index under");
        assertThat(run("ingest", "--help")).isZero();
        assertThat(out.toString()).contains("--workspace", "--db", "--workers", "new version");
    }
}
