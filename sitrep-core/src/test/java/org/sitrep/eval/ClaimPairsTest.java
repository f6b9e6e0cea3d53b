package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.testing.Samples;

/** The claim-pair set is well-formed, and sitrep's verdicts on some of its real pairs. */
class ClaimPairsTest {

    private final List<ClaimPairs.Pair> pairs = ClaimPairs.load();
    private final ClaimsArticles articles = new ClaimsArticles(Samples.shared());

    @Test
    void thereAreAtLeastSixtyPairsInBothSplitsWithDistinctIds() {
        assertThat(pairs).hasSizeGreaterThanOrEqualTo(60);
        assertThat(pairs).extracting(ClaimPairs.Pair::split).contains("dev", "test");
        assertThat(pairs).extracting(ClaimPairs.Pair::id).doesNotHaveDuplicates();
    }

    @Test
    void aMalformedLineFailsNamingItsLine() {
        assertThatThrownBy(() -> ClaimPairs.parse(List.of("{\"id\": \"x\", \"split\": \"dev\", \"verdict\": \"maybe\"}")))
                .hasMessageContaining("line 1").hasMessageContaining("verdict");
    }

    @Test
    void anIncrementOfInfectedBirdsIsNotTheTotal() throws IOException {
        // GeoVirus: "… reporting of another 25 cases of infected birds in Al-Minya with aftermath of 35 confirmed cases"
        assertThat(ClaimPairsEvaluation.predict(pair("h5n1-egypt-another-25-vs-35"), articles)).isEqualTo("different");
    }

    @Test
    void aLowerBoundAndAPointAboveItFromTwoReportsAreConsistent() throws IOException {
        assertThat(ClaimPairsEvaluation.predict(pair("haiti-deaths-259-292"), articles)).isEqualTo("consistent");
    }

    @Test
    void twoPointTollsOfUnknownDateThatDifferConflict() throws IOException {
        assertThat(ClaimPairsEvaluation.predict(pair("haiti-deaths-194-292"), articles)).isEqualTo("conflicting");
    }

    private ClaimPairs.Pair pair(String id) {
        return pairs.stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    }
}
