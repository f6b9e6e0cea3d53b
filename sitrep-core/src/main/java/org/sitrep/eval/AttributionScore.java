package org.sitrep.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.sitrep.eval.BratAttributions.Fragments;
import org.sitrep.eval.BratAttributions.Gold;

/**
 * Scores predicted attributions against gold ones, document by document, and sums the counts.
 * <ul>
 *   <li>exact: a predicted span equals a gold one once both are trimmed of white space, quote marks and
 *       punctuation at their edges (annotators differ on whether "”," belongs to a quote);</li>
 *   <li>overlap: a predicted span shares at least one word character with a gold one; each gold span is matched
 *       at most once (greedy, in text order);</li>
 *   <li>speaker accuracy: over the gold attributions with a source whose content a predicted content overlaps
 *       (the most overlapping one), the share whose predicted source overlaps the gold source.</li>
 * </ul>
 */
public final class AttributionScore {

    /**
     * What a system predicted: any part may be null (a system that finds no cue, a quote with no speaker).
     * {@code speaker} is the source span the speaker accuracy looks at; it differs from {@code source} for a quote
     * carried over from an earlier attribution, whose source span was predicted (and is counted) once, there.
     */
    public record Predicted(Fragments source, Fragments cue, Fragments content, Fragments speaker) {
        public Predicted(Fragments source, Fragments cue, Fragments content) {
            this(source, cue, content, source);
        }
    }

    /** Matched / predicted / gold counts for one role under one matching, summed over documents. */
    public static final class Counts {
        int matched;
        int predicted;
        int gold;

        public double precision() {
            return predicted == 0 ? 0 : (double) matched / predicted;
        }

        public double recall() {
            return gold == 0 ? 0 : (double) matched / gold;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    public final Counts[] exact = {new Counts(), new Counts(), new Counts()};
    public final Counts[] overlap = {new Counts(), new Counts(), new Counts()};
    public static final List<String> ROLES = List.of("source", "cue", "content");
    private int speakerTotal;
    private int speakerCorrect;

    public double speakerAccuracy() {
        return speakerTotal == 0 ? 0 : (double) speakerCorrect / speakerTotal;
    }

    public int speakerTotal() {
        return speakerTotal;
    }

    /** Adds one document's counts. */
    public void add(String text, List<Gold> gold, List<Predicted> predicted) {
        List<Function<Gold, Fragments>> goldRoles = List.of(Gold::source, Gold::cue, Gold::content);
        List<Function<Predicted, Fragments>> predictedRoles = List.of(Predicted::source, Predicted::cue,
                Predicted::content);
        for (int r = 0; r < 3; r++) {
            List<Fragments> g = gold.stream().map(goldRoles.get(r)).filter(java.util.Objects::nonNull).toList();
            List<Fragments> p = predicted.stream().map(predictedRoles.get(r)).filter(java.util.Objects::nonNull).toList();
            count(exact[r], text, g, p, true);
            count(overlap[r], text, g, p, false);
        }
        for (Gold g : gold) {
            if (g.source() == null || g.content() == null) {
                continue;
            }
            Predicted best = null;
            int bestOverlap = 0;
            for (Predicted p : predicted) {
                int shared = p.content() == null ? 0 : sharedWordChars(text, g.content(), p.content());
                if (shared > bestOverlap) {
                    best = p;
                    bestOverlap = shared;
                }
            }
            if (best != null) {
                speakerTotal++;
                if (best.speaker() != null && sharedWordChars(text, g.source(), best.speaker()) > 0) {
                    speakerCorrect++;
                }
            }
        }
    }

    private static void count(Counts counts, String text, List<Fragments> gold, List<Fragments> predicted,
                              boolean exact) {
        counts.gold += gold.size();
        counts.predicted += predicted.size();
        boolean[] used = new boolean[gold.size()];
        for (Fragments p : predicted) {
            for (int i = 0; i < gold.size(); i++) {
                if (!used[i] && (exact ? sameTrimmed(text, gold.get(i), p) : sharedWordChars(text, gold.get(i), p) > 0)) {
                    used[i] = true;
                    counts.matched++;
                    break;
                }
            }
        }
    }

    static boolean sameTrimmed(String text, Fragments a, Fragments b) {
        int[] x = trim(text, a.begin(), a.end());
        int[] y = trim(text, b.begin(), b.end());
        return x[0] == y[0] && x[1] == y[1];
    }

    private static int[] trim(String text, int begin, int end) {
        end = Math.min(end, text.length());
        while (begin < end && !Character.isLetterOrDigit(text.charAt(begin))) {
            begin++;
        }
        while (end > begin && !Character.isLetterOrDigit(text.charAt(end - 1))) {
            end--;
        }
        return new int[] {begin, end};
    }

    /** Letters and digits both spans cover. */
    static int sharedWordChars(String text, Fragments a, Fragments b) {
        int shared = 0;
        for (int[] x : a.parts()) {
            for (int[] y : b.parts()) {
                for (int i = Math.max(x[0], y[0]); i < Math.min(Math.min(x[1], y[1]), text.length()); i++) {
                    if (Character.isLetterOrDigit(text.charAt(i))) {
                        shared++;
                    }
                }
            }
        }
        return shared;
    }

    /** Metrics named "PREFIX role exact|overlap P/R/F1" and the speaker accuracy. */
    public List<Metric> metrics(String prefix, boolean withCue) {
        List<Metric> metrics = new ArrayList<>();
        for (int r = 0; r < 3; r++) {
            if (r == 1 && !withCue) {
                continue;
            }
            for (String kind : List.of("overlap", "exact")) {
                Counts c = kind.equals("exact") ? exact[r] : overlap[r];
                String name = prefix + ROLES.get(r) + " " + kind + " ";
                metrics.add(new Metric(name + "P", c.precision()));
                metrics.add(new Metric(name + "R", c.recall()));
                metrics.add(new Metric(name + "F1", c.f1()));
            }
        }
        metrics.add(new Metric(prefix + "speaker accuracy", speakerAccuracy()));
        return metrics;
    }
}
