package org.sitrep.cli;

import java.util.List;
import org.sitrep.report.DossierFormats;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Which dossier formats a command writes. By default every format {@link DossierFormats} registers, so that a new
 * format reaches `analyze` and `watch` alike without anyone editing a default list.
 */
final class FormatOptions {

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--format", paramLabel = "FORMAT", split = ",",
            description = "Dossier formats, comma-separated, e.g. json (everything, with spans), md and html (to read),"
                    + " csv (the figures table), geojson (the places). Default: every format; an unknown name lists"
                    + " them all.")
    List<String> formats;

    /** The formats asked for, each checked now rather than after a long analysis. */
    List<String> formats() {
        List<String> chosen = formats == null || formats.isEmpty() ? DossierFormats.names() : formats;
        for (String format : chosen) {
            try {
                DossierFormats.named(format);
            } catch (IllegalArgumentException unknown) {
                throw new ParameterException(spec.commandLine(), "--format: " + unknown.getMessage());
            }
        }
        return chosen;
    }
}
