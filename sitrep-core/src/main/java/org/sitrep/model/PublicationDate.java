package org.sitrep.model;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * When a document was published, as precisely as its source says: a calendar day, or an instant.
 * A document whose date is unknown has no PublicationDate at all; sitrep never fills in "today".
 */
public record PublicationDate(LocalDate date, OffsetDateTime instant, String source) {

    /** Parses an ISO 8601 date ("2016-02-05") or date-time ("2016-02-05T14:03:00Z", "…+01:00"). */
    public static PublicationDate parse(String iso, String source) {
        String value = iso.strip();
        try {
            if (value.length() <= 10) {
                return new PublicationDate(LocalDate.parse(value), null, source);
            }
            OffsetDateTime instant = value.endsWith("Z") || value.matches(".*[+-]\\d\\d:?\\d\\d$")
                    ? OffsetDateTime.parse(value)
                    : java.time.LocalDateTime.parse(value).atOffset(ZoneOffset.UTC);
            return new PublicationDate(instant.toLocalDate(), instant, source);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not an ISO 8601 date or date-time: '" + iso + "'", e);
        }
    }

    public String iso() {
        return instant != null ? instant.toString() : date.toString();
    }
}
