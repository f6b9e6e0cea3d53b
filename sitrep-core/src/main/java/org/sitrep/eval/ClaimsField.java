package org.sitrep.eval;

import java.util.Locale;

/**
 * What the claims evaluation scores on a matched pair of figures, and when a prediction gets it right. Detection
 * is right for every matched pair; exact is right when value, qualifier, measure and attribution all are (the
 * DESIGN.md §6 bar).
 */
public enum ClaimsField {
    DETECTION("figure") {
        @Override
        public boolean right(ClaimsFigure gold, ClaimsFigure predicted) {
            return true;
        }
    },
    VALUE("value") {
        /** A vague gold figure ("thousands" → [2000, ∞)) fixes only its lower bound; its upper bound is open. */
        @Override
        public boolean right(ClaimsFigure gold, ClaimsFigure predicted) {
            if (gold.vague() != predicted.vague()) {
                return false;
            }
            boolean low = sameBound(gold.low(), gold.lowClosed(), predicted.low(), predicted.lowClosed());
            return gold.vague() ? low : low && sameBound(gold.high(), gold.highClosed(), predicted.high(),
                    predicted.highClosed());
        }
    },
    QUALIFIER("qualifier") {
        @Override
        public boolean right(ClaimsFigure gold, ClaimsFigure predicted) {
            return normal(gold.qualifier()).equals(normal(predicted.qualifier()));
        }
    },
    MEASURE("measure") {
        /** "refugees hosted" and "refugees_hosted" are the same measure; the taxonomy writes the underscore. */
        @Override
        public boolean right(ClaimsFigure gold, ClaimsFigure predicted) {
            return normal(gold.measure()).replaceAll("[\\s-]+", "_")
                    .equals(normal(predicted.measure()).replaceAll("[\\s-]+", "_"));
        }
    },
    ATTRIBUTION("attribution") {
        /**
         * Names are compared loosely because the text names a source several ways ("Mr Palmer", "Police Chief Adam
         * Palmer"): right when both are empty, or when one contains the other, ignoring case.
         */
        @Override
        public boolean right(ClaimsFigure gold, ClaimsFigure predicted) {
            String g = normal(gold.source());
            String p = normal(predicted.source());
            if (g.isEmpty() || p.isEmpty()) {
                return g.isEmpty() && p.isEmpty();
            }
            return g.contains(p) || p.contains(g);
        }
    },
    EXACT("exact") {
        @Override
        public boolean right(ClaimsFigure gold, ClaimsFigure predicted) {
            return VALUE.right(gold, predicted) && QUALIFIER.right(gold, predicted)
                    && MEASURE.right(gold, predicted) && ATTRIBUTION.right(gold, predicted);
        }
    };

    /** Relative tolerance for equal bounds: 2.5 million written as 2,500,000.0000001 is still 2.5 million. */
    static final double TOLERANCE = 1e-6;

    private final String label;

    ClaimsField(String label) {
        this.label = label;
    }

    /** The name used in metric names: {@code test exact F1}. */
    public String label() {
        return label;
    }

    public abstract boolean right(ClaimsFigure gold, ClaimsFigure predicted);

    /** Two bounds agree when both are unbounded, or both equal within tolerance with the same closedness. */
    static boolean sameBound(Double gold, boolean goldClosed, Double predicted, boolean predictedClosed) {
        if (gold == null || predicted == null) {
            return gold == null && predicted == null;
        }
        double scale = Math.max(Math.abs(gold), Math.abs(predicted));
        return Math.abs(gold - predicted) <= TOLERANCE * scale && goldClosed == predictedClosed;
    }

    private static String normal(String text) {
        return text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    }
}
