package org.sitrep.serve;

/** A request parameter (query, path or body field) that cannot be used: answered 400, naming the parameter. */
final class BadParameter extends RuntimeException {

    BadParameter(String parameter, String problem) {
        super(parameter + ": " + problem);
    }
}
