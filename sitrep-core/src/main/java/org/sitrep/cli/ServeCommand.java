package org.sitrep.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.serve.SitrepServer;
import org.sitrep.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code sitrep serve}: the REST API and the web page over a workspace, until stopped. */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = {
                "Serves a workspace (see sitrep ingest): the web page at / (stories, map, timeline, figures with "
                        + "verdicts, quotes, search; works offline) and the REST API at /api/v1/ (documented at "
                        + "/api/v1/openapi.json), until stopped with Ctrl-C.",
                "Listens on the loopback interface unless --host says otherwise: the API can ingest local files "
                        + "named in a request, so open it to a network only behind something that checks who asks."})
public final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--workspace", paramLabel = "DIR", required = true,
            description = "The workspace folder; created if it does not exist.")
    Path workspace;

    @Option(names = "--port", paramLabel = "N", defaultValue = "7070",
            description = "Port to listen on (0: any free port; default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
    String host;

    @Mixin
    WorkspaceOptions storage;

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65535) {
            throw new ParameterException(spec.commandLine(), "--port: between 0 and 65535, not " + port);
        }
        Pipeline pipeline = storage.pipeline();
        Workspace opened = storage.open(workspace);
        SitrepServer server;
        int listening;
        try {
            server = new SitrepServer(opened, () -> pipeline);
            listening = server.start(host, port);
        } catch (RuntimeException e) {
            opened.close();
            throw e;
        }
        // Ctrl-C: the hook closes the server and then the store, so no write is cut halfway.
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try (opened; server) {
                stopped.countDown();
            }
        }, "sitrep-serve-stop"));
        String shown = host.contains(":") ? "[" + host + "]" : host;
        spec.commandLine().getOut().printf("sitrep: serving %s at http://%s:%d/ (Ctrl-C stops)%n",
                workspace.toAbsolutePath().normalize(), shown, listening);
        spec.commandLine().getOut().flush();
        stopped.await();
        return 0;
    }
}
