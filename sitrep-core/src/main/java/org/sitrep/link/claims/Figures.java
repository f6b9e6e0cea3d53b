package org.sitrep.link.claims;

import org.sitrep.model.Interval;

/** Comparing two figures as intervals: whether they can both be true, and whether they state the same figure. */
final class Figures {

    /**
     * Stated figures this close are the same figure: reports round ("2.5 million" for 2,480,000), but 250,000 and
     * 260,000 are different estimates, 4% apart.
     */
    static final double SAME_FIGURE = 0.01;

    private Figures() {}

    static boolean overlap(Interval a, Interval b) {
        return startsBeforeEnd(a, b) && startsBeforeEnd(b, a);
    }

    /** Whether every value of {@code later} lies above every value of {@code earlier}. */
    static boolean above(Interval later, Interval earlier) {
        if (later.low() == null || earlier.high() == null) {
            return false;
        }
        return later.low() > earlier.high()
                || later.low().equals(earlier.high()) && !(later.lowClosed() && earlier.highClosed());
    }

    /**
     * The figure as stated: the bound of a one-sided figure ("more than 260,000" → 260,000; "up to 20,000" →
     * 20,000, whose interval starts at zero), else the middle of a range or an approximation.
     */
    static double stated(Interval value) {
        if (value.high() == null) {
            return value.low() == null ? Double.NaN : value.low();
        }
        if (value.low() == null || value.low() == 0) {
            return value.high();
        }
        return (value.low() + value.high()) / 2;
    }

    static boolean sameStatedFigure(Interval a, Interval b) {
        double x = stated(a);
        double y = stated(b);
        return Math.abs(x - y) <= SAME_FIGURE * Math.max(Math.abs(x), Math.abs(y));
    }

    private static boolean startsBeforeEnd(Interval a, Interval b) {
        if (a.low() == null || b.high() == null) {
            return true;
        }
        return a.low() < b.high() || a.low().equals(b.high()) && a.lowClosed() && b.highClosed();
    }
}
