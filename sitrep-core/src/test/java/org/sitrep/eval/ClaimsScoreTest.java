package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimsScoreTest {

    static ClaimsFigure figure(int begin, int end, Double low, boolean lowClosed, Double high, boolean highClosed,
            boolean vague, String qualifier, String measure, String source) {
        return new ClaimsFigure(begin, end, "x".repeat(end - begin), low, lowClosed, high, highClosed, vague,
                qualifier, measure, source);
    }

    static final ClaimsFigure UP_TO_20000_STRANDED_OCHA =
            figure(0, 12, 0.0, true, 20000.0, true, false, "up to", "stranded", "OCHA");

    @Test
    void upToTwentyThousandPredictedAsWrittenIsAnExactMatch() {
        ClaimsFigure predicted = figure(0, 12, 0.0, true, 20000.0, true, false, "Up to", "stranded",
                "the UN agency OCHA");

        assertThat(ClaimsField.EXACT.right(UP_TO_20000_STRANDED_OCHA, predicted)).isTrue();
    }

    @Test
    void anOpenLowerBoundIsNotTheSameValueAsAClosedOne() {
        ClaimsFigure gold = figure(0, 17, 260000.0, false, null, false, false, "more than", "fled", "");
        ClaimsFigure closed = figure(0, 17, 260000.0, true, null, false, false, "more than", "fled", "");

        assertThat(ClaimsField.VALUE.right(gold, closed)).isFalse();
        assertThat(ClaimsField.QUALIFIER.right(gold, closed)).isTrue();
    }

    @Test
    void boundsWithinOnePartInAMillionAreEqual() {
        ClaimsFigure gold = figure(0, 17, 2500000.0, true, 2500000.0, true, false, "about", "displaced", "");
        ClaimsFigure near = figure(0, 17, 2500000.5, true, 2500000.5, true, false, "about", "displaced", "");
        ClaimsFigure off = figure(0, 17, 2500100.0, true, 2500100.0, true, false, "about", "displaced", "");

        assertThat(ClaimsField.VALUE.right(gold, near)).isTrue();
        assertThat(ClaimsField.VALUE.right(gold, off)).isFalse();
    }

    @Test
    void aVagueGoldFigureComparesOnlyItsLowerBoundAndVagueness() {
        ClaimsFigure thousands = figure(0, 9, 2000.0, true, null, false, true, "", "fled", "");
        ClaimsFigure cappedVague = figure(0, 9, 2000.0, true, 9999.0, true, true, "", "fled", "");
        ClaimsFigure sharp = figure(0, 9, 2000.0, true, null, false, false, "", "fled", "");

        assertThat(ClaimsField.VALUE.right(thousands, cappedVague)).isTrue();
        assertThat(ClaimsField.VALUE.right(thousands, sharp)).isFalse();
    }

    @Test
    void sourcesMatchWhenOneNameContainsTheOtherOrBothAreEmpty() {
        ClaimsFigure palmer = figure(0, 2, 15.0, true, 15.0, true, false, "", "killed", "Mr Palmer");
        ClaimsFigure chief = figure(0, 2, 15.0, true, 15.0, true, false, "", "killed", "Police Chief Adam Palmer");
        ClaimsFigure unattributed = figure(0, 2, 15.0, true, 15.0, true, false, "", "killed", "");
        ClaimsFigure coroner = figure(0, 2, 15.0, true, 15.0, true, false, "", "killed", "the coroner");

        assertThat(ClaimsField.ATTRIBUTION.right(chief, figure(0, 2, 15.0, true, 15.0, true, false, "", "killed",
                "palmer"))).isTrue();
        assertThat(ClaimsField.ATTRIBUTION.right(palmer, chief)).isFalse();
        assertThat(ClaimsField.ATTRIBUTION.right(unattributed, unattributed)).isTrue();
        assertThat(ClaimsField.ATTRIBUTION.right(unattributed, coroner)).isFalse();
    }

    @Test
    void measuresWrittenWithASpaceMatchTheTaxonomysUnderscore() {
        ClaimsFigure gold = figure(0, 2, 15.0, true, 15.0, true, false, "", "refugees_hosted", "");
        ClaimsFigure predicted = figure(0, 2, 15.0, true, 15.0, true, false, "", "refugees hosted", "");

        assertThat(ClaimsField.MEASURE.right(gold, predicted)).isTrue();
    }

    @Test
    void precisionCountsPredictedFiguresAndRecallCountsGoldFigures() {
        ClaimsFigure killed = figure(20, 22, 13.0, true, 13.0, true, false, "", "killed", "officials");
        ClaimsFigure wounded = figure(40, 42, 56.0, true, 56.0, true, false, "", "wounded", "officials");
        ClaimsFigure rightOne = figure(20, 22, 13.0, true, 13.0, true, false, "", "killed", "officials");
        ClaimsFigure wrongMeasure = figure(0, 12, 0.0, true, 20000.0, true, false, "up to", "displaced", "OCHA");
        ClaimsFigure spurious = figure(60, 64, 2016.0, true, 2016.0, true, false, "", "other", "");
        List<ClaimsFigure> gold = List.of(UP_TO_20000_STRANDED_OCHA, killed, wounded);
        List<ClaimsFigure> predicted = List.of(rightOne, wrongMeasure, spurious);

        ClaimsScore score = new ClaimsScore();
        score.add(gold, predicted, ClaimsMatcher.match(gold, predicted));

        assertThat(score.precision(ClaimsField.DETECTION)).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(score.recall(ClaimsField.DETECTION)).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(score.precision(ClaimsField.EXACT)).isCloseTo(1 / 3.0, within(1e-9));
        assertThat(score.recall(ClaimsField.MEASURE)).isCloseTo(1 / 3.0, within(1e-9));
        assertThat(score.f1(ClaimsField.VALUE)).isCloseTo(2 / 3.0, within(1e-9));
    }

    @Test
    void nothingPredictedScoresZeroWithoutFailing() {
        ClaimsScore score = new ClaimsScore();
        score.add(List.of(UP_TO_20000_STRANDED_OCHA), List.of(), List.of());

        assertThat(score.recall(ClaimsField.EXACT)).isZero();
        assertThat(score.precision(ClaimsField.EXACT)).isZero();
        assertThat(score.f1(ClaimsField.EXACT)).isZero();
    }

    @Test
    void theReportOfAnArticleWithNoPredictionsNamesTheMissingExtractor() {
        ClaimsGold.Article article = new ClaimsGold.Article("GeoVirus", 12, "test", List.of(UP_TO_20000_STRANDED_OCHA));

        EvaluationReport report = ClaimsEvaluation.report(
                List.of(new ClaimsEvaluation.ArticleResult(article, List.of(), List.of())), List.of());

        assertThat(report.metrics()).contains(new Metric("test exact F1", 0.0), new Metric("test figure recall", 0.0));
        assertThat(report.notes()).anyMatch(note -> note.contains("Extractors.standard()"));
    }
}
