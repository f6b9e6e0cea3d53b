package org.sitrep.serve;

/** A story, document or job the workspace does not have: answered 404. */
final class NotFound extends RuntimeException {

    NotFound(String what, String id) {
        super("no " + what + " with id '" + id + "'");
    }
}
