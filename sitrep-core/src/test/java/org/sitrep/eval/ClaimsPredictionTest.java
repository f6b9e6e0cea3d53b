package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Claim;
import org.sitrep.model.Interval;
import org.sitrep.model.RemovalReason;
import org.sitrep.model.RemovedSpan;

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
}
