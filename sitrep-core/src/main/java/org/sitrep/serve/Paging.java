package org.sitrep.serve;

import io.javalin.http.Context;

/** The {@code offset} and {@code limit} query parameters of a list request. */
record Paging(int offset, int limit) {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 1000;

    static Paging of(Context ctx) {
        int offset = Params.integer(ctx, "offset", 0);
        int limit = Params.integer(ctx, "limit", DEFAULT_LIMIT);
        if (offset < 0) {
            throw new BadParameter("offset", "must be 0 or more, not " + offset);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new BadParameter("limit", "must be between 1 and " + MAX_LIMIT + ", not " + limit);
        }
        return new Paging(offset, limit);
    }
}
