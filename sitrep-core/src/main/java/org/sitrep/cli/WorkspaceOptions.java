package org.sitrep.cli;

import java.nio.file.Path;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.WorkspaceIngest;
import org.sitrep.store.Database;
import org.sitrep.store.Workspace;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Where documents are kept: the workspace folder, and optionally a PostgreSQL database for the store. */
final class WorkspaceOptions {

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--db", paramLabel = "JDBC_URL",
            description = "Keep the documents in this database instead of the workspace's embedded H2 store, "
                    + "e.g. jdbc:postgresql://localhost/sitrep?user=sitrep&password=… (the search index stays "
                    + "in the workspace folder).")
    String db;

    @Option(names = "--workers", paramLabel = "N",
            description = "Documents analysed at once (default: one per core).")
    Integer workers;

    int workers() {
        if (workers != null && workers < 1) {
            throw new ParameterException(spec.commandLine(), "--workers: at least 1, not " + workers);
        }
        return workers != null ? workers : WorkspaceIngest.defaultWorkers();
    }

    /** The standard pipeline with the workers asked for. */
    Pipeline pipeline() {
        return Pipeline.standard().withWorkers(workers());
    }

    Database database() {
        if (db == null) {
            return null;
        }
        try {
            return Database.at(db);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--db: " + e.getMessage());
        }
    }

    /** The workspace in {@code folder}, or a temporary one (deleted on closing) when none was named. */
    Workspace open(Path folder) {
        if (folder == null && db != null) {
            throw new ParameterException(spec.commandLine(), "--db needs --workspace: the search index lives there");
        }
        return folder != null ? Workspace.open(folder, database(), workers()) : Workspace.temporary(workers());
    }
}
