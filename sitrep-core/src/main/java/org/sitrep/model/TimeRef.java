package org.sitrep.model;

import java.time.LocalDate;

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
    public String text() {
        return span.text();
    }
}
