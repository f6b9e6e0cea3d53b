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
        assertThat(out.toString()).contains("analyze", "eval", "bench");
        assertThat(run("analyze", "--help")).isZero();
        assertThat(out.toString()).contains("--published", "--outlet", "--meta", "--format", "sidecar");
    }

    @Test
    void aBadDateOrFormatIsAUsageError(@TempDir Path folder) {
        assertThat(run("analyze", "--published", "yesterday", folder.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--published", "yesterday");
        assertThat(run("analyze", "--format", "pdf", folder.toString())).isEqualTo(1);
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
}
