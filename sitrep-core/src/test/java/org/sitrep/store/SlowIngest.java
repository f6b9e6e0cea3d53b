package org.sitrep.store;

import java.nio.file.Path;
import java.util.List;
import org.sitrep.ingest.Metadata;
import org.sitrep.pipeline.DocumentAnalyzer;
import org.sitrep.pipeline.Progress;
import org.sitrep.pipeline.WorkspaceIngest;
import org.sitrep.testing.LightAnalyzer;

/**
 * The child JVM of {@link KillAndResumeTest}: ingests a folder into a workspace with the real store, index and
 * ingest loop, but a light analyzer that takes {@code pauseMillis} per document instead of CoreNLP's seconds.
 * Prints "analysing SOURCE" when a document's analysis starts and "stored SOURCE" once it is committed.
 */
public final class SlowIngest {

    private SlowIngest() {}

    public static void main(String[] args) {
        Path workspace = Path.of(args[0]);
        Path inputs = Path.of(args[1]);
        LightAnalyzer light = new LightAnalyzer(Long.parseLong(args[2]));
        DocumentAnalyzer announcing = document -> {
            say("analysing " + document.source());
            return light.analyze(document);
        };
        try (Workspace open = Workspace.open(workspace, null, 2)) {
            new WorkspaceIngest(announcing, 2).run(List.of(inputs), Metadata.NONE, open, new Progress() {
                public void started(int total) {}

                public void finished(String item, int done, int total) {
                    say("stored " + item);
                }

                public void problem(String message) {
                    say("problem " + message);
                }

                public void done() {}
            });
        }
        say("finished");
    }

    private static void say(String line) {
        synchronized (System.out) {
            System.out.println(line);
            System.out.flush();
        }
    }
}
