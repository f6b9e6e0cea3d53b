package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Claim;
import org.sitrep.model.Interval;
import org.sitrep.model.RemovalReason;
import org.sitrep.model.RemovedSpan;
import org.sitrep.model.Span;
import org.sitrep.model.Speaker;

class ClaimsPredictionTest {

    @Test
    void aCleanOffsetMovesBackOverTheCutsBeforeIt() {
        // raw "XXXXup to 20,000 stranded" with "XXXX" (0-4) cut: clean "up to 20,000 stranded"
        List<RemovedSpan> cuts = List.of(new RemovedSpan(0, 4, 0, "XXXX", RemovalReason.values()[0]));

        assertThat(ClaimsPrediction.rawOffset(cuts, 0, false)).isEqualTo(4);
        assertThat(ClaimsPrediction.rawOffset(cuts, 12, true)).isEqualTo(16);
    }

    @Test
    void aCutRightAfterASpanDoesNotStretchItsEnd() {
        // raw "two dead\nSHARE\nthree hurt": "\nSHARE" (8-14) cut, clean "two dead\nthree hurt"
        List<RemovedSpan> cuts = List.of(new RemovedSpan(8, 14, 8, "\nSHARE", RemovalReason.values()[0]));

        assertThat(ClaimsPrediction.rawOffset(cuts, 8, true)).isEqualTo(8);
        assertThat(ClaimsPrediction.rawOffset(cuts, 9, false)).isEqualTo(15);
    }

    @Test
    void aPercentageWithOnlyALowerBoundIsOpenAboveAsTheGuidelinesWriteIt() {
        Interval moreThanHalf = ClaimsPrediction.asAnnotated(percent("more than", new Interval(50.0, false, 100.0, true, "EXACT")));
        Interval upToAll = ClaimsPrediction.asAnnotated(percent("up to", new Interval(0.0, true, 100.0, true, "EXACT")));

        assertThat(moreThanHalf).isEqualTo(new Interval(50.0, false, null, false, "EXACT"));
        assertThat(upToAll).isEqualTo(new Interval(0.0, true, 100.0, true, "EXACT"));
    }

    private static Claim percent(String qualifier, Interval value) {
        return new Claim(null, qualifier + " 50%", value, qualifier, "%", "other", null, null, null, null, List.of());
    }

    @Test
    void severalThousandIsRecordedAsThousandsAndBetweenIsNoQualifier() {
        Claim several = new Claim(null, "several thousand", new Interval(3000.0, true, 10000.0, false, "VAGUE"),
                "several thousand", null, "fled", null, null, null, null, List.of());
        Claim between = new Claim(null, "between 5 and 10", new Interval(5.0, true, 10.0, true, "EXACT"), "between",
                null, "other", null, null, null, null, List.of());

        assertThat(ClaimsPrediction.asAnnotated(several)).isEqualTo(new Interval(2000.0, true, null, false, "VAGUE"));
        assertThat(ClaimsPrediction.qualifier(between)).isEmpty();
        assertThat(ClaimsPrediction.qualifier(several)).isEqualTo("several thousand");
    }

    @Test
    void aSourceIsScoredAsTheTextNamesItAndAPronounAsTheNameItStandsFor() {
        Speaker acronym = new Speaker("e1", "U.S. Agency for International Development", new Span("d", 0, 9, "The USAID"));
        Speaker pronoun = new Speaker("e2", "Margaret Chan", new Span("d", 0, 3, "She"));
        Speaker initials = new Speaker("e3", "Colorado State University", new Span("d", 0, 3, "CSU"));

        assertThat(ClaimsPrediction.asWritten(acronym)).isEqualTo("The USAID");
        assertThat(ClaimsPrediction.asWritten(pronoun)).isEqualTo("Margaret Chan");
        assertThat(ClaimsPrediction.asWritten(initials)).isEqualTo("CSU");
    }
}
