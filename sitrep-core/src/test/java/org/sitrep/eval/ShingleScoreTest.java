package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ShingleScoreTest {

    @Test
    void tokensAreWordCharacterRunsAsPythonFindsThem() {
        // Python: re.findall(r'\w+', 'Hello, world_1 nai\u0308ve x²y a‿b')
        //   == ['Hello', 'world_1', 'nai', 've', 'x²y', 'a', 'b']
        assertThat(ShingleScore.tokens("Hello, world_1 nai\u0308ve x²y a‿b"))
                .containsExactly("Hello", "world_1", "nai", "ve", "x²y", "a", "b");
    }

    @Test
    void aTextIsTheMultisetOfItsFourTokenShingles() {
        assertThat(ShingleScore.shingles("a b c d a b c d")).isEqualTo(Map.of(
                List.of("a", "b", "c", "d"), 2,
                List.of("b", "c", "d", "a"), 1,
                List.of("c", "d", "a", "b"), 1,
                List.of("d", "a", "b", "c"), 1));
    }

    @Test
    void aTextOfFewerThanFourTokensIsOneShingleAndAnEmptyTextHasNone() {
        assertThat(ShingleScore.shingles("just two")).isEqualTo(Map.of(List.of("just", "two"), 1));
        assertThat(ShingleScore.shingles("  ,;  ")).isEmpty();
        assertThat(ShingleScore.shingles(null)).isEmpty();
    }

    @Test
    void aMissingShingleCostsRecallAndTheCountsAreNormalised() {
        // gold {abcd, bcde}, predicted {abcd}: tp 1, fp 0, fn 1 of 2
        ShingleScore.Page page = ShingleScore.page("a b c d e", "a b c d");
        assertThat(page.tp()).isEqualTo(0.5);
        assertThat(page.fp()).isZero();
        assertThat(page.fn()).isEqualTo(0.5);
        assertThat(page.precision()).isEqualTo(1.0);
        assertThat(page.recall()).isEqualTo(0.5);
    }

    @Test
    void repeatedShinglesAreMatchedAsAMultiset() {
        // gold: abcd twice, bcda, cdab, dabc; predicted: abcd once and bcdx
        ShingleScore.Page page = ShingleScore.page("a b c d a b c d", "a b c d x");
        // tp 1 (abcd), fp 1 (bcdx), fn 4 (abcd, bcda, cdab, dabc): of 6
        assertThat(page.tp()).isCloseTo(1 / 6.0, within(1e-12));
        assertThat(page.fp()).isCloseTo(1 / 6.0, within(1e-12));
        assertThat(page.fn()).isCloseTo(4 / 6.0, within(1e-12));
        assertThat(page.precision()).isCloseTo(0.5, within(1e-12));
        assertThat(page.recall()).isCloseTo(0.2, within(1e-12));
    }

    @Test
    void anEmptyPredictionCountsAgainstRecallButIsLeftOutOfPrecision() {
        ShingleScore.Page missed = ShingleScore.page("one two three four", "");
        ShingleScore.Page perfect = ShingleScore.page("five six seven eight nine", "five six seven eight nine");
        ShingleScore.Summary summary = ShingleScore.summarise(List.of(missed, perfect));
        assertThat(summary.precision()).isEqualTo(1.0);
        assertThat(summary.recall()).isEqualTo(0.5);
        assertThat(summary.f1()).isCloseTo(2 * 1.0 * 0.5 / 1.5, within(1e-12));
        assertThat(summary.pages()).isEqualTo(2);
    }

    @Test
    void precisionAndRecallAreMeansOverPagesAndF1IsTakenFromTheMeans() {
        ShingleScore.Page half = ShingleScore.page("a b c d e", "a b c d"); // P 1, R 0.5
        ShingleScore.Page noisy = ShingleScore.page("a b c d", "a b c d e"); // P 0.5, R 1
        ShingleScore.Summary summary = ShingleScore.summarise(List.of(half, noisy));
        assertThat(summary.precision()).isCloseTo(0.75, within(1e-12));
        assertThat(summary.recall()).isCloseTo(0.75, within(1e-12));
        assertThat(summary.f1()).isCloseTo(0.75, within(1e-12));
    }

    @Test
    void pagesAreSplitByTheFirstHexDigitOfTheirKeysHash() {
        assertThat(CleanEvaluation.split("b")).isEqualTo("dev"); // SHA-256 3e23…
        assertThat(CleanEvaluation.split("key-2")).isEqualTo("dev"); // 7c36…
        assertThat(CleanEvaluation.split("a")).isEqualTo("test"); // ca97…
        assertThat(CleanEvaluation.split("key-1")).isEqualTo("test"); // be29…
    }
}
