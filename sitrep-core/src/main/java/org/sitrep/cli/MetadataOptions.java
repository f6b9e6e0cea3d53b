package org.sitrep.cli;

import java.nio.file.Path;
import org.sitrep.ingest.InputProblem;
import org.sitrep.ingest.Metadata;
import org.sitrep.ingest.SidecarMetadata;
import org.sitrep.model.PublicationDate;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The metadata of last resort, shared by the commands that read articles. */
final class MetadataOptions {

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--meta", paramLabel = "FILE",
            description = "A JSON metadata file applying to every input that has no metadata of its own.")
    Path meta;

    @Option(names = "--published", paramLabel = "DATE",
            description = "Publication date (ISO 8601) for inputs that state none. Without one, relative dates "
                    + "(\"on Friday\") stay unanchored.")
    String published;

    @Option(names = "--outlet", paramLabel = "NAME", description = "Outlet for inputs that name none.")
    String outlet;

    /** The flags as metadata; a bad date is a usage error, raised before any work starts. */
    Metadata metadata() throws InputProblem {
        if (published != null) {
            try {
                PublicationDate.parse(published, "--published");
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "--published: " + e.getMessage());
            }
        }
        Metadata flags = new Metadata(published, outlet, null, null, null);
        return meta != null ? SidecarMetadata.read(meta).orElse(flags) : flags;
    }
}
