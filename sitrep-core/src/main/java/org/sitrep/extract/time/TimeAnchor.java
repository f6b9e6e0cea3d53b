package org.sitrep.extract.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves partial dates against the report's date: "Friday" (XXXX-WXX-5) and "September 30"
 * (XXXX-09-30) become calendar dates, backwards unless the sentence looks forward.
 */
final class TimeAnchor {

    private static final Pattern WEEKDAY = Pattern.compile("XXXX-WXX-(\\d)(.*)");
    private static final Pattern MONTH_DAY = Pattern.compile("XXXX-(\\d\\d)-(\\d\\d)(.*)");
    private static final Pattern MONTH = Pattern.compile("XXXX-(\\d\\d)");
    private static final Pattern WEEKEND = Pattern.compile("XXXX-WE");

    private TimeAnchor() {}

    /** Whether the value needs a reference date to mean a calendar date. */
    static boolean isPartial(String value) {
        return value != null && value.startsWith("XXXX");
    }

    private static LocalDate latestOnOrBefore(MonthDay md, LocalDate anchor) {
        for (int year = anchor.getYear(); ; year--) {
            if (md.isValidYear(year) && !md.atYear(year).isAfter(anchor)) {
                return md.atYear(year);
            }
        }
    }

    private static LocalDate earliestOnOrAfter(MonthDay md, LocalDate anchor) {
        for (int year = anchor.getYear(); ; year++) {
            if (md.isValidYear(year) && !md.atYear(year).isBefore(anchor)) {
                return md.atYear(year);
            }
        }
    }

    static Optional<String> resolve(String value, LocalDate anchor, boolean forward) {
        Matcher weekday = WEEKDAY.matcher(value);
        if (weekday.matches()) {
            DayOfWeek day = DayOfWeek.of(Integer.parseInt(weekday.group(1)));
            LocalDate date = anchor.with(forward ? TemporalAdjusters.nextOrSame(day) : TemporalAdjusters.previousOrSame(day));
            return Optional.of(date + weekday.group(2));
        }
        if (WEEKEND.matcher(value).matches()) {
            LocalDate saturday = anchor.with(forward ? TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY)
                    : TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY)).with(DayOfWeek.SATURDAY);
            return Optional.of(String.format("%d-W%02d-WE", saturday.get(java.time.temporal.IsoFields.WEEK_BASED_YEAR),
                    saturday.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR)));
        }
        Matcher monthDay = MONTH_DAY.matcher(value);
        if (monthDay.matches()) {
            // A day of a month is the nearest such date (a report says "September 30" of last autumn and
            // "February 25" of next fortnight), the next one when the sentence looks forward.
            MonthDay md = MonthDay.of(Integer.parseInt(monthDay.group(1)), Integer.parseInt(monthDay.group(2)));
            LocalDate before = latestOnOrBefore(md, anchor);
            LocalDate after = earliestOnOrAfter(md, anchor);
            long back = before.until(anchor, java.time.temporal.ChronoUnit.DAYS);
            long ahead = anchor.until(after, java.time.temporal.ChronoUnit.DAYS);
            LocalDate date = forward || ahead < back ? after : before;
            return Optional.of(date + monthDay.group(3));
        }
        Matcher month = MONTH.matcher(value);
        if (month.matches()) {
            YearMonth sameYear = YearMonth.of(anchor.getYear(), Integer.parseInt(month.group(1)));
            YearMonth current = YearMonth.from(anchor);
            YearMonth ym = forward
                    ? (sameYear.isBefore(current) ? sameYear.plusYears(1) : sameYear)
                    : (sameYear.isAfter(current) ? sameYear.minusYears(1) : sameYear);
            return Optional.of(ym.toString());
        }
        return Optional.empty();
    }
}
