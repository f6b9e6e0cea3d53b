package org.sitrep.serve;

import io.javalin.http.Context;

/** What every failed request gets: the HTTP status and a message a person can act on, never a stack trace. */
record ApiError(int status, String message) {

    /** Set on a response whose error body is written, so the generic 404 handler leaves it alone. */
    static final String WRITTEN = "sitrep.error";

    void writeTo(Context ctx) {
        ctx.attribute(WRITTEN, Boolean.TRUE);
        ctx.status(status).json(this);
    }
}
