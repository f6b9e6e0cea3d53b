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
 * @param label      the time as a key: "2016-02-05", "P2D", "XXXX-WXX-5", "unknown"
 * @param shown      the time as a reader sees it: a calendar value as it is, else the words of the sentence
 *                   ("“Friday” (unanchored)", "“the past two days” (a span)")
 * @param cumulative whether figures of this period are compared along time rather than only with the same period
 * @param ownTime    whether the time comes from the figure's sentence rather than the report's date
 */
record Period(LocalDate date, String label, String shown, boolean cumulative, boolean ownTime) {

    static final String UNKNOWN = "unknown";

    /** @param increment an increment ("another 10,000") counts what came in its period, never a running total */
    static Period of(Measure measure, TimeRef time, PublicationDate published, boolean increment) {
        LocalDate reported = published == null ? null : published.date();
        boolean hasOwnTime = time != null && time.normalized() != null && !time.normalized().isBlank();
        boolean cumulative = MeasureKinds.isEvent(measure) || increment ? false : MeasureKinds.growingStock(measure);
        if (hasOwnTime) {
            return new Period(day(time.normalized()), time.normalized(), time.shown(), cumulative, true);
        }
        boolean reportCumulative = MeasureKinds.isEvent(measure) || increment ? !increment : cumulative;
        return new Period(reported, labelOf(reported), labelOf(reported), reportCumulative, false);
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
