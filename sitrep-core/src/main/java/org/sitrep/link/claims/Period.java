package org.sitrep.link.claims;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.sitrep.extract.claim.Measure;
import org.sitrep.model.PublicationDate;
import org.sitrep.model.TimeRef;

/**
 * When a figure holds: its sentence's time, else the report's publication date (see {@link MeasureKinds} for
 * which figures count a moment and which a running total).
 *
 * @param date       the day, when known (a time that is not one day, "2016-W05" or "P2D", has none)
 * @param label      the time as a key and as shown: "2016-02-05", "P2D", "unknown"
 * @param cumulative whether figures of this period are compared along time rather than only with the same period
 * @param ownTime    whether the time comes from the figure's sentence rather than the report's date
 */
record Period(LocalDate date, String label, boolean cumulative, boolean ownTime) {

    static final String UNKNOWN = "unknown";

    /** @param increment an increment ("another 10,000") counts what came in its period, never a running total */
    static Period of(Measure measure, TimeRef time, PublicationDate published, boolean increment) {
        LocalDate reported = published == null ? null : published.date();
        boolean hasOwnTime = time != null && time.normalized() != null && !time.normalized().isBlank();
        if (MeasureKinds.isEvent(measure) || increment) {
            return hasOwnTime ? new Period(day(time.normalized()), time.normalized(), false, true)
                    : new Period(reported, labelOf(reported), !increment, false);
        }
        boolean cumulative = MeasureKinds.growingStock(measure);
        return hasOwnTime ? new Period(day(time.normalized()), time.normalized(), cumulative, true)
                : new Period(reported, labelOf(reported), cumulative, false);
    }

    /** What the grouping keys on: cumulative figures of any date meet, the others only within their period. */
    String groupingKey() {
        return cumulative ? "cumulative" : label;
    }

    private static LocalDate day(String normalized) {
        try {
            return LocalDate.parse(normalized);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String labelOf(LocalDate date) {
        return date == null ? UNKNOWN : date.toString();
    }
}
