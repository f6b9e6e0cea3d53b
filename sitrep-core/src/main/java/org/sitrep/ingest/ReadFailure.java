package org.sitrep.ingest;

import java.io.EOFException;
import java.io.IOException;
import java.util.zip.ZipException;

/** One line saying why bytes could not be read, in the analyst's words rather than the exception's. */
final class ReadFailure {

    private ReadFailure() {}

    static String describe(IOException e) {
        String detail = detail(e);
        if (isTruncation(e)) {
            return "truncated: the data ends in the middle (" + detail + ")";
        }
        if (e instanceof ZipException) {
            return "corrupt compressed data (" + detail + ")";
        }
        return "cannot be read (" + detail + ")";
    }

    /** Whether the data stopped before its end: a cut download, a partly copied crawl. */
    static boolean isTruncation(IOException e) {
        return e instanceof EOFException || detail(e).contains("Unexpected end of ZLIB input stream");
    }

    /** The exception's own first line, for the brackets after the analyst's words. */
    static String detail(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("").strip();
    }
}
