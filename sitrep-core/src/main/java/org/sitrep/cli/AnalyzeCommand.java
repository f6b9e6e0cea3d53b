package org.sitrep.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.ingest.Inputs;
import org.sitrep.ingest.Metadata;
import org.sitrep.model.Dossier;
import org.sitrep.pipeline.Progress;
import org.sitrep.report.DossierFormats;
import org.sitrep.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code sitrep analyze}: files and folders of articles in, a dossier out. */
@Command(
        name = "analyze",
        mixinStandardHelpOptions = true,
        description = {
                "Analyses news articles and writes a dossier: every document with its sourcing, entities and dates, "
                        + "each with its character span. Inputs: plain text and HTML files, folders of them (read "
                        + "recursively), WARC and WARC.gz crawls, RSS and Atom feeds (files or http(s) URLs), JSON Lines "
                        + "(one article a line); any of these gzipped (.gz).",
                "The articles are ingested into a workspace, a temporary one unless --workspace names one; there, "
                        + "articles analysed before are not analysed again.",
                "Metadata comes from the article itself (HTML meta tags), then from its record (WARC headers, feed "
                        + "entry, JSON Lines fields), then from a sidecar NAME.meta.json beside NAME (keys: published, "
                        + "outlet, url, title, language), then from --meta, then from the flags below.",
                "Exit status: 0 all inputs analysed; 3 some inputs skipped (each named on stderr); 1 failure; 2 bad usage."})
public final class AnalyzeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "INPUT",
            description = "Article files, folders, WARCs, feed files or URLs, JSON Lines files.")
    List<String> inputs;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "sitrep-out",
            description = "Folder for the dossier (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--format", paramLabel = "FORMAT", split = ",", defaultValue = "json,md,html,csv,geojson,events",
            description = "Dossier formats, comma-separated: json, md, html, csv (the figures table), geojson (the places "
                    + "and events), events (events.csv, ACLED's columns) "
                    + "(default: ${DEFAULT-VALUE}).")
    List<String> formats;

    @Option(names = "--workspace", paramLabel = "DIR",
            description = "Keep the analysed documents in this workspace folder (see sitrep ingest) instead of "
                    + "a temporary one.")
    Path workspace;

    @Mixin
    MetadataOptions metadata;

    @Mixin
    WorkspaceOptions storage;

    @Override
    public Integer call() throws Exception {
        formats.forEach(DossierFormats::named); // an unknown format fails now, not after the analysis
        Metadata flags = metadata.metadata();
        Dossier dossier;
        try (Workspace kept = storage.open(workspace)) {
            dossier = storage.pipeline().analyze(Inputs.expand(inputs), flags, Progress.to(System.err), kept);
        }
        List<Path> written = DossierFormats.writeAll(dossier, formats, out);
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.println("Dossier of " + dossier.documents().size() + " document(s) written to "
                + out.toAbsolutePath().normalize());
        written.forEach(file -> stdout.println("  " + file.toAbsolutePath().normalize()));
        stdout.flush();
        return SitrepCommand.reportSkipped(dossier.skipped(), spec.commandLine().getErr());
    }
}
