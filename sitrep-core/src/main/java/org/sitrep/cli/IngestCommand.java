package org.sitrep.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sitrep.ingest.Inputs;
import org.sitrep.pipeline.IngestReport;
import org.sitrep.pipeline.Progress;
import org.sitrep.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code sitrep ingest}: adds articles to a workspace, analysing only what it does not hold yet. */
@Command(
        name = "ingest",
        mixinStandardHelpOptions = true,
        description = {
                "Adds news articles (text and HTML files and folders of them, WARC crawls, RSS and Atom feeds, JSON "
                        + "Lines; see sitrep analyze --help) to a workspace: a folder holding "
                        + "the analysed documents (an embedded H2 database, or PostgreSQL with --db) and their "
                        + "search index (see sitrep search).",
                "An article already in the workspace (same content) is not analysed again; a changed article "
                        + "from the same URL or file is kept as a new version. A run that is stopped, even killed, "
                        + "can be started again: it finishes the documents that were not stored.",
                "Exit status: 0 all inputs ingested; 3 some inputs skipped (each named on stderr); 1 failure; 2 bad usage."})
public final class IngestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "INPUT",
            description = "Article files, folders, WARCs, feed files or URLs, JSON Lines files.")
    List<String> inputs;

    @Option(names = "--workspace", paramLabel = "DIR", required = true,
            description = "The workspace folder; created if it does not exist.")
    Path workspace;

    @Mixin
    MetadataOptions metadata;

    @Mixin
    WorkspaceOptions storage;

    @Override
    public Integer call() throws Exception {
        IngestReport run;
        try (Workspace kept = storage.open(workspace)) {
            run = storage.pipeline().ingest(Inputs.expand(inputs), metadata.metadata(), Progress.to(System.err), kept);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "%d document(s) added to %s, %d already there, in %.1f s%n", run.added(),
                workspace.toAbsolutePath().normalize(), run.alreadyStored(), run.seconds());
        out.flush();
        return SitrepCommand.reportSkipped(run.skipped(), spec.commandLine().getErr());
    }
}
