package org.sitrep.serve;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.sitrep.model.Dossier;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.pipeline.WorkspaceDossier;
import org.sitrep.report.JsonDossierWriter;
import org.sitrep.store.Workspace;

/**
 * {@code sitrep serve}: the REST API ({@code /api/v1/…}, documented by {@code /api/v1/openapi.json}) and the web
 * page (classpath {@code /web}) over one workspace. Handlers are thin (STYLE.md): they read parameters and call
 * the same rows and writers the CLI's reports use. Every error is JSON {@code {status, message}}; an unexpected
 * failure is logged to stderr and answered 500 with a message, never a stack trace.
 */
public final class SitrepServer implements AutoCloseable {

    /** A method and path the API answers, as registered; the OpenAPI document must list each. */
    public record Route(String method, String path) {}

    private final Javalin app;
    private final IngestJobs jobs;
    private final List<Route> routes = new ArrayList<>();

    public SitrepServer(Workspace workspace, Supplier<Pipeline> pipeline) {
        WorkspaceDossier linked = new WorkspaceDossier(workspace);
        Supplier<ScopedDossier> dossier = new Supplier<>() {
            private volatile ScopedDossier scoped;

            @Override
            public ScopedDossier get() {
                Dossier current = linked.get();
                ScopedDossier seen = scoped;
                if (seen == null || seen.dossier() != current) {
                    seen = new ScopedDossier(current);
                    scoped = seen;
                }
                return seen;
            }
        };
        this.jobs = new IngestJobs(workspace, pipeline, linked::refresh,
                problem -> System.err.println("sitrep: " + problem));
        var api = new DossierEndpoints(dossier);
        var search = new SearchEndpoints(workspace.index(), linked::get);
        var ingest = new IngestEndpoints(jobs, workspace.folder());

        this.app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.http.prefer405over404 = true; // POST to a GET-only endpoint is a wrong method, not a missing page
            config.jetty.modifyServer(jetty -> jetty.setErrorHandler(new MalformedRequests()));
            config.jsonMapper(new JavalinJackson(JsonDossierWriter.JSON.copy()
                    .disable(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT), false));
            config.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = "/web";
                files.location = Location.CLASSPATH;
            });
        });
        get("/api/v1/openapi.json", SitrepServer::openApi);
        get("/api/v1/stories", api::stories);
        get("/api/v1/stories/{id}", api::story);
        get("/api/v1/stories/{id}/dossier", api::storyDossier);
        get("/api/v1/documents", api::documents);
        get("/api/v1/documents/{id}", api::document);
        get("/api/v1/entities", api::entities);
        get("/api/v1/places", api::places);
        get("/api/v1/events", api::events);
        get("/api/v1/timeline", api::timeline);
        get("/api/v1/claims", api::claims);
        get("/api/v1/claim-groups", api::claimGroups);
        get("/api/v1/quotes", api::quotes);
        get("/api/v1/export/{format}", api::export);
        get("/api/v1/search", search::search);
        on(HandlerType.POST, "/api/v1/ingest", ingest::ingest);
        get("/api/v1/jobs", ingest::jobs);
        get("/api/v1/jobs/{id}", ingest::job);

        app.exception(BadParameter.class, (e, ctx) -> new ApiError(400, e.getMessage()).writeTo(ctx));
        app.exception(NotFound.class, (e, ctx) -> new ApiError(404, e.getMessage()).writeTo(ctx));
        app.exception(HttpResponseException.class, (e, ctx) -> new ApiError(e.getStatus(), e.getMessage()).writeTo(ctx));
        app.exception(Exception.class, (e, ctx) -> {
            System.err.println("sitrep serve: " + ctx.method() + " " + ctx.path() + " failed: " + e);
            new ApiError(500, "internal error: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage())).writeTo(ctx);
        });
        app.error(404, ctx -> {
            if (ctx.attribute(ApiError.WRITTEN) == null) {
                new ApiError(404, "no such page or endpoint: " + ctx.method() + " " + ctx.path()).writeTo(ctx);
            }
        });
    }

    private void get(String path, Handler handler) {
        on(HandlerType.GET, path, handler);
    }

    private void on(HandlerType method, String path, Handler handler) {
        app.addHttpHandler(method, path, handler);
        routes.add(new Route(method.name(), path));
    }

    /** Starts listening; {@code port} 0 takes a free one. Returns the port. */
    public int start(String host, int port) {
        app.start(host, port);
        return app.port();
    }

    public List<Route> routes() {
        return List.copyOf(routes);
    }

    private static void openApi(Context ctx) throws IOException {
        try (InputStream in = SitrepServer.class.getResourceAsStream("openapi.json")) {
            ctx.contentType("application/json").result(in.readAllBytes());
        }
    }

    @Override
    public void close() {
        jobs.close();
        app.stop();
    }
}
