package org.sitrep.spark;

import java.util.Locale;

/**
 * What a run did and where its time went. {@code analyzeSeconds} is the wall time of reading, cleaning,
 * annotating and extracting; {@code annotateShare} the share of the executors' analysis time spent in CoreNLP
 * (the rest: extraction), from timers around each stage's call. {@code cpuSeconds}: the CPU time of the job's
 * JVM (in local mode, driver and executors), which does not grow when other processes share the cores.
 */
record JobReport(String master, int cores, long documents, long skipped, int stories, long claimGroups,
                 double analyzeSeconds, double annotateShare, double linkSeconds, double writeSeconds,
                 double totalSeconds, double cpuSeconds) {

    double articlesPerSecond() {
        return documents / totalSeconds;
    }

    String summary() {
        return String.format(Locale.ROOT, "%d documents (%d skipped), %d stories, %d claim groups", documents, skipped,
                stories, claimGroups);
    }

    String bench() {
        double analyze = analyzeSeconds / totalSeconds;
        return String.format(Locale.ROOT, "%s (%d cores): %d articles in %.1f s = %.2f articles/s; time: "
                        + "read+clean+annotate %.0f%%, extract %.0f%%, link %.0f%%, write %.0f%% "
                        + "(models loaded before the clock); %.1f CPU s = %.2f articles per CPU second",
                master, cores, documents, totalSeconds, articlesPerSecond(), 100 * analyze * annotateShare,
                100 * analyze * (1 - annotateShare), 100 * linkSeconds / totalSeconds,
                100 * writeSeconds / totalSeconds, cpuSeconds, documents / cpuSeconds);
    }
}
