package org.sitrep.pipeline;

import java.io.PrintStream;

/**
 * Shows how a long run is going: a bar redrawn in place on a terminal, plain log lines otherwise
 * (CI logs, pipes), so neither gets the other's noise.
 */
public interface Progress {

    void started(int total);

    void finished(String item, int done, int total);

    void problem(String message);

    void done();

    static Progress silent() {
        return new Progress() {
            public void started(int total) {}
            public void finished(String item, int done, int total) {}
            public void problem(String message) {}
            public void done() {}
        };
    }

    /** A bar on a terminal, log lines when {@code System.console()} is absent. */
    static Progress to(PrintStream err) {
        return System.console() != null ? new Bar(err) : new LogLines(err);
    }

    final class LogLines implements Progress {
        private final PrintStream out;

        LogLines(PrintStream out) {
            this.out = out;
        }

        public void started(int total) {
            out.println("sitrep: analysing " + total + " input(s)");
        }

        public void finished(String item, int done, int total) {
            out.println("sitrep: [" + done + "/" + total + "] " + item);
        }

        public void problem(String message) {
            out.println("sitrep: skipped " + message);
        }

        public void done() {}
    }

    final class Bar implements Progress {
        private static final int WIDTH = 30;
        private final PrintStream out;
        private final long start = System.nanoTime();

        Bar(PrintStream out) {
            this.out = out;
        }

        public void started(int total) {
            draw(0, total);
        }

        public void finished(String item, int done, int total) {
            draw(done, total);
        }

        public void problem(String message) {
            out.print("\r\033[K");
            out.println("sitrep: skipped " + message);
        }

        public void done() {
            out.println();
        }

        private void draw(int done, int total) {
            int filled = total == 0 ? WIDTH : done * WIDTH / total;
            double seconds = (System.nanoTime() - start) / 1e9;
            out.printf("\r[%s%s] %d/%d  %.0fs", "#".repeat(filled), " ".repeat(WIDTH - filled), done, total, seconds);
            out.flush();
        }
    }
}
