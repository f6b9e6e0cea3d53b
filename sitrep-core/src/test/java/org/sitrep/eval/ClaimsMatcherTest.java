package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimsMatcherTest {

    static ClaimsFigure figure(int begin, int end, String measure) {
        return new ClaimsFigure(begin, end, "x".repeat(end - begin), 1.0, true, 1.0, true, false, "", measure, "");
    }

    @Test
    void aPredictionThatOverlapsAGoldFigureIsPairedWithIt() {
        ClaimsFigure gold = figure(10, 22, "stranded");
        ClaimsFigure predicted = figure(16, 22, "stranded");

        assertThat(ClaimsMatcher.match(List.of(gold), List.of(predicted)))
                .containsExactly(new ClaimsMatcher.Pair(gold, predicted));
    }

    @Test
    void spansThatOnlyTouchAreNotPaired() {
        assertThat(ClaimsMatcher.match(List.of(figure(10, 20, "killed")), List.of(figure(20, 25, "killed")))).isEmpty();
    }

    @Test
    void eachFigureIsPairedAtMostOnceAndTheLargestOverlapWins() {
        ClaimsFigure upTo = figure(0, 12, "stranded");
        ClaimsFigure next = figure(14, 20, "killed");
        ClaimsFigure wide = figure(2, 16, "stranded");
        ClaimsFigure small = figure(15, 19, "killed");

        List<ClaimsMatcher.Pair> pairs = ClaimsMatcher.match(List.of(upTo, next), List.of(small, wide));

        assertThat(pairs).containsExactly(new ClaimsMatcher.Pair(upTo, wide), new ClaimsMatcher.Pair(next, small));
    }

    @Test
    void onePredictionCoveringTwoGoldFiguresCountsForOneOfThem() {
        ClaimsFigure first = figure(0, 5, "killed");
        ClaimsFigure second = figure(10, 12, "wounded");
        ClaimsFigure covering = figure(0, 12, "killed");

        assertThat(ClaimsMatcher.match(List.of(first, second), List.of(covering)))
                .containsExactly(new ClaimsMatcher.Pair(first, covering));
    }

    @Test
    void nothingPredictedPairsNothing() {
        assertThat(ClaimsMatcher.match(List.of(figure(0, 3, "killed")), List.of())).isEmpty();
    }
}
