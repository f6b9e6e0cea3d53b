package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.eval.AttributionScore.Predicted;
import org.sitrep.eval.BratAttributions.Fragments;
import org.sitrep.eval.BratAttributions.Gold;

/** The brat reader and the attribution metric on a two-attribution article written for the test. */
class AttributionScoreTest {

    private static final String TEXT = "The mayor said the bridge was closed. Police blamed \"the storm\" for it.\n";
    private static final String ANN = String.join("\n",
            "T1\tSource 0 9\tThe mayor",
            "T2\tCue 10 14\tsaid",
            "T3\tContent 15 37\tthe bridge was closed.",
            "T4\tAttribution 10 14\tsaid",
            "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1",
            "T5\tSource 38 44\tPolice",
            "T6\tCue 45 51\tblamed",
            "T7\tContent 52 63;64 70\t\"the storm\" for it",
            "T8\tAttribution 45 51\tblamed",
            "E2\tAttribution:T8 Source:T5 Cue:T6 Content:T7",
            "#1\tAnnotatorNotes T7\ta note",
            "");

    @Test
    void theReaderJoinsSourceCueAndContentAndKeepsFragments() {
        List<Gold> gold = BratAttributions.parse(ANN);
        assertThat(gold).hasSize(2);
        assertThat(gold.get(0).source().begin()).isEqualTo(0);
        assertThat(gold.get(1).content().parts()).hasSize(2);
        assertThat(gold.get(1).content().end()).isEqualTo(70);
    }

    @Test
    void exactIgnoresEdgePunctuationAndOverlapCountsPartialSpans() {
        List<Gold> gold = BratAttributions.parse(ANN);
        AttributionScore score = new AttributionScore();
        score.add(TEXT, gold, List.of(
                new Predicted(Fragments.of(4, 9), Fragments.of(10, 14), Fragments.of(15, 36)),
                new Predicted(Fragments.of(0, 3), null, Fragments.of(53, 62))));
        int content = 2;
        assertThat(score.exact[content].f1()).isEqualTo(0.5, within(1e-9));
        assertThat(score.overlap[content].f1()).isEqualTo(1.0, within(1e-9));
        assertThat(score.overlap[1].precision()).isEqualTo(1.0, within(1e-9));
        assertThat(score.overlap[1].recall()).isEqualTo(0.5, within(1e-9));
        // the second prediction found the content but named the wrong source
        assertThat(score.speakerAccuracy()).isEqualTo(0.5, within(1e-9));
    }
}
