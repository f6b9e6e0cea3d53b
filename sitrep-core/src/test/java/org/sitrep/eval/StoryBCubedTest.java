package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StoryBCubedTest {

    /** Gold: {a, b, c} and {d, e}. */
    private static final Map<String, String> GOLD = Map.of("a", "X", "b", "X", "c", "X", "d", "Y", "e", "Y");
    private static final List<String> ALL = List.of("a", "b", "c", "d", "e");

    @Test
    void theGoldClusteringScoresOne() {
        StoryBCubed score = StoryBCubed.score(GOLD, GOLD, ALL);
        assertThat(score.precision()).isEqualTo(1.0);
        assertThat(score.recall()).isEqualTo(1.0);
        assertThat(score.f1()).isEqualTo(1.0);
    }

    @Test
    void allSingletonsArePreciseAndRecallOneOverTheGoldClusterSize() {
        Map<String, String> singletons = Map.of("a", "1", "b", "2", "c", "3", "d", "4", "e", "5");
        StoryBCubed score = StoryBCubed.score(GOLD, singletons, ALL);
        assertThat(score.precision()).isEqualTo(1.0);
        // (3 × 1/3 + 2 × 1/2) / 5
        assertThat(score.recall()).isCloseTo(2.0 / 5, within(1e-12));
    }

    @Test
    void oneClusterOfEverythingRecallsAllAndIsPreciseByTheShareOfEachGoldCluster() {
        Map<String, String> one = Map.of("a", "1", "b", "1", "c", "1", "d", "1", "e", "1");
        StoryBCubed score = StoryBCubed.score(GOLD, one, ALL);
        assertThat(score.recall()).isEqualTo(1.0);
        // (3 × 3/5 + 2 × 2/5) / 5
        assertThat(score.precision()).isCloseTo(13.0 / 25, within(1e-12));
    }

    @Test
    void aPartIsScoredOnItsOwnItemsButPenalisedForMixingWithTheOthers() {
        // {a, b, d} predicted together: d (gold Y) sits with two X items.
        Map<String, String> predicted = Map.of("a", "1", "b", "1", "d", "1", "c", "2", "e", "3");
        StoryBCubed onlyY = StoryBCubed.score(GOLD, predicted, List.of("d", "e"));
        // d: precision 1/3, recall 1/2; e: precision 1, recall 1/2.
        assertThat(onlyY.precision()).isCloseTo((1.0 / 3 + 1) / 2, within(1e-12));
        assertThat(onlyY.recall()).isCloseTo(0.5, within(1e-12));
        assertThat(onlyY.items()).isEqualTo(2);
    }

    @Test
    void anItemTheClusteringLeftOutCountsAsASingleton() {
        Map<String, String> predicted = Map.of("a", "1", "b", "1", "c", "1", "d", "2");
        StoryBCubed score = StoryBCubed.score(GOLD, predicted, List.of("e"));
        assertThat(score.precision()).isEqualTo(1.0);
        assertThat(score.recall()).isEqualTo(0.5);
    }
}
