package org.sitrep.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.ingest.Metadata;
import org.sitrep.model.Dossier;
import org.sitrep.model.PublicationDate;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.Progress;
import org.sitrep.report.DossierFormats;
import org.sitrep.ingest.SidecarMetadata;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** {@code sitrep analyze}: files and folders of articles in, a dossier out. */
@Command(
        name = "analyze",
        mixinStandardHelpOptions = true,
        description = {
                "Analyses news articles (plain text or HTML files, or folders of them, read recursively) and writes a "
                        + "dossier: every document with its sourcing, entities and dates, each with its character span.",
                "Metadata comes from the article itself (HTML meta tags), then from a sidecar NAME.meta.json beside "
                        + "NAME (keys: published, outlet, url, title, language), then from --meta, then from the flags below.",
                "Exit status: 0 all inputs analysed; 3 some inputs skipped (each named on stderr); 1 failure; 2 bad usage."})
public final class AnalyzeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Article files or folders.")
    List<Path> inputs;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "sitrep-out",
            description = "Folder for the dossier (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--format", paramLabel = "FORMAT", split = ",", defaultValue = "json,md,html,csv,geojson",
            description = "Dossier formats, comma-separated: json, md, html, csv (the figures table), geojson (the places) "
                    + "(default: ${DEFAULT-VALUE}).")
    List<String> formats;

    @Option(names = "--meta", paramLabel = "FILE",
            description = "A JSON metadata file applying to every input that has no metadata of its own.")
    Path meta;

    @Option(names = "--published", paramLabel = "DATE",
            description = "Publication date (ISO 8601) for inputs that state none. Without one, relative dates "
                    + "(\"on Friday\") stay unanchored.")
    String published;

    @Option(names = "--outlet", paramLabel = "NAME", description = "Outlet for inputs that name none.")
    String outlet;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        formats.forEach(DossierFormats::named); // an unknown format fails now, not after the analysis
        if (published != null) {
            try {
                PublicationDate.parse(published, "--published");
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "--published: " + e.getMessage());
            }
        }
        Metadata flags = new Metadata(published, outlet, null, null, null);
        if (meta != null) {
            flags = SidecarMetadata.read(meta).orElse(flags);
        }
        Dossier dossier = Pipeline.standard().analyze(inputs, flags, Progress.to(System.err));
        List<Path> written = DossierFormats.writeAll(dossier, formats, out);
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.println("Dossier of " + dossier.documents().size() + " document(s) written to "
                + out.toAbsolutePath().normalize());
        written.forEach(file -> stdout.println("  " + file.toAbsolutePath().normalize()));
        stdout.flush();
        if (!dossier.skipped().isEmpty()) {
            err.println("sitrep: " + dossier.skipped().size() + " input(s) skipped:");
            dossier.skipped().forEach(s -> err.println("  " + s.source() + ": " + s.problem()));
            err.flush();
            return SitrepCommand.EXIT_SKIPPED_INPUTS;
        }
        return 0;
    }
}
