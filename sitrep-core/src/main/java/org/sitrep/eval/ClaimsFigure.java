package org.sitrep.eval;

/**
 * One figure as the claims evaluation compares it, gold or predicted alike: a span of the article text as read
 * from the corpus XML (not the clean text, so that gold offsets do not move when the clean stage changes), the
 * value as an interval (a null bound is unbounded), the qualifier, the measure and the source's name ("" when the
 * outlet states the figure itself).
 */
public record ClaimsFigure(
        int begin,
        int end,
        String text,
        Double low,
        boolean lowClosed,
        Double high,
        boolean highClosed,
        boolean vague,
        String qualifier,
        String measure,
        String source) {

    public ClaimsFigure {
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("bad figure span [" + begin + ", " + end + ")");
        }
        text = text == null ? "" : text;
        qualifier = qualifier == null ? "" : qualifier;
        measure = measure == null ? "" : measure;
        source = source == null ? "" : source;
    }

    /** Characters the two spans share; 0 when they do not overlap. */
    public int overlap(ClaimsFigure other) {
        return Math.max(0, Math.min(end, other.end) - Math.max(begin, other.begin));
    }
}
