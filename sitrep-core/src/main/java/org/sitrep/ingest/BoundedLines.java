package org.sitrep.ingest;

import java.io.IOException;
import java.io.Reader;

/**
 * Lines of a stream, each at most a bound long: a line past it is skipped to its end and reported, so one runaway
 * line (a whole crawl dumped without newlines) cannot fill the memory.
 */
final class BoundedLines {

    /** A line read, or {@code tooLong} with the text dropped. */
    record Line(String text, boolean tooLong) {}

    private final Reader in;
    private final int maxChars;

    BoundedLines(Reader in, int maxChars) {
        this.in = in;
        this.maxChars = maxChars;
    }

    /** The next line without its line end, or null at the end of the stream. */
    Line next() throws IOException {
        StringBuilder line = new StringBuilder();
        boolean tooLong = false;
        int c = in.read();
        if (c < 0) {
            return null;
        }
        while (c >= 0 && c != '\n') {
            if (line.length() < maxChars) {
                line.append((char) c);
            } else {
                tooLong = true;
            }
            c = in.read();
        }
        int end = line.length();
        if (end > 0 && line.charAt(end - 1) == '\r') {
            line.setLength(end - 1);
        }
        return tooLong ? new Line("", true) : new Line(line.toString(), false);
    }
}
