package org.sitrep.model;

import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * A time expression and what it means.
 *
 * @param normalized the TIMEX3-style value: "2016-02-05", "2016-W05", "2015-09-30"; when not anchored, the
 *                   partial value as written ("XXXX-WXX-5" for "Friday")
 * @param type       DATE, TIME, DURATION or SET
 * @param anchor     the document date it was resolved against, or null
 * @param anchored   whether {@code normalized} depends on, and was resolved against, {@code anchor}
 */
public record TimeRef(Span span, String normalized, String type, LocalDate anchor, boolean anchored) {
    /** A day, a month, a year or a week of the calendar: readable as TIMEX writes it. */
    private static final Pattern CALENDAR = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?|-W\\d{2})?");

    public String text() {
        return span.text();
    }

    /** Whether {@code normalized} is a place in the calendar ("2016-02-05", "2016-W05"), not "XXXX-WXX-5" or "P2D". */
    public boolean onCalendar() {
        return normalized != null && CALENDAR.matcher(normalized).matches();
    }

    /**
     * The time as a reader sees it: a calendar value as it is, else the words of the sentence, saying why they
     * are not a date: "“Friday” (unanchored)", "“the past two days” (a span)".
     */
    public String shown() {
        if (onCalendar() || text() == null || text().isBlank()) {
            return normalized == null ? "" : normalized;
        }
        boolean span = normalized != null && normalized.startsWith("P");
        return "“" + text() + "” (" + (span ? "a span" : "unanchored") + ")";
    }
}
