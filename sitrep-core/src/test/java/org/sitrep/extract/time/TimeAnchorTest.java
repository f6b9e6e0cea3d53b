package org.sitrep.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TimeAnchorTest {

    private static final LocalDate MONDAY = LocalDate.of(2016, 2, 8);

    @Test
    void aPastWeekdayInAMondayReportIsTheWeekdayBefore() {
        assertThat(TimeAnchor.resolve("XXXX-WXX-3", MONDAY, false)).contains("2016-02-03");
    }

    @Test
    void aForwardLookingWeekdayIsTheNextOne() {
        assertThat(TimeAnchor.resolve("XXXX-WXX-3", MONDAY, true)).contains("2016-02-10");
    }

    @Test
    void theReportsOwnWeekdayIsThatDay() {
        assertThat(TimeAnchor.resolve("XXXX-WXX-1", MONDAY, false)).contains("2016-02-08");
    }

    @Test
    void aDayOfAMonthIsTheNearestSuchDate() {
        assertThat(TimeAnchor.resolve("XXXX-09-30", MONDAY, false)).contains("2015-09-30");
        assertThat(TimeAnchor.resolve("XXXX-02-25", MONDAY, false)).contains("2016-02-25");
        assertThat(TimeAnchor.resolve("XXXX-12-31", MONDAY, true)).contains("2016-12-31");
    }

    @Test
    void theWeekendIsTheLastOneUnlessTheSentenceLooksForward() {
        assertThat(TimeAnchor.resolve("XXXX-WE", MONDAY, false)).contains("2016-W05-WE");
        assertThat(TimeAnchor.resolve("XXXX-WE", MONDAY, true)).contains("2016-W06-WE");
    }

    @Test
    void aFullDateIsNotPartial() {
        assertThat(TimeAnchor.isPartial("2016-02-11")).isFalse();
        assertThat(TimeAnchor.isPartial("XXXX-WXX-5")).isTrue();
    }
}
