package org.sitrep.pipeline;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Shows how a long run is going: a bar with documents per second and the time left, redrawn in place on a
 * terminal; plain log lines otherwise (CI logs, pipes), so neither gets the other's noise. Calls come from
 * one thread at a time (the ingest run serialises them).
 */
public interface Progress {

    void started(int total);

    void finished(String item, int done, int total);

    void problem(String message);

    /**
     * Another document of an input that holds many (a WARC's records, a feed's entries, JSON lines) is done, so a
     * long crawl shows its pace before the whole input is; {@code records} counts that input's documents so far.
     */
    default void recordDone(String input, int records) {}

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
        /** One line per this many documents of a many-document input: a log, not a flood. */
        static final int RECORDS_PER_LINE = 100;
        private final PrintStream out;
        private final long start = System.nanoTime();
        private int count;

        LogLines(PrintStream out) {
            this.out = out;
        }

        public void started(int total) {
            out.println("sitrep: analysing " + total + " input(s)");
        }

        public void finished(String item, int done, int total) {
            this.count = done;
            out.println("sitrep: [" + done + "/" + total + "] " + item);
        }

        public void problem(String message) {
            out.println("sitrep: skipped " + message);
        }

        @Override
        public void recordDone(String input, int records) {
            if (records % RECORDS_PER_LINE == 0) {
                double seconds = (System.nanoTime() - start) / 1e9;
                out.printf(Locale.ROOT, "sitrep: %s: %d document(s) (%s)%n", input, records,
                        Rates.perSecond(records, seconds));
            }
        }

        public void done() {
            double seconds = (System.nanoTime() - start) / 1e9;
            if (count > 0) {
                out.printf(Locale.ROOT, "sitrep: %d input(s) in %.1f s (%s)%n", count, seconds, Rates.perSecond(count, seconds));
            }
        }
    }

    /** Documents per second and the time left at that pace, as the bar shows them. */
    final class Rates {
        private Rates() {}

        static String perSecond(int done, double seconds) {
            return String.format(Locale.ROOT, "%.2f docs/s", seconds > 0 ? done / seconds : 0);
        }

        static String eta(int done, int total, double seconds) {
            if (done == 0 || seconds <= 0) {
                return "ETA --:--";
            }
            long left = Math.round((total - done) * seconds / done);
            return left >= 3600 ? String.format(Locale.ROOT, "ETA %d:%02d:%02d", left / 3600, left / 60 % 60, left % 60)
                    : String.format(Locale.ROOT, "ETA %d:%02d", left / 60, left % 60);
        }
    }

    final class Bar implements Progress {
        private static final int WIDTH = 30;
        private final PrintStream out;
        private int lastDone;
        private int lastTotal;
        private final long start = System.nanoTime();

        Bar(PrintStream out) {
            this.out = out;
        }

        public void started(int total) {
            lastTotal = total;
            draw(0, total);
        }

        public void finished(String item, int done, int total) {
            lastTotal = total;
            lastDone = done;
            draw(done, total);
        }

        @Override
        public void recordDone(String input, int records) {
            draw(lastDone, lastTotal);
            out.printf(Locale.ROOT, "  %s: %d doc(s)", input, records);
            out.flush();
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
            out.printf(Locale.ROOT, "\r\033[K[%s%s] %d/%d  %s  %s  %.0fs", "#".repeat(filled), " ".repeat(WIDTH - filled),
                    done, total, Rates.perSecond(done, seconds), Rates.eta(done, total, seconds), seconds);
            out.flush();
        }
    }
}
