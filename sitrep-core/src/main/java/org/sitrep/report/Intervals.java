package org.sitrep.report;

import java.math.BigDecimal;
import org.sitrep.model.Interval;

/** How an interval reads in a table: "[0, 20000]", "(260000, ∞)", "[2000, ∞) vague". */
final class Intervals {

    private Intervals() {}

    static String format(Interval interval) {
        if (interval == null) {
            return "";
        }
        String low = interval.low() == null ? "−∞" : number(interval.low());
        String high = interval.high() == null ? "∞" : number(interval.high());
        String text = (interval.lowClosed() && interval.low() != null ? "[" : "(") + low + ", " + high
                + (interval.highClosed() && interval.high() != null ? "]" : ")");
        return "VAGUE".equals(interval.precision()) ? text + " vague" : text;
    }

    static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
