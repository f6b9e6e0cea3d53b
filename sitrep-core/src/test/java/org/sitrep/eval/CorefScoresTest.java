package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The coreference scores on the worked example: gold {a b c} {d e}, response {a b} {c d e}. */
class CorefScoresTest {

    private static final Map<String, String> GOLD = Map.of("a", "1", "b", "1", "c", "1", "d", "2", "e", "2");
    private static final Map<String, String> RESPONSE = Map.of("a", "x", "b", "x", "c", "y", "d", "y", "e", "y");

    @Test
    void mucCountsTheLinksKeptEachWay() {
        assertThat(CorefScores.of(GOLD, RESPONSE).mucF1()).isCloseTo(2.0 / 3, within(1e-9));
    }

    @Test
    void bCubedAveragesOverMentions() {
        CorefScores scores = CorefScores.of(GOLD, RESPONSE);

        assertThat(scores.bcubedPrecision()).isCloseTo(11.0 / 15, within(1e-9));
        assertThat(scores.bcubedRecall()).isCloseTo(11.0 / 15, within(1e-9));
    }

    @Test
    void ceafAlignsEntitiesOneToOneAtTheBestTotalSimilarity() {
        // {a b c}–{a b}: 2·2/5 and {d e}–{c d e}: 2·2/5, better than crossing them
        assertThat(CorefScores.of(GOLD, RESPONSE).ceafeF1()).isCloseTo(0.8, within(1e-9));
    }

    @Test
    void aPerfectClusteringScoresOneEverywhere() {
        CorefScores scores = CorefScores.of(GOLD, GOLD);

        assertThat(scores.conllF1()).isCloseTo(1.0, within(1e-9));
        assertThat(scores.bcubedF1()).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void theAssignmentIsTheCheapestNotTheGreedyOne() {
        // greedy takes 1 then pays 100; the best pays 2 + 3
        assertThat(CorefScores.assignmentCost(new double[][] {{1, 2}, {3, 100}})).isEqualTo(5);
    }
}
